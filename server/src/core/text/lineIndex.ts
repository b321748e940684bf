import type { Position, Range } from '../diagnostic';
import { lineEndBefore, lineStarts } from './lineEnds';

/**
 * Maps offsets to LSP positions the way VS Code counts lines (lineEnds.ts). The `yaml`
 * package does not treat a lone `\r` as a line break, so its own line/column numbers are
 * never used for positions.
 */
export class LineIndex {
  /** Never empty (line 0 starts at 0); the `!` below index it only after clamping or a bounds check. */
  private readonly starts: number[];

  constructor(readonly text: string) {
    this.starts = lineStarts(text);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))]!;
  }

  /** The offset just past the line's last character, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    return lineEndBefore(this.text, this.starts[line]!, this.starts[line + 1]!);
  }

  lineOf(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(clamped);
    // An offset between `\r` and `\n` belongs to the end of the line, not past the break.
    const character = Math.min(clamped, this.lineEnd(line)) - this.starts[line]!;
    return { line, character };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line]!;
    return Math.max(start, Math.min(start + position.character, this.lineEnd(position.line)));
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(Math.max(start, end)) };
  }
}
