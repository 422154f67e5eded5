import type { Span } from './span';

/** A 0-based line and UTF-16 character, as in the Language Server Protocol. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/**
 * Maps offsets to positions and back for one text. Built once per text version (O(n)), then each lookup is a
 * binary search over line starts. Lines end at `\n`, `\r\n` or a lone `\r`, as LSP defines them.
 */
export class LineIndex {
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    this.lineStarts = lineStartsOf(text);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const lineStart = this.lineStarts[position.line];
    const nextLineStart = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1] : this.text.length;
    return Math.max(lineStart, Math.min(lineStart + position.character, nextLineStart));
  }

  rangeOf(s: Span): Range {
    return { start: this.positionAt(s.start), end: this.positionAt(s.end) };
  }

  spanOf(r: Range): Span {
    return { start: this.offsetAt(r.start), end: this.offsetAt(r.end) };
  }
}

/**
 * Offsets where lines start. Searches for the breaks with indexOf rather than testing every character: the editor
 * builds this once per version of the document, and on a 7 MB document the per-character loop took about as long as
 * the rules (npm run bench, engine phases).
 */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  let cr = text.indexOf('\r');
  let lf = text.indexOf('\n');
  while (cr !== -1 || lf !== -1) {
    if (cr !== -1 && (lf === -1 || cr < lf)) {
      // \r\n is one break; a lone \r is one too.
      const next = lf === cr + 1 ? cr + 2 : cr + 1;
      starts.push(next);
      if (lf === cr + 1) lf = text.indexOf('\n', next);
      cr = text.indexOf('\r', next);
    } else {
      starts.push(lf + 1);
      lf = text.indexOf('\n', lf + 1);
    }
  }
  return starts;
}
