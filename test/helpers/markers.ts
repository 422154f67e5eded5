/**
 * Marked-up test input: `«` and `»` bracket the spans a test expects a finding (or hover, or edit) at.
 * `marked('<a>«x»</a>')` gives the text without the markers and the spans in that text.
 */
import type { Span } from '../../server/src/engine/text/span';

export interface Marked {
  readonly text: string;
  readonly spans: readonly Span[];
  /** The text of each marked span, for readable assertions. */
  readonly slices: readonly string[];
}

export function marked(source: string): Marked {
  let text = '';
  const spans: Span[] = [];
  const open: number[] = [];
  for (const ch of source) {
    if (ch === '«') open.push(text.length);
    else if (ch === '»') {
      const start = open.pop();
      if (start === undefined) throw new Error('unbalanced » in marked test input');
      spans.push({ start, end: text.length });
    } else text += ch;
  }
  if (open.length) throw new Error('unbalanced « in marked test input');
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  return { text, spans, slices: spans.map((s) => text.slice(s.start, s.end)) };
}

/** The source text a span covers, for assertion messages. */
export function sliceOf(text: string, s: Span): string {
  return text.slice(s.start, s.end);
}
