/**
 * A half-open range of UTF-16 code unit offsets into a document's text: `[start, end)`.
 * The engine works in offsets; adapters turn them into line/character positions with a {@link LineIndex}.
 * UTF-16 offsets are what JavaScript strings index by and what LSP characters count, so no re-encoding is needed.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}
