import { printableLine } from '../terminalText';

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '|': '&#124;',
};

/**
 * Text from the roadmaps (titles, ids, messages, paths) on a markdown line or in a table
 * cell: one line, controls escaped; `&`, `<`, `>`, `"` and `|` as entities, so that it opens
 * no HTML tag and ends no cell; and a backslash before the characters of inline markdown
 * (`` \ ` * _ [ ] ~ $ ``), so that it makes no link, image, code span, emphasis or formula.
 */
export function markdownText(text: string): string {
  return noMention(
    printableLine(text)
      .replace(/[\u2028\u2029]/g, ' ')
      .replace(/[&<>"|\\`*_[\]~$]/g, (c) => ENTITIES[c] ?? `\\${c}`),
  );
}

/**
 * An `@` followed by a word joiner: GitHub would otherwise turn `@name` in a title or an
 * owner into a mention and notify that person (or team) of every pull request that shows it.
 */
function noMention(text: string): string {
  return text.replace(/@/g, '@\u2060');
}

/**
 * A finding's message: as `markdownText`, but each stretch it quotes in backticks is a
 * `<code>` element, as the editor shows it. The tags are the only markup; what they hold
 * is escaped like any other text.
 */
export function messageText(message: string): string {
  const pieces = message.split('`');
  if (pieces.length % 2 === 0) return markdownText(message);
  return pieces.map((piece, i) => (i % 2 === 1 ? `<code>${markdownText(piece)}</code>` : markdownText(piece))).join('');
}

/** The same text inside an HTML element (a `<summary>`), where markdown is not read: entities only. */
export function htmlText(text: string): string {
  return noMention(printableLine(text).replace(/[&<>"]/g, (c) => ENTITIES[c] ?? c));
}

const MERMAID_LABEL_LENGTH = 60;

/**
 * A label in a Mermaid gantt: letters, marks, digits, spaces and `. , ( ) / + -` only, at
 * most 60 characters. Mermaid reads `:`, `#`, `;` and `%%` as syntax and draws labels as
 * HTML, and a backtick or a line break could end the code block; none of that is needed to
 * tell initiatives apart.
 */
export function mermaidLabel(text: string): string {
  const kept = text
    .replace(/[^\p{L}\p{M}\p{N} .,()/+-]+/gu, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
  const characters = Array.from(kept);
  if (characters.length <= MERMAID_LABEL_LENGTH) return kept;
  return `${characters
    .slice(0, MERMAID_LABEL_LENGTH - 1)
    .join('')
    .trimEnd()}\u2026`;
}
