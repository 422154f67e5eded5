import { defineRule, form4AndAmendment } from '../rule';
import { describeCode } from '../../docs/codeMeanings';
import { rowLabel, transactionCode, transactionRows } from '../../model/rows';
import { formInstructions, ownershipFormCodes } from '../../docs/sources';

/** Codes for trades at a market or negotiated price. */
const pricedCodes: ReadonlySet<string> = new Set(['P', 'S']);

export const zeroTrade = defineRule({
  id: 'price/zero-trade',
  category: 'price',
  severity: 'warning',
  forms: form4AndAmendment,
  summary: 'A purchase (P) or sale (S) has a price other than 0.',
  explanation: [
    'Codes P and S are open-market or private purchases and sales: trades for a price. A price of 0 on such a row',
    'usually means the price was not filled in, or the wrong code was used (a gift is G, a grant A, a transfer',
    'without consideration often J).',
    '',
    'Enter the price per share (a weighted average with its range footnote for several same-day trades), correct the',
    'code, or explain in a footnote on the price why the trade had no price; a footnote silences this warning.',
  ].join('\n'),
  sources: [formInstructions('Table I column 4 and Table II column 8, price'), ownershipFormCodes],
  check({ doc, report }) {
    for (const row of transactionRows(doc)) {
      const code = transactionCode(row);
      const price = row.pricePerShare;
      const amount = price?.value?.value;
      if (!code || !pricedCodes.has(code) || !price?.value || !amount || !amount.isZero() || price.footnotes.length > 0) continue;
      report({
        span: price.value.span,
        message: `${rowLabel(row)}: code ${describeCode(code)} at price ${price.value.raw.trim()}: enter the trade price, or explain in a footnote.`,
        related: row.coding?.code ? [{ span: row.coding.code.span, message: `Transaction code ${code}` }] : undefined,
      });
    }
  },
});
