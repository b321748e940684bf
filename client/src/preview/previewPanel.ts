import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ChartRequest } from '../../../protocol/chartRequests';
import type { ChartInitiative, ChartResult } from '../../../protocol/chartRequests';
import type { Omissions } from '../../../protocol/initiativeOmissions';
import { parseWebviewMessage } from '../../../protocol/webviewMessages';
import type {
  ExtensionToWebview,
  MoveMessage,
  PreviewState,
  WebviewInitiative,
  WebviewToExtension,
} from '../../../protocol/webviewMessages';
import { chartMessage } from './chartMessage';
import { PREVIEW_VIEW_TYPE } from '../contributions';
import { exportChart } from './chartExport';
import { planMove } from './moveDates';
import type { MoveRefusal } from './moveDates';
import { previewHtml } from './previewHtml';
import { revealInitiative, toRange } from './revealInitiative';
import { isoToday } from './today';

/** What a panel needs from the extension. */
export interface PreviewHost {
  /** The language client, loaded on first need: every panel waits for the same load. */
  readonly client: () => Promise<LanguageClient>;
  readonly extensionUri: vscode.Uri;
  readonly output: vscode.OutputChannel;
}

function basename(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}

function refusalText(refusal: MoveRefusal, id: string, chart: ChartResult): string {
  switch (refusal) {
    case 'stale':
      return vscode.l10n.t('The roadmap changed while {0} was moved; try again.', id);
    case 'not-parsing':
      return vscode.l10n.t('The roadmap has syntax errors: fix them before moving initiatives.');
    case 'unknown-id':
      return vscode.l10n.t('No initiative has the id {0}.', id);
    case 'duplicate-id':
      return vscode.l10n.t('More than one initiative has the id {0}: give each its own id before moving it.', id);
    case 'no-dates':
      return vscode.l10n.t('{0} has no valid start and end to move.', id);
    case 'invalid-date':
      return vscode.l10n.t('The proposed dates of {0} are not calendar days.', id);
    case 'end-before-start':
      return vscode.l10n.t('{0} cannot end before it starts.', id);
    case 'no-horizon':
      return vscode.l10n.t('The roadmap has no valid horizon to move initiatives within.');
    case 'outside-horizon':
      return vscode.l10n.t(
        'The new dates of {0} fall outside the horizon ({1} to {2}).',
        id,
        chart.horizon?.start ?? '',
        chart.horizon?.end ?? '',
      );
  }
}

/**
 * One roadmap's Gantt preview: the webview panel, the latest chart of the document, and the
 * messages both ways. The chart is asked for when the server says the diagnostics of a new
 * version are out, one request at a time (an update that arrives meanwhile is fetched once
 * the request ends), so typing never queues a chart per keystroke.
 */
export class PreviewPanel implements vscode.Disposable {
  readonly uri: string;
  /** The latest chart from the server: its initiatives' ranges serve the cursor, reveal and moves. */
  private chart: ChartResult | undefined;
  /**
   * The revision of the chart the webview shows, when the webview has all the messages sent to
   * it: later charts are asked for as changes since it. Undefined until a whole chart is sent.
   */
  private shown: number | undefined;
  /** The initiatives last sent to the webview: a patch leaves them out when they have not changed. */
  private sentInitiatives: WebviewInitiative[] | undefined;
  /** What was left out of them. */
  private sentOmitted: Omissions | undefined;
  private requesting = false;
  private dirty = false;
  private reopened = false;
  private closed = false;
  private cursorId: string | null = null;
  /** The names column's width and the view's, as the page last said: unknown until it says. */
  private namesWidth: number | undefined;
  private viewWidth: number | undefined;
  /** Webview messages are handled one after another: a move waits for the one before it. */
  private queue: Promise<void> = Promise.resolve();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly disposed = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposed.event;

