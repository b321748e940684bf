import type { ErrorCode } from 'yaml';

/**
 * The `yaml` package's messages name parser internals ("implicit keys", "flow
 * collections"); a CX lead gets these instead. The parser's own wording is kept only
 * for codes not listed here, cut to its first sentence.
 */
const MESSAGES: Partial<Record<ErrorCode, string>> = {
  ALIAS_PROPS: 'An alias (*name) cannot have its own anchor or tag.',
  BAD_ALIAS: 'This alias (*name) is not written correctly.',
  BAD_DIRECTIVE: 'This % directive is not valid YAML.',
  BAD_DQ_ESCAPE: 'This backslash escape is not valid inside double quotes.',
  BAD_INDENT: 'The indentation here does not line up with the lines around it.',
  BAD_PROP_ORDER: 'Anchors (&name) and tags (!tag) must come before the value they belong to.',
  BAD_SCALAR_START: 'A value cannot start with this character; put the value in quotes.',
  BLOCK_AS_IMPLICIT_KEY:
    'YAML reads the start of a new key or list here, where none can start: put text that holds `: ` in quotes, or check the indentation.',
  BLOCK_IN_FLOW: 'A nested block cannot appear inside [ ] or { }; write it inline or drop the brackets.',
  DUPLICATE_KEY: 'This key appears twice in the same mapping.',
  IMPOSSIBLE: 'The YAML parser could not read this part of the file.',
  KEY_OVER_1024_CHARS: 'A key may be at most 1024 characters long.',
  MISSING_CHAR: 'Something is missing here: a colon after a key, or a closing quote or bracket.',
  MULTILINE_IMPLICIT_KEY: 'A key must fit on one line: check for a missing colon or a missing closing quote.',
  MULTIPLE_ANCHORS: 'A value can have only one anchor (&name).',
  MULTIPLE_DOCS: 'A roadmap file holds one YAML document; remove the second one.',
  MULTIPLE_TAGS: 'A value can have only one tag (!tag).',
  NON_STRING_KEY: 'Keys must be plain text.',
  TAB_AS_INDENT: 'Tabs cannot be used for indentation in YAML; use spaces.',
  TAG_RESOLVE_FAILED: 'This tag (!tag) is not one YAML knows.',
  UNEXPECTED_TOKEN: 'This text is out of place here: check the indentation and the colons.',
  BAD_COLLECTION_TYPE: 'This tag does not fit the kind of value it is on.',
};

export function syntaxMessage(code: ErrorCode, parserMessage: string): string {
  const known = MESSAGES[code];
  if (known) return known;
  const first = (parserMessage.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '').trim();
  return first.endsWith('.') ? first : `${first}.`;
}
