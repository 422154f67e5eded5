/**
 * How the history names a filing, and which texts of a filing may explain a holding's change between filings: shared
 * by the history rules and the history table (`form4 history`).
 */
import type { RelatedLocation, Severity } from '../findings';
import { formatIsoDate } from '../model/date';
import { capitalized, excerpt, explanatoryTexts } from '../model/explanatoryTexts';
import { footnoteRefsInRow, listPhrase } from '../model/rows';
import type { OwnershipDocument, Row } from '../model/types';
import { Decimal } from '../model/decimal';
import type { Filing } from './model';

/** The file name of a filing's id (a path or a URI): how messages name it. */
export function filingName(filing: Filing): string {
  const last = filing.id.split(/[\\/]/).filter(Boolean).at(-1) ?? filing.id;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** "AAPL_2024-04-02.xml (Form 4, period 2024-04-01, signed 2024-04-03)". */
export function describeFiling(filing: Filing): string {
  const facts = [`Form ${filing.documentType || '?'}`];
  if (filing.period) facts.push(`period ${formatIsoDate(filing.period)}`);
  if (filing.signed) facts.push(`signed ${formatIsoDate(filing.signed)}`);
  return `${filingName(filing)} (${facts.join(', ')})`;
}

/**
 * Words in an explanation that account for a holding changing between filings with no row of this form saying so:
 * a split, a transfer or distribution (Rule 16a-13 exempts a change in the form of ownership, DELL 2026-06-09),
 * an ESPP purchase or dividend reinvestment (exempt acquisitions folded into the balance).
 */
const explainsChange =
  /\b(?:(?:reverse\s+)?(?:stock\s+)?split|stock\s+dividend|transfer(?:red|s)?|distributions?|ESPP|employee\s+stock\s+purchase|dividend\s+reinvest\w*|401\s*\(k\)|reclassif\w*|exempt\s+from\s+reporting|Rule\s+16a-13)\b/i;

export interface Explanation {
  /** 'information' when a footnote or the remarks may explain the difference; undefined otherwise. */
  readonly severity?: Severity;
  readonly note: string;
  readonly related: RelatedLocation[];
}

/**
 * The footnotes that may explain a difference at a row: any footnote on its amount owned (filers explain a balance
 * there), and any footnote of the row or the remarks that speaks of a split, a transfer, an ESPP purchase or a
 * dividend reinvestment.
 */
export function explanation(doc: OwnershipDocument, row: Row): Explanation {
  const onAmount = new Set(
    [...(row.postTransaction?.sharesOwned?.footnotes ?? []), ...(row.postTransaction?.valueOwned?.footnotes ?? [])].map((f) => f.id),
  );
  const inRow = new Set(footnoteRefsInRow(row).map((f) => f.id));
  const texts = explanatoryTexts(doc).filter((t) =>
    t.footnoteId === undefined
      ? explainsChange.test(t.text)
      : onAmount.has(t.footnoteId) || (inRow.has(t.footnoteId) && explainsChange.test(t.text)),
  );
  if (texts.length === 0) return { note: '', related: [] };
  const related = texts.map((t) => ({ span: t.span, message: `${capitalized(t.label)}: ${excerpt(t.text)}` }));
  return { severity: 'information', note: ` ${capitalized(listPhrase(texts.map((t) => t.label)))} may explain the difference.`, related };
}

const splitFactors = new Set([2, 3, 4, 5, 7, 8, 10, 15, 20]);

/** `factor` when `larger` is exactly that whole multiple (of the split factors) of `smaller`. */
function exactFactor(larger: Decimal, smaller: Decimal): number | undefined {
  const ratio = Number(larger.dividedBy(smaller)?.toString());
  if (!splitFactors.has(ratio)) return undefined;
  let total = Decimal.zero;
  for (let i = 0; i < ratio; i++) total = total.plus(smaller);
  return total.equals(larger) ? ratio : undefined;
}

/**
 * " (4 times the previous figure: a 4-for-1 split between the filings?)" when one figure is an exact whole multiple
 * of the other: the data's own sign of a split (or reverse split) that no row reports. Only a hint in the words; a
 * footnote saying so is what makes the finding information.
 */
export function splitHint(before: Decimal, after: Decimal): string {
  if (before.isZero() || after.isZero() || before.isNegative() || after.isNegative()) return '';
  const up = exactFactor(after, before);
  if (up) return ` (${up} times the previous figure: a ${up}-for-1 split between the filings?)`;
  const down = exactFactor(before, after);
  return down ? ` (1/${down} of the previous figure: a 1-for-${down} reverse split between the filings?)` : '';
}
