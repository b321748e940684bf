import { markdownOf, placePhrase, schemaAt } from '../schemaLookup';
import type { PathSegment } from '../scan/scanModel';

/**
 * A key's meaning, the lesson behind it and an example, from the schema. The mapping it
 * sits in decides which schema property applies (`owner` of the roadmap or of an initiative).
 */
export function keyHover(key: string, mapPath: readonly PathSegment[]): string | undefined {
  const spot = schemaAt([...mapPath, key]);
  if (!spot) return undefined;
  return `**${key}** · ${placePhrase(mapPath)}\n\n${markdownOf(spot)}`;
}
