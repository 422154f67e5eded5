import { test } from 'node:test';
import { natureMissing } from '../../../server/src/engine/rules/ownership/nature-missing';
import { priceMissing } from '../../../server/src/engine/rules/price/missing';
import { weightedAverageRange } from '../../../server/src/engine/rules/price/weighted-average-range';
import { zeroTrade } from '../../../server/src/engine/rules/price/zero-trade';
import { holding, transaction } from '../../helpers/form4';
import { assertFires, assertQuiet, formats } from './harness';

const undertaking =
  'The reporting person undertakes to provide full information regarding the number of shares sold at each separate price upon request.';

for (const format of formats) {
  test(`[${format}] ownership/nature-missing: I without natureOfOwnership, on the I`, () => {
    assertFires(natureMissing, { rows: [transaction(), holding({ ownership: '«I»' })] }, format, {
      messages: ['Table I row 2: indirect ownership (I) without natureOfOwnership'],
      data: { missing: 'natureOfOwnership' },
    });
  });

  test(`[${format}] ownership/nature-missing: an empty natureOfOwnership, on it`, () => {
    assertFires(
      natureMissing,
      { rows: [transaction({ table: 'II', ownership: '‹I›', nature: '', markNames: ['natureOfOwnership'] })] },
      format,
    );
  });

  test(`[${format}] ownership/nature-missing: near misses`, () => {
    assertQuiet(natureMissing, { rows: [transaction({ ownership: 'I', nature: 'By Trust' }), transaction({ ownership: 'D' })] }, format);
  });

  test(`[${format}] price/missing: a price cell with neither value nor footnote, on the cell`, () => {
    assertFires(priceMissing, { rows: [transaction({ price: { value: '' }, markNames: ['transactionPricePerShare'] })] }, format, {
      messages: ['Table I row 1: transactionPricePerShare has neither a price nor a footnote'],
    });
    assertFires(
      priceMissing,
      { rows: [transaction({ table: 'II', price: { footnotes: [] }, markNames: ['transactionPricePerShare'] })] },
      format,
    );
  });

  test(`[${format}] price/missing: near misses, a footnote instead of a price, or a price of 0`, () => {
    assertQuiet(
      priceMissing,
      { rows: [transaction({ code: 'G', price: { footnotes: ['F1'] } })], footnotes: { F1: 'Gift; no price.' } },
      format,
    );
    assertQuiet(priceMissing, { rows: [transaction({ code: 'A', acquiredDisposed: 'A', price: '0' })] }, format);
  });

  test(`[${format}] price/zero-trade: a sale at 0, on the price`, () => {
    assertFires(zeroTrade, { rows: [transaction({ code: '‹S›', price: '«0.00»' })] }, format, {
      messages: ['Table I row 1: code S (open-market or private sale) at price 0.00'],
      severity: 'warning',
    });
    assertFires(zeroTrade, { rows: [transaction({ code: '‹P›', acquiredDisposed: 'A', price: '«0»' })] }, format);
  });

  test(`[${format}] price/zero-trade: near misses (a footnoted 0, a grant at 0, a priced sale)`, () => {
    assertQuiet(
      zeroTrade,
      {
        rows: [transaction({ code: 'S', price: { value: '0', footnotes: ['F1'] } })],
        footnotes: { F1: 'Sold to a family member for no consideration.' },
      },
      format,
    );
    assertQuiet(
      zeroTrade,
      { rows: [transaction({ code: 'A', acquiredDisposed: 'A', price: '0' }), transaction({ code: 'S', price: '0.01' })] },
      format,
    );
  });

  test(`[${format}] price/weighted-average-range: no range, on the footnote text`, () => {
    assertFires(
      weightedAverageRange,
      {
        rows: [transaction({ price: { value: '‹10.00›', footnotes: ['F1'] } })],
        footnotes: { F1: `«The price reported is a weighted average price. ${undertaking}»` },
      },
      format,
      { messages: ['Footnote F1 gives a weighted-average price but no price range'], severity: 'information', data: { missing: 'range' } },
    );
  });

  test(`[${format}] price/weighted-average-range: neither range nor undertaking`, () => {
    assertFires(
      weightedAverageRange,
      {
        rows: [transaction({ price: { value: '‹10.00›', footnotes: ['F2'] } })],
        footnotes: { F1: 'Held by a trust.', F2: '«Weighted-average price.»' },
      },
      format,
      { messages: ['neither the price range nor the undertaking'], data: { missing: 'range,undertaking' } },
    );
  });

  test(`[${format}] price/weighted-average-range: a range wider than $1 is a warning`, () => {
    assertFires(
      weightedAverageRange,
      {
        rows: [transaction({ price: { value: '‹10.00›', footnotes: ['F1'] } })],
        footnotes: { F1: `«Weighted average price; prices ranged from $9.40 to $10.60. ${undertaking}»` },
      },
      format,
      { messages: ['range $9.40 to $10.60 spans $1.2, more than the $1'], severity: 'warning', data: { spread: '1.2' } },
    );
  });

  test(`[${format}] price/weighted-average-range: near misses (range and undertaking, even in another footnote; not a price footnote)`, () => {
    assertQuiet(
      weightedAverageRange,
      {
        rows: [transaction({ price: { value: '10.00', footnotes: ['F1'] } })],
        footnotes: {
          F1: `The price reported is a weighted average price. These shares were sold at prices ranging from $9.50 to $10.50, inclusive. ${undertaking}`,
        },
      },
      format,
    );
    assertQuiet(
      weightedAverageRange,
      {
        rows: [
          transaction({ price: { value: '10.00', footnotes: ['F1'] } }),
          transaction({ price: { value: '11.00', footnotes: ['F2'] } }),
        ],
        footnotes: {
          F1: `Weighted average price; range $9.50 - $10.25. ${undertaking}`,
          F2: 'Weighted average price; prices from 10.90 to 11.20. See footnote 1.',
        },
      },
      format,
    );
    assertQuiet(
      weightedAverageRange,
      { rows: [transaction({ shares: { value: '100', footnotes: ['F1'] } })], footnotes: { F1: 'Weighted average of grants.' } },
      format,
    );
  });
}
