/**
 * How two rows' words are compared when deciding whether they belong to the same holdings series. Filers type the
 * same security and the same indirect holder a little differently from row to row ("Common Stock" / "common stock",
 * "By Trust" / "by trust."), and the SEC's FAQ asks for a running tally per security held in the same form, not per
 * spelling. So:
 * - letters are compared without case (Unicode case folding via toLowerCase on the NFKC form);
 * - punctuation and symbols count as spaces ("Class A, Common" = "Class A Common"; "$.01" = "01");
 * - runs of whitespace count as one space, and leading/trailing space is ignored.
 * Nothing else is merged: "Common Stock" and "Class A Common Stock" stay different series, as do "By Trust" and
 * "By Spouse". Being strict here can only hide a mismatch, never invent one.
 */
import { BoundedMemo } from './boundedMemo';

export function normaliseWords(text: string): string {
  return text.length > maxRememberedLength ? wordsOf(text) : normalised.get(text, () => wordsOf(text));
}

function wordsOf(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Texts already normalised. The same titles and holders come back row after row and filing after filing, and each
 * costs a Unicode normalisation and an expression. Only short texts are kept, so odd input cannot make it hold much.
 */
const normalised = new BoundedMemo<string, string>(4096);
const maxRememberedLength = 200;
