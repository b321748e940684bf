/** Chart answers as sent to the webview: text ranges stay in the extension, which alone edits the document. */
import type { ChartResult } from '../../../shared/protocol/chartRequests';
import type { ChartMessage, WebviewInitiative } from '../../../shared/protocol/webviewMessages';

function sameInitiatives(a: readonly WebviewInitiative[], b: readonly WebviewInitiative[]): boolean {
  if (a.length !== b.length) return false;
  // Both lists have the same length (checked above), so every index is in both.
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.id !== y.id || x.start !== y.start || x.end !== y.end || x.problems.length !== y.problems.length)
      return false;
    if (x.problems.some((p, n) => p !== y.problems[n])) return false;
  }
  return true;
}

/**
 * The extension's side of a chart answer, as sent to the webview. `shown`: the initiatives
 * the webview has; when the answer is a patch to its chart and they are unchanged (typing
 * in a title, say), the message leaves them out.
 */
export function chartMessage(result: ChartResult, shown?: readonly WebviewInitiative[]): ChartMessage {
  const message: ChartMessage = {
    type: 'chart',
    uri: result.uri,
    version: result.version,
    parses: result.parses,
    revision: result.revision,
    svg: result.svg,
    pxPerDay: result.pxPerDay,
    timelineX: result.timelineX,
  };
  const initiatives = webviewInitiatives(result);
  if (!(result.patch && shown && sameInitiatives(shown, initiatives))) message.initiatives = initiatives;
  if (result.patch) message.patch = result.patch;
  if (result.span) message.span = result.span;
  if (result.horizon) message.horizon = result.horizon;
  return message;
}

export function webviewInitiatives(result: ChartResult): WebviewInitiative[] {
  return result.initiatives.map((i) => {
    const out: WebviewInitiative = { id: i.id, problems: i.problems };
    if (i.start !== undefined) out.start = i.start;
    if (i.end !== undefined) out.end = i.end;
    return out;
  });
}
