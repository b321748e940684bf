/**
 * The Gantt preview's script (bundled to `dist/preview.js`, loaded with the page's nonce).
 * It shows the charts the extension sends, keeps zoom and scroll across them and across
 * reloads, and turns clicks, drags and keys into proposals for the extension: reveal an
 * initiative, move its dates, zoom, export. Every message in is checked, every one out is
 * one of the protocol's; roadmap text only ever reaches the page as text.
 */
import { formatDay } from '../../../../server/src/core/dates';
import { MAX_VIEW_WIDTH } from '../../../../protocol/chartWire';
import type { ChartSummary, ExportFormat } from '../../../../protocol/chartWire';
import { parseExtensionMessage, parsePreviewState } from '../../../../protocol/webviewMessages';
import type { ChartMessage, PreviewState, WebviewToExtension } from '../../../../protocol/webviewMessages';
import { isUri } from '../../../../protocol/wireChecks';
import { ChartView } from './chartView';
import type { Days } from './chartView';
import { healthLine } from './healthLine';
import { attachKeyboard } from './keyboard';
import { NamesColumn } from './namesColumn';
import { omissionNotice } from './omissionNotice';
import { PinnedLayers } from './pinnedLayers';
import { attachPointer } from './pointer';
import type { PreviewActions } from './pointer';
import { Tooltip } from './tooltip';
import { ViewProposals } from './viewProposals';
import { anchorAt, clampPxPerDay, currentLevel, levelPxPerDay, scrollForAnchor, ZOOM_LEVELS } from './zoomLevels';
import type { ZoomAnchor, ZoomLevel } from './zoomLevels';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** Shown while the text does not parse, until the extension says it in the user's language. */
const STALE_NOTICE = 'The roadmap has syntax errors: the chart shows its last version that parsed.';
/** One notch of a mouse wheel with Ctrl zooms by about 20 %. */
const WHEEL_ZOOM = 0.0018;

function same(a: number, b: number): boolean {
  return Math.abs(a / b - 1) < 1e-6;
}

