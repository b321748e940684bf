/**
 * Checks of single values received from the other side of a channel: the server checks a
 * request's parameters with them, the extension and the webview each other's messages.
 */
import type { DaySpanWire, IsoDay } from './chartWire';
import { MAX_NAMES_WIDTH, MAX_PX_PER_DAY, MAX_VIEW_WIDTH, MIN_NAMES_WIDTH, MIN_PX_PER_DAY } from './chartWire';

const MAX_URI_LENGTH = 8192;
/** The longest id the preview's messages carry: an initiative with a longer one is left out of them. */
export const MAX_ID_LENGTH = 256;

/** The format's id pattern (docs/format.md#initiatives). */
const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export type Fields = Record<string, unknown>;

/** A plain object: anything with another prototype may carry getters or inherited keys. */
export function isRecord(value: unknown): value is Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Exactly these keys: the required ones, and any of the optional ones. */
export function hasKeys(value: Fields, required: readonly string[], optional: readonly string[] = []): boolean {
  const keys = Object.keys(value);
  return (
    required.every((k) => Object.prototype.hasOwnProperty.call(value, k)) &&
    keys.every((k) => required.includes(k) || optional.includes(k))
  );
}

export function isString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

export function isCount(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

export function isUri(value: unknown): value is string {
  return isString(value, MAX_URI_LENGTH) && value.length > 0;
}

export function isInitiativeId(value: unknown): value is string {
  return isString(value, MAX_ID_LENGTH) && ID_PATTERN.test(value);
}

/** A real calendar day, years 0001 to 9999. */
export function isIsoDay(value: unknown): value is IsoDay {
  if (typeof value !== 'string') return false;
  const m = DAY_PATTERN.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

export function isPxPerDay(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= MIN_PX_PER_DAY && value <= MAX_PX_PER_DAY;
}

export function isSpan(value: unknown): value is DaySpanWire {
  return (
    isRecord(value) &&
    hasKeys(value, ['start', 'end']) &&
    isIsoDay(value.start) &&
    isIsoDay(value.end) &&
    value.start <= value.end
  );
}

export function isNamesWidth(value: unknown): value is number {
  return isCount(value, MAX_NAMES_WIDTH) && value >= MIN_NAMES_WIDTH;
}

export function isViewWidth(value: unknown): value is number {
  return isCount(value, MAX_VIEW_WIDTH) && value >= 1;
}
