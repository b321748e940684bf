import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import fg from 'fast-glob';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeRoadmap } from '../../core/analyze';
import type { DocumentContext } from '../../services/documentContext';
import { getWorkspaceSymbols } from '../../services/navigation';
import type { RoadmapDocuments } from '../roadmapDocuments';
import { safeHandler } from '../safeHandler';

/** Roadmap files on disk, analysed once per modification time. Open documents take precedence. */
class WorkspaceRoadmaps {
  private readonly byPath = new Map<string, { mtimeMs: number; context: DocumentContext }>();

  constructor(private readonly roots: () => readonly string[]) {}

  contexts(open: ReadonlySet<string>): DocumentContext[] {
    const files = this.roots().flatMap((root) =>
      fg.sync('**/*.cxroadmap.{yaml,yml}', {
        cwd: root,
        absolute: true,
        ignore: ['**/node_modules/**'],
        dot: false,
        followSymbolicLinks: false,
        suppressErrors: true,
      }),
    );
    const out: DocumentContext[] = [];
    const seen = new Set<string>();
    for (const file of files.sort()) {
      const uri = pathToFileURL(file).toString();
      seen.add(file);
      if (open.has(uri)) continue;
      try {
        const mtimeMs = statSync(file).mtimeMs;
        let entry = this.byPath.get(file);
        if (!entry || entry.mtimeMs !== mtimeMs) {
          const analysis = analyzeRoadmap(readFileSync(file, 'utf8'));
          entry = { mtimeMs, context: { uri, text: analysis.lines.text, analysis } };
          this.byPath.set(file, entry);
        }
        out.push(entry.context);
      } catch {
        // A file that vanished or cannot be read simply has no symbols.
      }
    }
    for (const file of this.byPath.keys()) if (!seen.has(file)) this.byPath.delete(file);
    return out;
  }
}

export function registerWorkspaceSymbols(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  roadmaps: RoadmapDocuments,
  roots: () => readonly string[],
  log: (m: string) => void,
): void {
  const disk = new WorkspaceRoadmaps(roots);
  connection.onWorkspaceSymbol(
    safeHandler('workspace symbols', log, [], (params) => {
      const open = documents.all().map((d) => roadmaps.context(d));
      const contexts = [...open, ...disk.contexts(new Set(open.map((c) => c.uri)))];
      return getWorkspaceSymbols(contexts, params.query);
    }),
  );
}
