import { parseDocument } from 'yaml';

/**
 * A text value as YAML source: plain when it reads back as the same string, otherwise
 * double-quoted (a JSON string is a valid YAML double-quoted scalar).
 */
export function scalarText(value: string, flow: boolean): string {
  return isPlainSafe(value, flow) ? value : JSON.stringify(value);
}

function isPlainSafe(value: string, flow: boolean): boolean {
  if (value === '' || value !== value.trim() || /[\r\n\t]/.test(value)) return false;
  if (flow && /[,[\]{}]/.test(value)) return false;
  const probe = parseDocument(flow ? `{k: ${value}}` : `k: ${value}`);
  if (probe.errors.length > 0 || probe.warnings.length > 0) return false;
  const plain: unknown = probe.toJS();
  return typeof plain === 'object' && plain !== null && (plain as Record<string, unknown>).k === value;
}
