import { defineRule, transactionForms } from '../rule';
import { transactionRows } from '../../model/rows';
import { cellPlace } from '../../model/place';
import { section16Faq, techSpec } from '../../docs/sources';

export const priceMissing = defineRule({
  id: 'price/missing',
  category: 'price',
  severity: 'error',
  forms: transactionForms,
  summary: 'A transaction price has a value or a footnote.',
  explanation: [
    'Column 4 of Table I and column 8 of Table II give the price per share (or per derivative security) of each',
    'transaction. The schema lets a footnote stand in for the number (type OPT_NUMBER_WITH_FOOTNOTE: a value, or a',
    'footnote reference, or both), because some transactions have no price in dollars; it does not allow a cell with',
    'neither, which EDGAR rejects.',
    '',
    'Give the price, or attach a footnote that explains why there is none (a grant for no consideration, a',
    'non-dollar conversion ratio). A missing price is never read as 0.',
  ].join('\n'),
  sources: [
    techSpec('transactionPricePerShare (OPT_NUMBER_WITH_FOOTNOTE)'),
    section16Faq('Question 2 (non-dollar prices: leave blank and explain in a footnote)'),
  ],
  check({ doc, report }) {
    for (const row of transactionRows(doc)) {
      const price = row.pricePerShare;
      if (!price || price.footnotes.length > 0) continue;
      if (price.value && price.value.raw.trim() !== '') continue; // a value (readable or not: schema/invalid-value)
      report({
        span: price.node.nameSpan,
        message: `${cellPlace(row, 'transactionPricePerShare')}: no price and no footnote: give the price, or a footnote explaining why there is none.`,
      });
    }
  },
});
