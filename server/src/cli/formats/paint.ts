/** Terminal styles for the human-readable formats. */
import { Severity } from '../../core/diagnostic';

export type Style = 'underline' | 'dim' | 'bold' | 'red' | 'yellow' | 'blue' | 'gray';

// SGR open/close pairs; each close resets only its own attribute so styles can nest.
const SGR: Readonly<Record<Style, readonly [number, number]>> = {
  underline: [4, 24],
  dim: [2, 22],
  bold: [1, 22],
  red: [31, 39],
  yellow: [33, 39],
  blue: [34, 39],
  gray: [90, 39],
};

export const SEVERITY_STYLE: Readonly<Record<Severity, Style>> = {
  [Severity.Error]: 'red',
  [Severity.Warning]: 'yellow',
  [Severity.Information]: 'blue',
  [Severity.Hint]: 'gray',
};

export type Paint = (text: string, ...styles: Style[]) => string;

export function painter(color: boolean): Paint {
  if (!color) return (text) => text;
  return (text, ...styles) =>
    styles.reduceRight((inner, style) => `\u001b[${SGR[style][0]}m${inner}\u001b[${SGR[style][1]}m`, text);
}
