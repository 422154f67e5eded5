/**
 * What a Form 5 row says of itself: whether it is a late Form 4 item (`transactionFormType` 4), a Form 5 item on
 * time or late (5, with L), and whether its transaction could wait for Form 5 at all. Shared by the Form 5 rules, so
 * one reading of Rule 16a-3(f) and (g) serves them.
 */
import { compareDates, formatUsDate } from './date';
import { sarbanesOxleyForm4Effective } from './releases';
import { rowExplanations, rowLabel } from './rows';
import { twoDayItem } from './twoDayReporting';
import type { OwnershipDocument, TransactionRow } from './types';

/**
 * Codes whose transactions Rule 16a-3(g)(1) requires on Form 4 since August 2002, beyond the trades and gifts
 * twoDayItem knows: the Rule 16b-3 exemptions (d) grants, (e) dispositions to the issuer and tax withholding, (f)
 * discretionary transactions, and Rule 16b-6(b) exercises and conversions of derivatives.
 */
const form4Codes: Readonly<Record<string, string>> = {
  A: 'a grant or award from the issuer (A, Rule 16b-3(d))',
  D: 'a disposition to the issuer (D, Rule 16b-3(e))',
  F: 'a payment of the exercise price or tax by delivering securities (F, Rule 16b-3(e))',
  I: 'a discretionary transaction (I, Rule 16b-3(f))',
  M: 'an exercise or conversion of a derivative security (M, Rule 16b-6(b))',
  X: 'an exercise of an in-the-money or at-the-money derivative (X)',
  C: 'a conversion of a derivative security (C)',
  O: 'an exercise of an out-of-the-money derivative (O)',
};

/**
 * How a message names a transaction that was due on Form 4 and so never is a Form 5 item on time, or undefined when
 * it may wait for Form 5 (L, W, G before 2023-02-27, J, Z, ...) or its date cannot be told.
 */
export function form4OnlyItem(doc: OwnershipDocument, row: TransactionRow): string | undefined {
  const date = row.transactionDate?.value?.value;
  if (!date || compareDates(date, sarbanesOxleyForm4Effective) < 0) return undefined;
  const trade = twoDayItem(row);
  if (trade) return trade;
  const code = row.coding?.code?.value;
  if (code === 'A' && isPerformanceAward(doc, row)) return undefined;
  return code === undefined ? undefined : form4Codes[code];
}

/**
 * A performance award (its title or its footnotes say "performance"): whether and when its grant was a Form 4 item
 * depends on its terms (a number of shares not yet fixed by the performance conditions), which the document does not
 * fully give, and issuers have reported such grants on Form 5. Not judged, rather than judged wrongly.
 */
function isPerformanceAward(doc: OwnershipDocument, row: TransactionRow): boolean {
  return [row.securityTitle?.value?.value ?? '', ...rowExplanations(doc, row)].some((text) => /\bperformance\b/i.test(text));
}

/** A row marked as reported late: a late Form 4 item (type 4) or a late Form 5 item (type 5 with L). */
export function reportedLate(row: TransactionRow): boolean {
  return row.coding?.formType?.value === '4' || row.timeliness?.value?.value === 'L';
}

/** "Table I row 2 (06/01/2024 G)": the row as the form prints it, by its date and code. */
export function rowHeading(row: TransactionRow): string {
  const date = row.transactionDate?.value?.value;
  const code = row.coding?.code?.value;
  const what = [date ? formatUsDate(date) : undefined, code].filter(Boolean).join(' ');
  return what ? `${rowLabel(row)} (${what})` : rowLabel(row);
}
