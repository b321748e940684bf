import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ChartChangedNotification } from '../../../protocol/chartRequests';
import { parsePreviewState } from '../../../protocol/webviewMessages';
import { LANGUAGE_ID, PREVIEW_VIEW_TYPE } from '../contributions';
import { exportChart } from './chartExport';
import { PreviewPanel } from './previewPanel';
import type { PreviewHost } from './previewPanel';

/**
 * The Gantt previews: one panel per roadmap, opened by "Open Gantt Preview" (here or to the
 * side), restored after a reload from the state its webview saved, refreshed when the
 * server publishes a new version's diagnostics, and told where the editor's cursor is.
 */
export class PreviewManager implements vscode.Disposable {
  private readonly panels = new Map<string, PreviewPanel>();
  private active: PreviewPanel | undefined;
  /** The roadmap whose editor was active last: what a preview command run from elsewhere means. */
  private lastRoadmap: vscode.Uri | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly host: PreviewHost) {
    this.subscriptions = [
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: (panel, state) => {
          this.restore(panel, state);
          return Promise.resolve();
        },
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.noteRoadmap(editor)),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        this.panels.get(e.textEditor.document.uri.toString())?.cursorAt(e.textEditor.selection.active);
      }),
    ];
    this.noteRoadmap(vscode.window.activeTextEditor);
  }

  private noteRoadmap(editor: vscode.TextEditor | undefined): void {
    if (editor?.document.languageId === LANGUAGE_ID) this.lastRoadmap = editor.document.uri;
  }

  /** Called with the language client once it is loaded, before it starts: the client keeps the handler across server restarts. */
  attach(client: LanguageClient): void {
    this.subscriptions.push(
      client.onNotification(ChartChangedNotification.method, (params: ChartChangedNotification['params']) => {
        if (typeof params?.uri === 'string') this.panels.get(params.uri)?.chartChanged();
      }),
    );
  }

  dispose(): void {
    for (const panel of [...this.panels.values()]) panel.dispose();
    for (const s of this.subscriptions) s.dispose();
  }

  /** "Open Gantt Preview" (`toSide`: "…to the Side"), for the given roadmap or the active editor's. */
  open(resource: unknown, toSide: boolean): void {
    const document = this.roadmapUri(resource);
    if (!document) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Open a CX roadmap (*.cxroadmap.yaml) to preview its Gantt chart.'),
      );
      return;
    }
    const viewColumn = toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    const existing = this.panels.get(document.toString());
    if (existing) {
      existing.reveal(viewColumn, toSide);
      return;
    }
    this.track(PreviewPanel.create(this.host, document, viewColumn, toSide));
  }

  /** "Export Gantt Chart…" for the given roadmap, the active preview's or the active editor's. */
  async export(resource: unknown): Promise<void> {
    const document = resource instanceof vscode.Uri ? resource : (this.active?.document ?? this.roadmapUri(undefined));
    if (!document) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Open a CX roadmap (*.cxroadmap.yaml) to export its Gantt chart.'),
      );
      return;
    }
    await exportChart(this.host.client, document, undefined);
  }

  private roadmapUri(resource: unknown): vscode.Uri | undefined {
    if (resource instanceof vscode.Uri) return resource;
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId === LANGUAGE_ID) return editor.document.uri;
    if (this.active) return this.active.document;
    // Run from a page that is not an editor (the walkthrough's "Open the chart"): the roadmap
    // on screen, else the one last worked on while it is still open.
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.languageId === LANGUAGE_ID);
    if (visible) return visible.document.uri;
    const last = this.lastRoadmap?.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === last)?.uri;
  }

  private restore(panel: vscode.WebviewPanel, saved: unknown): void {
    const state = parsePreviewState(saved);
    if (!state || this.panels.has(state.uri)) {
      // Nothing says which roadmap it showed (or another panel shows it already).
      panel.dispose();
      return;
    }
    this.track(PreviewPanel.restore(this.host, panel, state));
  }

  private track(preview: PreviewPanel): void {
    this.panels.set(preview.uri, preview);
    if (preview.panel.active) this.active = preview;
    const viewState = preview.panel.onDidChangeViewState((e) => {
      if (e.webviewPanel.active) this.active = preview;
      else if (this.active === preview) this.active = undefined;
    });
    preview.onDidDispose(() => {
      viewState.dispose();
      if (this.panels.get(preview.uri) === preview) this.panels.delete(preview.uri);
      if (this.active === preview) this.active = undefined;
    });
  }
}
