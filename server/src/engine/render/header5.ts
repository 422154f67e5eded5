/**
 * The top of Form 5 (5_X09.xsl): the Section 16 box, the "Form 3 Holdings Reported" and "Form 4 Transactions
 * Reported" boxes and the Rule 10b5-1 box, then boxes 1-6 as on Form 4 but with the issuer's fiscal year end in box 3.
 *
 * EDGAR checks the two "reported" boxes when a row says it belongs on that form (a holding coded `3`, a transaction
 * coded `4`); the filing states them too (`form3HoldingsReported`, `form4TransactionsReported`), and where it does,
 * the box shows what it states, so a click reaches it and a finding on it marks it.
 */
import type { OwnershipDocument } from '../model/types';
import { changesBoxes, checkLines, rule10b5OneLine, section16Line, statedOrDerivedLine, titleBlock } from './header';
import type { RenderContext } from './source';

function form3HoldingsInRows(doc: OwnershipDocument): boolean {
  return doc.rows.some((row) => row.kind === 'holding' && row.coding?.formType?.value === '3');
}

function form4TransactionsInRows(doc: OwnershipDocument): boolean {
  return doc.rows.some((row) => row.kind === 'transaction' && row.coding?.formType?.value?.trim() === '4');
}

export function renderForm5Header(ctx: RenderContext, doc: OwnershipDocument): string {
  const reported = [
    statedOrDerivedLine(ctx, doc.form3HoldingsReported, form3HoldingsInRows(doc), 'Form 3 Holdings Reported'),
    statedOrDerivedLine(ctx, doc.form4TransactionsReported, form4TransactionsInRows(doc), 'Form 4 Transactions Reported'),
  ];
  return (
    titleBlock(ctx, doc) +
    checkLines([section16Line(ctx, doc), ...reported, rule10b5OneLine(ctx, doc)]) +
    changesBoxes(
      ctx,
      doc,
      "Statement for Issuer's Fiscal Year Ended (Month/Day/Year)",
      'Individual or Joint/Group Reporting (Check Applicable Line)',
    )
  );
}
