/**
 * Initiative links the chart may show: `https:` only, whatever the file says, so a link
 * can never run script (`javascript:`), read local files or go out unencrypted.
 */
import type { Link } from '../core/model/types';
import { fitText } from './labelText';

export interface ChartLink {
  title: string;
  /** The title shortened for the chart; the tooltip has it whole. */
  label: string;
  /** Normalised by the URL parser, so what is drawn is what a browser would open. */
  url: string;
}

const LINK_LABEL_WIDTH = 200;
const LINK_FONT = 11.5;

export function safeHttpsUrl(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  return url.protocol === 'https:' && url.hostname !== '' ? url.href : undefined;
}

export function httpsLinks(links: readonly Link[]): ChartLink[] {
  const out: ChartLink[] = [];
  for (const link of links) {
    const url = link.url === undefined ? undefined : safeHttpsUrl(link.url.value);
    if (url === undefined) continue;
    const title = link.title?.value ?? url;
    out.push({ title, label: fitText(title, LINK_LABEL_WIDTH, LINK_FONT), url });
  }
  return out;
}
