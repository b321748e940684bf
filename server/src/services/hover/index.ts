import type { Hover, Position, Range } from 'vscode-languageserver-types';
import { MarkupKind } from 'vscode-languageserver-types';
import { isCompetencyId } from '../../core/model/types';
import { roadmapData } from '../roadmapData';
import { schemaAt } from '../schemaLookup';
import type { PathSegment, ScanResult, ScanToken } from '../scan/scanModel';
import { scanAround } from '../scan/scanWindow';
import type { DocumentContext } from '../documentContext';
import { competencyHover } from './competencyHover';
import { dateHover } from './dateHover';
import { dependencyHover } from './dependencyHover';
import { keyHover } from './keyHover';
import { ruleNotes } from './ruleNotes';
import { enumValueHover } from './enumValueHover';

/**
 * Hover for roadmap files: what a key, competency, status or date means, what a
 * dependency points at, and why the rules reported here exist. Like completion it reads
 * the text itself, so it keeps working while the file has a syntax error.
 */
export function getHover(ctx: DocumentContext, position: Position): Hover | null {
  const lines = ctx.analysis.lines;
  const at = lines.offsetAt(position);
  const scan = scanAround(ctx, at, false);
  const token = tokenAt(scan.tokens, at);
  const parts: string[] = [];
  let range: Range | undefined;
  const about = token && describe(token, ctx, scan);
  if (token && about) {
    parts.push(about);
    range = lines.rangeOf(token.start, token.end);
  }
  const diagnostics = ctx.analysis.diagnostics.filter((d) => contains(d.range, position));
  if (diagnostics.length > 0) {
    parts.push(ruleNotes(diagnostics));
    range ??= diagnostics[0]?.range;
  }
  if (!range) return null;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range };
}

/** The token under the offset; one that ends there counts too, so the end of a word still hovers. */
function tokenAt(tokens: readonly ScanToken[], offset: number): ScanToken | undefined {
  const candidates = tokens.filter((t) => t.role !== 'word' && t.start < t.end && t.start <= offset && offset <= t.end);
  return candidates.find((t) => offset < t.end) ?? candidates[0];
}

function describe(token: ScanToken, ctx: DocumentContext, scan: ScanResult): string | undefined {
  const path = token.frame?.path;
  if (!path) return undefined;
  switch (token.role) {
    case 'key':
      if (path.length === 1 && path[0] === 'competencies' && isCompetencyId(token.text))
        return competencyHover(token.text);
      return keyHover(token.text, path);
    case 'value':
      return valueHover(token.text, [...path, token.key ?? '']);
    case 'item':
      if (path.length === 3 && path[0] === 'initiatives' && path[2] === 'depends_on')
        return dependencyHover(token.text, roadmapData(ctx, scan).initiatives);
      return undefined;
    default:
      return undefined;
  }
}

function valueHover(text: string, path: readonly PathSegment[]): string | undefined {
  const spot = schemaAt(path);
  if (!spot) return undefined;
  if (spot.defName === 'competencyId') return isCompetencyId(text) ? competencyHover(text) : undefined;
  if (spot.defName && spot.resolved.enum) return enumValueHover(spot.defName, text);
  if (spot.defName === 'datePeriod') return dateHover(text, path[path.length - 1] === 'end' ? 'end' : 'start');
  if (spot.defName === 'dayDate') return dateHover(text, undefined);
  return undefined;
}

function contains(range: Range, p: Position): boolean {
  const after = (a: Position, b: Position): boolean =>
    a.line > b.line || (a.line === b.line && a.character >= b.character);
  return after(p, range.start) && after(range.end, p);
}
