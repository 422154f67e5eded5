import type { OwnershipDocument } from './types';
import type { Span } from '../text/span';
import { listPhrase } from './rows';

export interface ExplanatoryText {
  /** "footnote F1" or "the remarks", as it reads mid-sentence. */
  readonly label: string;
  readonly text: string;
  readonly span: Span;
  /** The footnote's id; undefined for the remarks. */
  readonly footnoteId?: string;
}

/** The Explanation of Responses as the form prints it: the footnotes, then the remarks. */
export function explanatoryTexts(doc: OwnershipDocument): ExplanatoryText[] {
  const texts: ExplanatoryText[] = doc.footnotes.map((f) => ({
    label: `footnote ${f.id}`,
    text: f.text,
    span: f.textSpan,
    footnoteId: f.id,
  }));
  if (doc.remarks && doc.remarks.raw.trim() !== '') texts.push({ label: 'the remarks', text: doc.remarks.raw, span: doc.remarks.span });
  return texts;
}

/** "footnote F1", "footnote F1 and the remarks". */
export function listLabels(texts: readonly ExplanatoryText[]): string {
  return listPhrase(texts.map((t) => t.label));
}

/** "a", "a and b", "a, b and c". */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const excerptLength = 120;

/** A footnote or the remarks on one line, cut to a length a related location's message can show. */
export function excerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > excerptLength ? `${oneLine.slice(0, excerptLength - 1)}…` : oneLine;
}
