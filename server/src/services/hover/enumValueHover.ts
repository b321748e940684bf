import { canonicalWord } from '../../core/model/types';
import type { Status } from '../../core/model/types';
import { definition } from '../schemaLookup';
import type { SchemaNode } from '../schemaLookup';

/**
 * Stalled work is where a customer leader's influence matters most: Jo Boswell's
 * "overcoming resistance" trait, applied to the two statuses that signal it.
 */
const RESISTANCE: Partial<Record<Status, string>> = {
  'at-risk':
    'Work seldom slips for technical reasons alone. Before pushing harder, find out where the pushback comes from (which team, which incentive, which worry) and shape the response to that cause. Write what you learn in `note`, so the accountability review can help.',
  blocked:
    'A blocked initiative usually waits on a decision or a team beyond its owner\u2019s reach. Name who can clear the way and what they gain or fear from doing so: influence across silos, more than escalation, is how the customer leader moves it. Put it on the agenda of the accountability review.',
};

/** A status, cadence or measure kind: what the value means. */
export function enumValueHover(defName: string, value: string): string | undefined {
  const def: SchemaNode = definition(defName);
  const index = def.enum?.indexOf(value) ?? -1;
  if (index < 0) return undefined;
  const describe = (i: number) => def.markdownEnumDescriptions?.[i] ?? def.enumDescriptions?.[i] ?? '';
  // A variant spelling says what it stands for, then what that word means.
  const word = canonicalWord(value);
  const meaning = word === value ? index : (def.enum?.indexOf(word) ?? -1);
  const parts = [`**${value}** · ${ENUM_NOUNS[defName] ?? defName}`];
  if (meaning !== index) parts.push(describe(index));
  if (meaning >= 0) parts.push(describe(meaning));
  const resistance = defName === 'status' ? RESISTANCE[word as Status] : undefined;
  if (resistance) parts.push(`**Overcoming resistance** (Jo Boswell). ${resistance}`);
  return parts.join('\n\n');
}

const ENUM_NOUNS: Readonly<Record<string, string>> = {
  status: 'status',
  cadence: 'cadence',
  measureKind: 'kind of evidence',
};
