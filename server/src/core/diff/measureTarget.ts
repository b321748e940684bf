/**
 * Whether a measure's new target asks for less than the old one. Targets are free text
 * (`-10%`, `1200`, `4.5 days`), so only numbers with the same unit are compared:
 *
 * - a signed target is a change from the baseline (`-10%`, `+5`): lowered when the new
 *   one moves less far in the same direction (`-10%` → `-5%`);
 * - otherwise, with a baseline, the direction is from the baseline towards the old target:
 *   lowered when the new target is closer to the baseline (baseline 1200, target
 *   1000 → 1100), or past it;
 * - without a baseline, lowered when the number is smaller.
 *
 * Anything else (words, different units) is never called lowered.
 */
export function isTargetLowered(before: string | null, after: string | null, baseline: string | null): boolean {
  if (before === null || after === null) return false;
  const old = parseAmount(before);
  const next = parseAmount(after);
  if (!old || !next || old.unit !== next.unit) return false;
  if (old.signed || next.signed) {
    const direction = Math.sign(old.value);
    return direction !== 0 && next.value * direction < old.value * direction;
  }
  const base = baseline === null ? undefined : parseAmount(baseline);
  if (base && !base.signed && base.unit === old.unit && base.value !== old.value) {
    const direction = Math.sign(old.value - base.value);
    return (next.value - base.value) * direction < (old.value - base.value) * direction;
  }
  return next.value < old.value;
}

interface Amount {
  value: number;
  unit: string;
  /** Written with an explicit `+` or `-` (a change rather than a level). */
  signed: boolean;
}

// One optional sign, digits with optional thousands separators and decimals, then a unit.
const AMOUNT = /^([+\-\u2212]?)\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s?(\S{0,20})$/;

function parseAmount(text: string): Amount | undefined {
  const m = AMOUNT.exec(text.trim());
  if (!m) return undefined;
  const [, sign = '', whole = '', fraction = '', unit = ''] = m;
  if (/\d/.test(unit)) return undefined;
  const magnitude = Number(whole.replace(/,/g, '') + fraction);
  return { value: sign === '' || sign === '+' ? magnitude : -magnitude, unit: unit.toLowerCase(), signed: sign !== '' };
}