function start(api: VsCodeApi, uri: string): void {
  const doc = document;
  const viewport = doc.querySelector<HTMLElement>('.viewport')!;
  const chart = doc.querySelector<HTMLElement>('.chart')!;
  const banner = doc.querySelector<HTMLElement>('.banner')!;
  const head = doc.querySelector<HTMLElement>('.roadmap-head')!;
  const titleElement = head.querySelector<HTMLElement>('.roadmap-title')!;
  const healthElement = head.querySelector<HTMLElement>('.health')!;
  const view = new ChartView(chart);
  const tooltip = new Tooltip(doc.querySelector<HTMLElement>('.tooltip')!);
  const pinned = new PinnedLayers();

  const post = (message: WebviewToExtension): void => api.postMessage(message);
  const actions: PreviewActions = {
    reveal: (id) => post({ type: 'reveal', uri, id }),
    move: (id: string, dates: Days) =>
      post({ type: 'move', uri, id, start: formatDay(dates.start), end: formatDay(dates.end) }),
  };
  attachPointer(viewport, view, tooltip, actions);
  attachKeyboard(chart, view, tooltip, actions);

  const savedState = parsePreviewState(api.getState());
  /** Scroll to restore once the first chart is shown. */
  let restore: PreviewState | undefined = savedState?.uri === uri ? savedState : undefined;
  let cursorId: string | null = null;
  let bannerText: string | null = null;
  /**
   * The zoom asked for, in px a day, or null for "Whole horizon": the server fits the drawn
   * span to the view, and does again whenever the view's width changes, until another zoom is
   * chosen; in this page and the next one built from its state. A new page starts with it.
   */
  let zoom: number | null = restore === undefined || restore.fitWhole === true ? null : restore.pxPerDay;
  let anchor: ZoomAnchor | undefined;

  const viewWidth = (): number => Math.max(1, Math.min(MAX_VIEW_WIDTH, Math.round(viewport.clientWidth)));
  const names = new NamesColumn(
    doc.querySelector<HTMLElement>('.names-edge-handle')!,
    doc.querySelector<HTMLButtonElement>('.names-toggle')!,
    viewWidth,
    () => {
      saveState();
      proposals.propose();
    },
    { width: restore?.namesWidth, hidden: restore?.namesHidden === true },
  );
  const proposals = new ViewProposals(
    () => ({ pxPerDay: zoom, namesWidth: names.width(), viewWidth: viewWidth() }),
    (wanted) => post({ type: 'view', uri, ...wanted }),
  );

  function saveState(): void {
    if (!view.message) return;
    const state: PreviewState = {
      uri,
      pxPerDay: view.pxPerDay,
      scrollLeft: viewport.scrollLeft,
      scrollTop: viewport.scrollTop,
      fitWhole: zoom === null,
    };
    const { width, hidden } = names.saved;
    if (width !== undefined) state.namesWidth = width;
    if (hidden) state.namesHidden = true;
    api.setState(state);
  }

  /** Another zoom than the whole horizon, keeping the day `offset` px into the view where it is. */
  function zoomTo(pxPerDay: number, offset: number | undefined): void {
    if (!view.message) return;
    const target = clampPxPerDay(pxPerDay);
    if (zoom !== null && same(target, zoom)) return;
    if (!anchor && offset !== undefined) anchor = anchorAt(offset, viewport.scrollLeft, view.timelineX, view.pxPerDay);
    zoom = target;
    proposals.propose();
  }

  function fitToView(): void {
    zoom = null;
    anchor = undefined;
    proposals.propose();
  }

  /** The zoom of the chart shown, as a pressed button; none before the first chart. */
  function updateZoomButtons(): void {
    // "Whole horizon" is the fitted zoom, not a number of px a day that happens to fit.
    const shown = view.message ? currentLevel(view.pxPerDay, viewWidth(), view.timelineX, view.spanDays) : undefined;
    const level: ZoomLevel | undefined = !view.message
      ? undefined
      : zoom === null
        ? 'whole'
        : shown === 'whole'
          ? undefined
          : shown;
    for (const button of Array.from(doc.querySelectorAll<HTMLButtonElement>('button[data-zoom]'))) {
      button.setAttribute('aria-pressed', String(button.dataset.zoom === level));
      button.disabled = view.spanDays === 0;
    }
  }

  function showBanner(): void {
    const stale = view.message !== undefined && !view.message.parses;
    // The extension's notice replaces the page's own about a stale chart, not the one about initiatives left out.
    const notices = [bannerText ?? (stale ? STALE_NOTICE : null), omissionNotice(view.omitted)].filter(
      (n): n is string => n !== null,
    );
    const text = notices.length > 0 ? notices.join('\n') : null;
    doc.body.classList.toggle('is-stale', stale);
    banner.textContent = text ?? '';
    banner.hidden = text === null;
  }

  function applyCursor(scroll: boolean): void {
    for (const old of Array.from(chart.querySelectorAll('.is-cursor'))) old.classList.remove('is-cursor');
    const group = cursorId === null ? undefined : view.group(cursorId);
    if (!group) return;
    view.mark(group, 'is-cursor', true);
    if (!scroll) return;
    const box = group.getBoundingClientRect();
    const frame = viewport.getBoundingClientRect();
    if (box.top < frame.top || box.bottom > frame.bottom) group.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  function showSummary(summary: ChartSummary): void {
    const title = summary.title ?? 'Untitled roadmap';
    const health = healthLine(summary);
    // A typing update seldom changes either: the page is left alone then.
    if (titleElement.textContent !== title) {
      titleElement.textContent = title;
      titleElement.title = title;
    }
    if (healthElement.textContent !== health) {
      healthElement.textContent = health;
      healthElement.title = health;
    }
    head.hidden = false;
  }

  /** The pinned layers of the chart shown, placed for the scroll position; what scrolls into view clears them. */
  function keepInView(): void {
    pinned.attach(view.svg);
    pinned.place(viewport.scrollLeft, viewport.scrollTop);
    const padding = { top: `${pinned.geometry.axisHeight}px`, left: `${view.timelineX}px` };
    if (viewport.style.scrollPaddingTop !== padding.top) viewport.style.setProperty('scroll-padding-top', padding.top);
    if (viewport.style.scrollPaddingLeft !== padding.left)
      viewport.style.setProperty('scroll-padding-left', padding.left);
  }

  function onChart(message: ChartMessage): void {
    const before = view.message
      ? { pxPerDay: view.pxPerDay, left: viewport.scrollLeft, top: viewport.scrollTop }
      : undefined;
    const focused = view.groupOf(doc.activeElement);
    const focusedId = focused ? view.idOf(focused) : undefined;
    const outcome = view.render(message);
    if (outcome === 'out-of-step') {
      // Changes to a chart this page does not have (a message was lost): start again from a whole chart.
      post({ type: 'ready', uri });
      return;
    }
    if (outcome === 'invalid') return;
    showSummary(message.summary);
    doc.body.classList.toggle('can-edit', message.parses && view.horizon !== undefined);
    applyCursor(false);

    if (restore) {
      // The first chart after a reload, at the zoom the page asked for at once.
      viewport.scrollLeft = restore.scrollLeft;
      viewport.scrollTop = restore.scrollTop;
      restore = undefined;
    } else if (before && anchor && !same(before.pxPerDay, view.pxPerDay)) {
      viewport.scrollLeft = scrollForAnchor(anchor, view.timelineX, view.pxPerDay);
      viewport.scrollTop = before.top;
      anchor = undefined;
    } else if (before) {
      viewport.scrollLeft = before.left;
      viewport.scrollTop = before.top;
    }
    names.shown(view.timelineX);

    // A patched chart keeps the focused node; a replaced one gets focus back on the same initiative.
    if (focusedId !== undefined && doc.activeElement !== view.group(focusedId))
      view.group(focusedId)?.focus({ preventScroll: true });
    const focusedNow = view.groupOf(doc.activeElement);
    if (focusedNow) view.mark(focusedNow, 'is-focus', true);
    keepInView();
    updateZoomButtons();
    showBanner();
    saveState();
  }

  window.addEventListener('message', (event: MessageEvent) => {
    const message = parseExtensionMessage(event.data);
    if (!message || message.uri !== uri) return;
    switch (message.type) {
      case 'chart':
        onChart(message);
        break;
      case 'highlight':
        cursorId = message.id;
        applyCursor(true);
        break;
      case 'banner':
        bannerText = message.text;
        showBanner();
        break;
    }
  });

  for (const button of Array.from(doc.querySelectorAll<HTMLButtonElement>('button[data-zoom]'))) {
    button.addEventListener('click', () => {
      const level = ZOOM_LEVELS.find((l) => l === button.dataset.zoom);
      if (!level) return;
      if (level === 'whole') fitToView();
      else zoomTo(levelPxPerDay(level, viewWidth(), names.width(), view.spanDays), viewport.clientWidth / 2);
    });
  }
  for (const button of Array.from(doc.querySelectorAll<HTMLButtonElement>('button[data-export]'))) {
    const format = button.dataset.export;
    if (format !== 'svg' && format !== 'html') continue;
    button.addEventListener('click', () => post({ type: 'export', uri, format: format satisfies ExportFormat }));
  }

  viewport.addEventListener(
    'wheel',
    (event) => {
      if (!event.ctrlKey || !view.message) return;
      event.preventDefault();
      const lines = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? 16 : 1;
      // Wheel steps build on the zoom asked for, shown or not yet.
      zoomTo(
        (zoom ?? view.pxPerDay) * Math.exp(-event.deltaY * lines * WHEEL_ZOOM),
        event.clientX - viewport.getBoundingClientRect().left,
      );
    },
    { passive: false },
  );

  let scrollQueued = false;
  viewport.addEventListener(
    'scroll',
    () => {
      // At once, in the frame that paints the scroll: the pinned layers must not trail the chart.
      pinned.place(viewport.scrollLeft, viewport.scrollTop);
      if (scrollQueued) return;
      scrollQueued = true;
      requestAnimationFrame(() => {
        scrollQueued = false;
        saveState();
      });
    },
    { passive: true },
  );

  // The view's width, wherever a change comes from (the window, the editor group, the banner's
  // scroll bar): the whole horizon is fitted to it again, the legend wrapped to it.
  let resizeQueued = false;
  new ResizeObserver(() => {
    if (resizeQueued) return;
    resizeQueued = true;
    requestAnimationFrame(() => {
      resizeQueued = false;
      proposals.propose();
      updateZoomButtons();
    });
  }).observe(viewport);

  // How to draw the first chart, before asking for it: it comes at this page's width and zoom.
  proposals.postNow();
  post({ type: 'ready', uri });
}

const documentUri = document.body.dataset.documentUri;
if (isUri(documentUri)) start(acquireVsCodeApi(), documentUri);
