import { pathToFileURL } from 'node:url';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from '../core/diagnostic';
import { ChartChangedNotification } from '../../../protocol/chartRequests';
import type { RoadmapDocuments } from './roadmapDocuments';

/**
 * Pushes diagnostics per document version: an edit schedules one analysis after a short
 * pause in typing, a result for a version that is no longer current is dropped, and a
 * closed document's diagnostics are cleared.
 */
export class DiagnosticsPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Configuration files whose problems are currently shown, and how many. */
  private readonly configShown = new Map<string, number>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly roadmaps: RoadmapDocuments,
    private readonly log: (message: string) => void,
    // Short: an analysis after an edit takes a few milliseconds (initiatives are cached), so
    // the pause only needs to gather the events of one keystroke, not a burst of typing.
    private readonly debounceMs = 10,
  ) {}

  schedule(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.validate(uri).catch((error: unknown) => this.log(`cxroadmap: validating ${uri} failed: ${String(error)}`));
      }, this.debounceMs),
    );
  }

  revalidateAll(): void {
    for (const doc of this.documents.all()) this.schedule(doc.uri);
  }

  async validate(uri: string): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const effective = await this.roadmaps.effectiveConfig(uri);
    // The document may have changed or closed while the settings were fetched.
    const current = this.documents.get(uri);
    if (!current || current.version !== version) return;
    const result = this.roadmaps.analyze(current, effective.config);
    await this.connection.sendDiagnostics({ uri, version, diagnostics: result.diagnostics });
    // An open Gantt preview asks for the chart of this version now, with no timer of its own.
    await this.connection.sendNotification(ChartChangedNotification.method, {
      uri,
      version,
    } satisfies ChartChangedNotification['params']);
    if (effective.configPath) await this.showConfigProblems(effective.configPath, effective.configDiagnostics);
  }

  async clear(uri: string): Promise<void> {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
    await this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** A configuration file's own problems are shown on it, like the CLI lists them. */
  private async showConfigProblems(configPath: string, diagnostics: Diagnostic[]): Promise<void> {
    const shown = this.configShown.get(configPath) ?? 0;
    if (shown === 0 && diagnostics.length === 0) return;
    this.configShown.set(configPath, diagnostics.length);
    await this.connection.sendDiagnostics({ uri: pathToFileURL(configPath).toString(), diagnostics });
  }
}
