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
export function normaliseWords(text: string): string {
  let words = normalised.get(text);
  if (words === undefined) {
    if (normalised.size >= maxNormalised) normalised.clear();
    words = text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (text.length <= maxRememberedLength) normalised.set(text, words);
  }
  return words;
}

/**
 * Texts already normalised. The same titles and holders come back row after row and filing after filing, and each
 * costs a Unicode normalisation and an expression. Only short texts are kept, and the table is cleared past
 * `maxNormalised`, so odd input cannot make it hold much.
 */
const normalised = new Map<string, string>();
const maxNormalised = 4096;
const maxRememberedLength = 200;
