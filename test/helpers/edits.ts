/**
 * Applies engine text edits to a text, as an editor applies a WorkspaceEdit: all edits refer to the original text,
 * so they are applied from the last to the first. Overlapping edits are a bug in the producer and fail loudly.
 */
import type { TextEdit } from '../../server/src/engine/language/types';

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].span.end > sorted[i - 1].span.start)
      throw new Error(`overlapping edits at ${sorted[i].span.start} and ${sorted[i - 1].span.start}`);
  }
  let result = text;
  for (const edit of sorted) {
    if (edit.span.start < 0 || edit.span.end > result.length || edit.span.start > edit.span.end)
      throw new Error(`edit span ${edit.span.start}-${edit.span.end} outside the text`);
    result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
  }
  return result;
}
