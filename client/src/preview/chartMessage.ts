/** Chart answers as sent to the webview: text ranges stay in the extension, which alone edits the document. */
import type { ChartResult } from '../../../protocol/chartRequests';
import type { Omissions } from '../../../protocol/initiativeOmissions';
import { mergeOmissions, sameOmissions, splitInitiatives } from '../../../protocol/initiativeOmissions';
import type { WireFinding } from '../../../protocol/chartWire';
import type { ChartMessage, WebviewInitiative } from '../../../protocol/webviewMessages';

function sameFinding(a: WireFinding, b: WireFinding): boolean {
  return a.severity === b.severity && a.code === b.code && a.message === b.message;
}

function sameInitiatives(a: readonly WebviewInitiative[], b: readonly WebviewInitiative[]): boolean {
  if (a.length !== b.length) return false;
  // Both lists have the same length (checked above), so every index is in both.
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.id !== y.id || x.start !== y.start || x.end !== y.end || x.problems.length !== y.problems.length)
      return false;
    if (x.problems.some((p, n) => !sameFinding(p, y.problems[n]!))) return false;
  }
  return true;
}

/**
 * The extension's side of a chart answer, as sent to the webview. `shown`: the initiatives
 * the webview has, and `shownOmitted` what was left out of them; when the answer is a patch
 * to its chart and both are unchanged (typing in a title, say), the message leaves them out.
 */
export function chartMessage(
  result: ChartResult,
  shown?: readonly WebviewInitiative[],
  shownOmitted?: Omissions,
): ChartMessage {
  const message: ChartMessage = {
    type: 'chart',
    uri: result.uri,
    version: result.version,
    parses: result.parses,
    revision: result.revision,
    svg: result.svg,
    pxPerDay: result.pxPerDay,
    timelineX: result.timelineX,
    summary: result.summary,
  };
  const { initiatives, omitted } = webviewList(result);
  if (!(result.patch && shown && sameInitiatives(shown, initiatives) && sameOmissions(shownOmitted, omitted))) {
    message.initiatives = initiatives;
    if (omitted) message.omitted = omitted;
  }
  if (result.patch) message.patch = result.patch;
  if (result.span) message.span = result.span;
  if (result.horizon) message.horizon = result.horizon;
  return message;
}

/**
 * The initiatives the webview can take, and how many it cannot (by the server's count and
 * this one's): the webview would drop them itself, but what it is sent is then exactly what
 * it keeps, and the comparison with the initiatives shown holds.
 */
function webviewList(result: ChartResult): { initiatives: WebviewInitiative[]; omitted: Omissions | undefined } {
  const all = result.initiatives.map((i) => {
    const out: WebviewInitiative = { id: i.id, problems: i.problems };
    if (i.start !== undefined) out.start = i.start;
    if (i.end !== undefined) out.end = i.end;
    return out;
  });
  const { kept, omitted } = splitInitiatives(all);
  return { initiatives: kept, omitted: mergeOmissions(result.omitted, omitted) };
}

export function webviewInitiatives(result: ChartResult): WebviewInitiative[] {
  return webviewList(result).initiatives;
}
