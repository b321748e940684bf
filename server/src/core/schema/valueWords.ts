/** How values and types are named in messages for people who do not read JSON Schema. */

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return `\`${String(value)}\``;
    case 'object':
      return 'a mapping of keys';
    default:
      return 'an unsupported value';
  }
}

export function describeType(type: unknown): string {
  const types = Array.isArray(type) ? type : [type];
  const words = types.map((t) => {
    switch (t) {
      case 'string':
        return 'text';
      case 'number':
        return 'a number';
      case 'integer':
        return 'a whole number';
      case 'boolean':
        return '`true` or `false`';
      case 'array':
        return 'a list';
      case 'object':
        return 'a mapping of keys';
      default:
        return String(t);
    }
  });
  return joinOr(words);
}

export function joinOr(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

export function joinAnd(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** A short, safe quotation of a user's value for a message. */
export function quote(value: unknown): string {
  let text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  text = text.replace(/\s+/g, ' ');
  if (text.length > 40) text = `${text.slice(0, 37)}...`;
  return `\`${text.replace(/`/g, "'")}\``;
}
