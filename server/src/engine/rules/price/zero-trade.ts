import { defineRule, transactionForms } from '../rule';
import { cellPlace } from '../../model/place';
import { describeCode } from '../../docs/codeMeanings';
import { explainsNoPrice } from '../../model/priceRanges';
import { footnoteRefsInRow, footnotesById, transactionCode, transactionRows } from '../../model/rows';
import { formInstructions, ownershipFormCodes } from '../../docs/sources';
import type { RelatedLocation } from '../../findings';

/** Codes for trades at a market or negotiated price. */
const pricedCodes: ReadonlySet<string> = new Set(['P', 'S']);

export const zeroTrade = defineRule({
  id: 'price/zero-trade',
  category: 'price',
  severity: 'warning',
  forms: transactionForms,
  summary: 'A purchase (P) or sale (S) has a price other than 0, unless a footnote says why it had none.',
  explanation: [
    'Codes P and S are open-market or private purchases and sales: trades for a price. A price of 0 on such a row',
    'usually means the price was not filled in, or the wrong code was used (a gift is G, a grant A, a transfer',
    'without consideration often J).',
    '',
    'A footnote on the price is not enough by itself: a footnote of the row (on the price, the code or the amount)',
    'must say why the trade had no price (a gift, no consideration, a transfer for no value, a pro rata or in-kind',
    'distribution, an inheritance). A footnote that says something else (a weighted average, a plan) leaves the warning. Enter the price per share (a weighted',
    'average with its range footnote for several same-day trades), correct the code, or explain in the footnote on',
    'the price why the trade had no price.',
  ].join('\n'),
  sources: [formInstructions('Table I column 4 and Table II column 8, price'), ownershipFormCodes],
  check({ doc, report }) {
    const definitions = footnotesById(doc);
    for (const row of transactionRows(doc)) {
      const code = transactionCode(row);
      const price = row.pricePerShare;
      const amount = price?.value?.value;
      if (!code || !pricedCodes.has(code) || !price?.value || !amount || !amount.isZero()) continue;
      // The reason is often footnoted on the code or the amount rather than the price: any footnote of the row counts.
      if (footnoteRefsInRow(row).some((ref) => explainsNoPrice(definitions.get(ref.id)?.text ?? ''))) continue;
      const footnotes = price.footnotes.flatMap((ref) => definitions.get(ref.id) ?? []);
      const related: RelatedLocation[] = [
        ...(row.coding?.code ? [{ span: row.coding.code.span, message: `Transaction code ${code}` }] : []),
        ...footnotes.map((f) => ({ span: f.textSpan, message: `Footnote ${f.id} on the price` })),
      ];
      const cited =
        footnotes.length === 0 ? '' : ` Footnote ${footnotes.map((f) => f.id).join(', ')} on the price does not say why there was none.`;
      report({
        span: price.value.span,
        message:
          `${cellPlace(row, 'transactionPricePerShare')}: code ${describeCode(code)} at price ${price.value.raw.trim()}.${cited} Enter the trade price, correct the ` +
          'code (a gift is G, a transfer for no consideration J), or say in a footnote on the price why the trade had no price.',
        related: related.length > 0 ? related : undefined,
      });
    }
  },
});
