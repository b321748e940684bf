/**
 * Text from the roadmap cut to what the preview's messages carry: a longer text ends in an
 * ellipsis at `max` characters, never split inside a character.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}\u2026`;
}
