/**
 * What the UI test reads from the Gantt preview's page inside VS Code: the initiatives it
 * draws, whether its text is readable in the theme's colours, and whether the renderer's
 * text placement holds in the page's fonts.
 */
import assert from 'node:assert/strict';
import type { Frame } from 'playwright-core';

export const BAR_SELECTOR = '.chart > svg g.initiative[data-initiative-id]';
/** WCAG AA for text. */
const MIN_CONTRAST = 4.5;

/** The ids of the initiatives the preview in `frame` draws, in the chart's order. */
export function chartIds(frame: Frame): Promise<string[]> {
  return frame
    .locator(BAR_SELECTOR)
    .evaluateAll((groups) => groups.map((g) => g.getAttribute('data-initiative-id') ?? ''));
}

/** A text colour and what it is drawn on; `base` is the opaque colour under a translucent background. */
interface ColourPair {
  what: string;
  text: string;
  background: string;
  base: string;
}

/**
 * As computed in the page: every text on a bar (the owner included) with the bar, every
 * initiative label with the chart's background, every lane name and count with the lane,
 * and every toolbar button's text with the button.
 */
function pageColours(frame: Frame): Promise<ColourPair[]> {
  return frame.evaluate(() => {
    const fill = (e: Element): string => getComputedStyle(e).fill;
    const chartBg = fill(document.querySelector('.chart > svg .chart-bg')!);
    const pageBg = getComputedStyle(document.body).backgroundColor;
    const pairs: ColourPair[] = [];
    for (const group of Array.from(document.querySelectorAll('.chart > svg g.initiative[data-initiative-id]'))) {
      const id = group.getAttribute('data-initiative-id');
      const bar = group.querySelector('rect.bar');
      const inside = group.querySelector('text.detail.inside');
      if (bar && inside) {
        pairs.push({ what: `${id}: text on the bar`, text: fill(inside), background: fill(bar), base: chartBg });
        for (const span of Array.from(inside.querySelectorAll('tspan'))) {
          pairs.push({
            what: `${id}: ${span.getAttribute('class') ?? 'tspan'} on the bar`,
            text: fill(span),
            background: fill(bar),
            base: chartBg,
          });
        }
      }
      // The title is in the initiative's cell of the names column.
      const index = group.getAttribute('data-initiative-index');
      const label = document.querySelector(`.chart > svg g.name[data-initiative-index="${index}"] text.label`);
      if (label) pairs.push({ what: `${id}: label`, text: fill(label), background: chartBg, base: chartBg });
    }
    const lane = document.querySelector('.chart > svg rect.lane-bg');
    for (const text of Array.from(
      document.querySelectorAll('.chart > svg text.lane-name, .chart > svg text.lane-count'),
    )) {
      if (lane)
        pairs.push({ what: `lane: ${text.textContent}`, text: fill(text), background: fill(lane), base: chartBg });
    }
    for (const button of Array.from(document.querySelectorAll('.toolbar button'))) {
      const style = getComputedStyle(button);
      pairs.push({
        what: `button: ${button.textContent}`,
        text: style.color,
        background: style.backgroundColor,
        base: pageBg,
      });
    }
    return pairs;
  });
}

type Rgba = [number, number, number, number];

/** `rgb(r, g, b)` or `rgba(r, g, b, a)` as channels 0..255 and alpha 0..1. */
function parseColour(css: string): Rgba {
  const m = /^rgba?\((\d+(?:\.\d+)?), (\d+(?:\.\d+)?), (\d+(?:\.\d+)?)(?:, (\d+(?:\.\d+)?))?\)$/.exec(css);
  if (!m) throw new Error(`not an rgb colour: ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
}

/** `top` painted over the opaque `under`. */
function over(top: Rgba, under: Rgba): Rgba {
  const a = top[3];
  return [top[0] * a + under[0] * (1 - a), top[1] * a + under[1] * (1 - a), top[2] * a + under[2] * (1 - a), 1];
}

function luminance([r, g, b]: Rgba): number {
  const linear = (c: number): number => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio of the pair as it is seen, translucent colours painted over what is under them. */
function contrast(pair: ColourPair): number {
  const base = parseColour(pair.base);
  if (base[3] !== 1) throw new Error(`${pair.what}: the colour under it is translucent too (${pair.base})`);
  const background = over(parseColour(pair.background), base);
  const text = over(parseColour(pair.text), background);
  const [x, y] = [luminance(text), luminance(background)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** Fails with every text of the page too faint on what it is drawn on. */
export async function assertReadable(frame: Frame): Promise<void> {
  const pairs = await pageColours(frame);
  for (const kind of ['owner on the bar', ': label', 'lane: ', 'button: ']) {
    assert.ok(
      pairs.some((p) => p.what.includes(kind)),
      `nothing of the kind "${kind}" was found on the page: ${JSON.stringify(pairs)}`,
    );
  }
  const faint = pairs
    .map((p) => ({ ...p, ratio: Math.round(contrast(p) * 100) / 100 }))
    .filter((p) => p.ratio < MIN_CONTRAST);
  assert.deepEqual(faint, []);
}

/**
 * The lane headers whose competency name runs into the initiative count beside it. The
 * renderer places the count by an estimate of the name's width in its own fonts, so this
 * fails when the page draws the chart in another (wider) font.
 */
export function crowdedLaneHeaders(frame: Frame): Promise<string[]> {
  return frame.evaluate(() =>
    Array.from(document.querySelectorAll<SVGTextElement>('.chart > svg text.lane-name')).flatMap((name) => {
      const count = name.nextElementSibling;
      if (!(count instanceof SVGTextElement) || !count.classList.contains('lane-count'))
        return [`${name.textContent}: no count after it`];
      const end = name.getBBox().x + name.getBBox().width;
      return end > count.getBBox().x
        ? [`${name.textContent} ends at ${end.toFixed(1)}, its count starts at ${count.getBBox().x}`]
        : [];
    }),
  );
}
