import type { KnownInitiative } from '../roadmapData';

/** The initiative a `depends_on` id names: title, owner, dates and status. */
export function dependencyHover(id: string, initiatives: readonly KnownInitiative[]): string {
  const target = initiatives.find((i) => i.id === id);
  if (!target)
    return `Depends on **\`${id}\`**, but no initiative has this id. A dependency must name the \`id\` of an initiative in this file.`;
  const lines = [`Depends on **\`${id}\`**${target.title !== undefined ? `: ${target.title}` : ''}`, ''];
  lines.push(`- Owner: ${target.owner ?? 'none yet'}`);
  if (target.start !== undefined || target.end !== undefined)
    lines.push(`- Dates: ${target.start ?? '?'} to ${target.end ?? '?'}`);
  lines.push(`- Status: ${target.status ?? 'not set (planned)'}`);
  return lines.join('\n');
}
