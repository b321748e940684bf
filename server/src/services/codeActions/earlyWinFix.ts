import { parseDayDate } from '../../core/dates';
import { DEFAULT_OPTIONS } from '../../core/options';
import type { Fix } from './fixInput';
import { quickFix } from './fixInput';
import { INITIATIVE_ORDER, indentStep, setKeys, source } from './mappingEdits';
import { initiativeMap, isEmptyValue, pairOf, rootMap } from './yamlDocument';

/**
 * `no-early-win`: marks the initiative that ends first within the window. The window's
 * last day comes from the diagnostic's data, because it depends on the configured
 * `earlyWinDays`, which the analysis does not keep.
 */
export const earlyWinFix: Fix = (input) => {
  const { model } = input.ctx.analysis;
  const from = model.horizon?.start?.day;
  if (from === undefined) return [];
  const named = input.current.data.earlyWinDeadline;
  const parsed = named !== undefined ? parseDayDate(named) : undefined;
  const deadline = parsed?.ok ? parsed.day : from + DEFAULT_OPTIONS.earlyWinDays;
  const candidates = model.initiatives
    .filter((i) => i.end && i.end.day >= from && i.end.day <= deadline && i.status?.value !== 'cancelled')
    .sort((a, b) => a.end!.day - b.end!.day || a.index - b.index);
  const step = indentStep(input.doc, rootMap(input.yaml));
  for (const initiative of candidates) {
    const map = initiativeMap(input.yaml, initiative.index);
    if (!map) continue;
    const existing = pairOf(map, 'early_win');
    const name = initiative.id?.value ?? initiative.title?.value ?? `initiative ${initiative.index + 1}`;
    const title = `Mark ${name} as an early win (ends ${initiative.end!.value})`;
    // `early_win: false` (or an invalid value) is rewritten in place; a missing key is added.
    const written =
      existing && !isEmptyValue(existing.value)
        ? (existing.value as { range?: [number, number, number] }).range
        : undefined;
    const edits = written
      ? [input.doc.replace(written[0], input.doc.contentEnd(written[0], written[1]), 'true')]
      : setKeys(input.doc, map, [['early_win', source('true')]], { order: INITIATIVE_ORDER, step });
    return quickFix(input, title, edits);
  }
  return [];
};
