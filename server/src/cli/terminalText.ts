/*
 * Everything the command line prints may hold text from the files it read: keys, values and
 * file names that a pull request chose. Printed raw, a control character is an instruction
 * to the terminal (ESC sequences clear the screen, hide lines or set the clipboard) and a
 * line break is a new line that the Actions runner reads as a workflow command. Such
 * characters are shown as `\xHH` instead, so that they are visible and inert.
 */

// C0 controls, DEL and C1 controls: U+0085 is a line break to some readers, U+009B is CSI.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

function hex(character: string): string {
  return `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`;
}

/** One line for a person to read: every control character escaped, tab and line feed too. */
export function printable(text: string): string {
  return text.replace(CONTROLS, hex);
}

/**
 * One line of a table, or of any format where a line break would start something else:
 * each line break a space, every other control escaped.
 */
export function printableLine(text: string): string {
  return printable(text.replace(/\r\n|\r|\n/g, ' '));
}

/**
 * A message for a format that encodes line breaks its own way (the workflow commands' `%0A`):
 * tab, CR and LF kept, every other control escaped.
 */
export function printableLines(text: string): string {
  return text.replace(CONTROLS_BUT_LINES, hex);
}

/**
 * JSON.stringify escapes C0 controls but leaves DEL, C1 controls and U+2028/U+2029 raw; they
 * can only occur inside strings, where a `\uXXXX` escape is the same value, so the data
 * read back is unchanged and the text is safe on a terminal.
 */
export function printableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`.replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
