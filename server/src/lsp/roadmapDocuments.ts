import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeRoadmap } from '../core/analyze';
import type { AnalysisResult } from '../core/analyze';
import type { Diagnostic } from '../core/diagnostic';
import { InitiativeCache } from '../core/initiativeUnit';
import { DEFAULT_CONFIG } from '../core/options';
import type { ResolvedConfig } from '../core/options';
import { ConfigLookup } from '../host/configLookup';
import type { DocumentContext } from '../services/documentContext';
import type { SettingsCache } from './settings';

export interface EffectiveConfig {
  config: ResolvedConfig;
  /** The `.cxroadmaprc.yaml` in force, whose own problems are shown on it. */
  configPath?: string;
  configDiagnostics: Diagnostic[];
}

interface DocumentState {
  cache: InitiativeCache;
  config: ResolvedConfig;
  analysis?: { version: number; config: ResolvedConfig; result: AnalysisResult };
}

/**
 * The analysis of every open roadmap, one per document version and configuration, with
 * the per-initiative cache that makes re-analysis after an edit incremental.
 */
export class RoadmapDocuments {
  private readonly states = new Map<string, DocumentState>();
  lookup = new ConfigLookup();

  constructor(private readonly settings: SettingsCache) {}

  setWorkspaceRoots(roots: string[]): void {
    this.lookup = new ConfigLookup(roots);
  }

  /** The rc file wins; editor settings apply only where there is none (docs/format.md#editor-settings). */
  async effectiveConfig(uri: string): Promise<EffectiveConfig> {
    const file = fileSystemPath(uri);
    if (file) {
      const loaded = this.lookup.forFile(file);
      if (loaded.configPath) {
        return { config: loaded.config, configPath: loaded.configPath, configDiagnostics: loaded.diagnostics };
      }
    }
    return { config: await this.settings.get(uri), configDiagnostics: [] };
  }

  analyze(doc: TextDocument, config: ResolvedConfig): AnalysisResult {
    const state = this.state(doc.uri);
    state.config = config;
    const last = state.analysis;
    if (last && last.version === doc.version && last.config === config) return last.result;
    const result = analyzeRoadmap(doc.getText(), config, state.cache);
    state.analysis = { version: doc.version, config, result };
    return result;
  }

  /** For requests: the analysis of this version with the configuration last used for it. */
  context(doc: TextDocument): DocumentContext {
    const state = this.state(doc.uri);
    const analysis = this.analyze(doc, state.config);
    return { uri: doc.uri, text: analysis.lines.text, analysis };
  }

  close(uri: string): void {
    this.states.delete(uri);
    this.settings.forget(uri);
  }

  private state(uri: string): DocumentState {
    let state = this.states.get(uri);
    if (!state) {
      state = { cache: new InitiativeCache(), config: DEFAULT_CONFIG };
      this.states.set(uri, state);
    }
    return state;
  }
}

export function fileSystemPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
