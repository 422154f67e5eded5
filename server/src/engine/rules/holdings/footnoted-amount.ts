/**
 * Filers may put into the holdings column acquisitions that are exempt from Form 4 reporting (employee stock
 * purchase plan shares, dividend reinvestment) and say so in a footnote on the amount ("Includes 3,019 shares
 * acquired under the ESPP"). The tally then legitimately differs from the reported rows (real filings: ZIP
 * 2025-03-15, WVE 2025-12-08). A mismatch on an amount that carries a footnote is therefore reported as
 * information, not as an error, and points at the footnote text so the author can judge.
 */
import type { RelatedLocation, Severity } from '../../findings';
import type { FootnoteRef, OwnershipDocument } from '../../model/types';
import { footnotesById } from '../../model/rows';
import { excerpt } from '../../model/explanatoryTexts';
import type { AmountOwned } from '../../model/series';

export interface FootnotedAmount {
  /** 'information' when the amount carries a footnote, else undefined (the rule's own severity). */
  readonly severity?: Severity;
  /** Appended to the message when a footnote may explain the difference. */
  readonly note: string;
  readonly related: RelatedLocation[];
}

export function footnotedAmount(doc: OwnershipDocument, owned: AmountOwned): FootnotedAmount {
  return footnoteExplanation(doc, owned.footnotes, (ids) => ` Footnote ${ids} on the amount may explain the difference.`);
}

/** Information, pointing at the footnotes' texts, when `refs` holds any; else the rule's own severity. */
export function footnoteExplanation(doc: OwnershipDocument, refs: readonly FootnoteRef[], note: (ids: string) => string): FootnotedAmount {
  const ids = refs.map((f) => f.id).filter((id) => id !== '');
  if (!ids.length) return { note: '', related: [] };
  const definitions = footnotesById(doc);
  const related = ids.flatMap((id) => {
    const footnote = definitions.get(id);
    return footnote ? [{ span: footnote.textSpan, message: `Footnote ${id}: ${excerpt(footnote.text)}` }] : [];
  });
  return { severity: 'information', note: note(ids.join(', ')), related };
}
