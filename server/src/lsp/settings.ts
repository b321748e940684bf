import type { Connection } from 'vscode-languageserver';
import { configFromSettings } from '../core/config';
import type { ResolvedConfig } from '../core/options';

/**
 * Editor settings per document (`workspace/configuration` with the document as scope),
 * cached by URI and forgotten when the client says the settings changed.
 */
export class SettingsCache {
  private readonly byUri = new Map<string, Promise<ResolvedConfig>>();
  supported = false;

  constructor(
    private readonly connection: Connection,
    private readonly log: (message: string) => void,
  ) {}

  get(uri: string): Promise<ResolvedConfig> {
    let pending = this.byUri.get(uri);
    if (!pending) {
      pending = this.fetch(uri);
      this.byUri.set(uri, pending);
    }
    return pending;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  clear(): void {
    this.byUri.clear();
  }

  private async fetch(uri: string): Promise<ResolvedConfig> {
    if (!this.supported) return configFromSettings(undefined, undefined).config;
    try {
      const section = (await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'cxroadmap' })) as
        { rules?: unknown; options?: unknown } | null | undefined;
      const { config, problems } = configFromSettings(section?.rules, section?.options);
      for (const p of problems) this.log(p);
      return config;
    } catch {
      return configFromSettings(undefined, undefined).config;
    }
  }
}