  static create(
    host: PreviewHost,
    document: vscode.Uri,
    viewColumn: vscode.ViewColumn,
    preserveFocus: boolean,
  ): PreviewPanel {
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      vscode.l10n.t('Gantt: {0}', basename(document)),
      { viewColumn, preserveFocus },
      {
        ...PreviewPanel.webviewOptions(host),
        retainContextWhenHidden: false,
        enableFindWidget: true,
      },
    );
    return new PreviewPanel(host, panel, document, null);
  }

  /** A panel VS Code kept across a reload; `state` is what the webview saved, already checked. */
  static restore(host: PreviewHost, panel: vscode.WebviewPanel, state: PreviewState): PreviewPanel {
    panel.webview.options = PreviewPanel.webviewOptions(host);
    return new PreviewPanel(host, panel, vscode.Uri.parse(state.uri), state.fitWhole === true ? null : state.pxPerDay);
  }

  private static webviewOptions(host: PreviewHost): vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [
        vscode.Uri.joinPath(host.extensionUri, 'media', 'preview'),
        vscode.Uri.joinPath(host.extensionUri, 'dist'),
      ],
    };
  }

  private constructor(
    private readonly host: PreviewHost,
    readonly panel: vscode.WebviewPanel,
    readonly document: vscode.Uri,
    /** Null: the whole drawn span across the view (the page asks for another zoom, or says its width). */
    private pxPerDay: number | null,
  ) {
    this.uri = document.toString();
    panel.iconPath = vscode.Uri.joinPath(host.extensionUri, 'icons', 'cxroadmap.svg');
    panel.webview.html = this.html();
    this.subscriptions.push(
      this.disposed,
      panel.webview.onDidReceiveMessage((raw: unknown) => {
        const message = parseWebviewMessage(raw);
        if (!message || message.uri !== this.uri) return;
        this.queue = this.queue
          .then(() => this.handle(message))
          .catch((error: unknown) => this.log(`handling "${message.type}" failed: ${String(error)}`));
      }),
      panel.onDidChangeViewState(() => {
        // A hidden page is discarded (no retained context): the one shown next starts empty.
        if (!panel.visible) this.forgetPage();
        if (panel.visible && this.dirty) this.refresh();
      }),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  dispose(): void {
    if (this.closed) return;
    this.closed = true;
    this.disposed.fire();
    for (const s of this.subscriptions.splice(0)) s.dispose();
    this.panel.dispose();
  }

  reveal(viewColumn: vscode.ViewColumn, preserveFocus: boolean): void {
    this.panel.reveal(viewColumn, preserveFocus);
  }

  /** The server published the diagnostics of a new version. */
  chartChanged(): void {
    this.refresh();
  }

  /** The editor's cursor moved in this roadmap. */
  cursorAt(position: vscode.Position): void {
    const id = this.initiativeAt(position)?.id ?? null;
    if (id === this.cursorId) return;
    this.cursorId = id;
    this.post({ type: 'highlight', uri: this.uri, id });
  }

  /** Asks the server for the chart, unless a request is under way (then once more after it). Hidden panels wait until shown. */
  refresh(): void {
    if (!this.panel.visible || this.requesting) {
      this.dirty = true;
      return;
    }
    this.dirty = false;
    this.requesting = true;
    this.request()
      .then((result) => {
        if (result && !this.unchanged(result)) this.deliver(result);
      })
      .catch((error: unknown) => this.log(`the chart request failed: ${String(error)}`))
      .finally(() => {
        this.requesting = false;
        if (this.dirty) this.refresh();
      });
  }

  /** The same chart as the one shown: the diagnostics were published again for the same text (new settings that change nothing, say). */
  private unchanged(result: ChartResult): boolean {
    const shown = this.chart;
    return (
      shown !== undefined &&
      this.shown === result.revision &&
      shown.revision === result.revision &&
      shown.version === result.version &&
      shown.parses === result.parses &&
      shown.diagnosticsCount === result.diagnosticsCount
    );
  }

  private async request(): Promise<ChartResult | undefined> {
    const params: ChartRequest['params'] = { uri: this.uri, pxPerDay: this.pxPerDay, today: isoToday() };
    if (this.shown !== undefined) params.base = this.shown;
    if (this.namesWidth !== undefined) params.namesWidth = this.namesWidth;
    if (this.viewWidth !== undefined) params.viewWidth = this.viewWidth;
    const client = await this.host.client();
    const result = await client.sendRequest<ChartRequest['result']>(ChartRequest.method, params);
    if (result) return result;
    // The server has no such document (closed, or never opened): opening it makes the client send it.
    if (!this.reopened) {
      this.reopened = true;
      await vscode.workspace.openTextDocument(this.document);
    }
    return undefined;
  }

  private deliver(result: ChartResult, notice?: string): void {
    this.chart = result;
    if (result.patch && result.patch.base !== this.shown) {
      // Changes to a chart the webview no longer has (it was rebuilt meanwhile): ask for the whole.
      this.refresh();
      return;
    }
    const message = chartMessage(result, this.sentInitiatives, this.sentOmitted);
    this.post(message);
    this.shown = result.revision;
    if (message.initiatives) {
      this.sentInitiatives = message.initiatives;
      this.sentOmitted = message.omitted;
    }
    this.post({ type: 'banner', uri: this.uri, text: notice ?? syntaxNotice(result) });
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.uri.toString() === this.uri)
      this.cursorId = this.initiativeAt(editor.selection.active)?.id ?? null;
    this.post({ type: 'highlight', uri: this.uri, id: this.cursorId });
  }

  /**
   * Shows `chart` again with a notice: any chart message puts a dragged bar back where the
   * text says, so the one the webview has comes as an empty patch.
   */
  private redraw(chart: ChartResult, notice: string): void {
    if (this.shown === chart.revision) {
      this.deliver({ ...chart, svg: null, patch: { base: chart.revision, changes: [] } }, notice);
      return;
    }
    this.request()
      .then((result) => {
        if (result) this.deliver(result, notice);
      })
      .catch((error: unknown) => this.log(`the chart request failed: ${String(error)}`));
  }

  /** The page has no chart: the next one is sent whole. */
  private forgetPage(): void {
    this.shown = undefined;
    this.sentInitiatives = undefined;
    this.sentOmitted = undefined;
  }

  private post(message: ExtensionToWebview): void {
    // A hidden webview is gone: it asks for the chart again ("ready") when it is shown.
    void this.panel.webview.postMessage(message);
  }

  private initiativeAt(position: vscode.Position): ChartInitiative | undefined {
    for (const initiative of this.chart?.initiatives ?? []) {
      const range = toRange(initiative.range);
      if (range.contains(position)) return initiative;
      if (range.start.isAfter(position)) return undefined;
    }
    return undefined;
  }

  private async handle(message: WebviewToExtension): Promise<void> {
    switch (message.type) {
      case 'ready':
        // A new page (first load, shown again, reloaded, or out of step): it needs a whole chart.
        this.forgetPage();
        this.refresh();
        return;
      case 'view':
        this.pxPerDay = message.pxPerDay;
        this.namesWidth = message.namesWidth;
        this.viewWidth = message.viewWidth;
        this.refresh();
        return;
      case 'reveal': {
        const document = await vscode.workspace.openTextDocument(this.document);
        const chart = await this.current(document);
        const initiative = chart?.initiatives.find((i) => i.id === message.id);
        if (initiative) await revealInitiative(document, initiative, this.panel.viewColumn);
        return;
      }
      case 'move':
        await this.move(message);
        return;
      case 'export':
        await exportChart(this.host.client, this.document, message.format);
        return;
    }
  }

  /** The chart of the document as it is now. */
  private async current(document: vscode.TextDocument): Promise<ChartResult | undefined> {
    if (this.chart && this.chart.version === document.version) return this.chart;
    const result = await this.request();
    if (result) this.chart = result;
    return result;
  }

  private async move(message: MoveMessage): Promise<void> {
    const document = await vscode.workspace.openTextDocument(this.document);
    const chart = await this.current(document);
    if (!chart) return;
    const plan = planMove(chart, message, document.version);
    if (!plan.ok) {
      this.redraw(chart, refusalText(plan.refusal, message.id, chart));
      return;
    }
    if (plan.edits.length === 0) return;
    const edit = new vscode.WorkspaceEdit();
    for (const e of plan.edits) edit.replace(document.uri, toRange(e.range), e.newText);
    if (!(await vscode.workspace.applyEdit(edit))) {
      this.redraw(chart, vscode.l10n.t('The new dates of {0} could not be written to the roadmap.', message.id));
      return;
    }
    this.refresh();
  }

  private html(): string {
    const webview = this.panel.webview;
    const asset = (...path: string[]): string =>
      webview.asWebviewUri(vscode.Uri.joinPath(this.host.extensionUri, ...path)).toString();
    return previewHtml({
      cspSource: webview.cspSource,
      nonce: randomBytes(18).toString('base64'),
      scriptUri: asset('dist', 'preview.js'),
      styleUri: asset('media', 'preview', 'preview.css'),
      documentUri: this.uri,
      title: vscode.l10n.t('Gantt: {0}', basename(this.document)),
      labels: {
        toolbar: vscode.l10n.t('Chart'),
        zoom: vscode.l10n.t('Zoom'),
        whole: vscode.l10n.t('Whole horizon'),
        year: vscode.l10n.t('Year'),
        quarter: vscode.l10n.t('Quarter'),
        exportSvg: vscode.l10n.t('Export SVG…'),
        exportHtml: vscode.l10n.t('Export HTML…'),
        hideNames: vscode.l10n.t('Hide names'),
        showNames: vscode.l10n.t('Show names'),
        namesEdge: vscode.l10n.t('Names column width'),
        loading: vscode.l10n.t('Drawing the chart…'),
      },
    });
  }

  private log(message: string): void {
    this.host.output.appendLine(`Gantt preview of ${this.uri}: ${message}`);
  }
}

/** What the banner says about a chart whose text does not parse: which part is left out, or that it is stale. */
function syntaxNotice(result: ChartResult): string | null {
  if (!result.parses)
    return vscode.l10n.t(
      'The roadmap has syntax errors: the chart shows its last version that parsed. Fix the problems to update it.',
    );
  const lines = (result.unparsed ?? []).map((range) => range.start.line + 1);
  if (lines.length === 0) return null;
  if (lines.length === 1)
    return vscode.l10n.t(
      'The initiative at line {0} does not parse, so the chart leaves it out until it is fixed.',
      lines[0]!,
    );
  return vscode.l10n.t(
    'The initiatives at lines {0} do not parse, so the chart leaves them out until they are fixed.',
    lines.join(', '),
  );
}
