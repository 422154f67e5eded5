import assert from 'node:assert/strict';
import { test } from 'node:test';
import { natureMissing } from '../../../server/src/engine/rules/ownership/nature-missing';
import { priceMissing } from '../../../server/src/engine/rules/price/missing';
import { outsideWeightedAverageRange } from '../../../server/src/engine/rules/price/outside-weighted-average-range';
import { weightedAverageRange } from '../../../server/src/engine/rules/price/weighted-average-range';
import { zeroTrade } from '../../../server/src/engine/rules/price/zero-trade';
import { holding, transaction } from '../../helpers/form4';
import { assertFires, assertQuiet, formats } from './harness';

const undertaking =
  'The reporting person undertakes to provide full information regarding the number of shares sold at each separate price upon request.';

for (const format of formats) {
  test(`[${format}] ownership/nature-missing: I without natureOfOwnership, on the I`, () => {
    assertFires(natureMissing, { rows: [transaction(), holding({ ownership: '«I»' })] }, format, {
      messages: [
        'Table I row 2 (holding, Common Stock), column 7: indirect ownership (I) without a nature of ownership: say how the securities are held (e.g. "By Trust").',
      ],
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
      messages: [
        'Table I row 1 (03/12/2024 S 100), column 4: no price and no footnote: give the price, or a footnote explaining why there is none.',
      ],
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
      messages: ['Table I row 1 (03/12/2024 S 100), column 4: code S (open-market or private sale) at price 0.00'],
      severity: 'warning',
    });
    assertFires(zeroTrade, { rows: [transaction({ code: '‹P›', acquiredDisposed: 'A', price: '«0»' })] }, format);
  });

  test(`[${format}] price/zero-trade: a footnote on the 0 that does not say why there was no price still fires`, () => {
    assertFires(
      zeroTrade,
      {
        rows: [transaction({ code: '‹S›', price: { value: '«0»', footnotes: ['F1'] } })],
        footnotes: { F1: '‹Sold under a Rule 10b5-1 trading plan adopted on January 5, 2024.›' },
      },
      format,
      {
        messages: [
          'Table I row 1 (03/12/2024 S 100), column 4: code S (open-market or private sale) at price 0. Footnote F1 on the price does not say why there was none.',
        ],
      },
    );
    assertFires(
      zeroTrade,
      {
        rows: [transaction({ code: '‹P›', acquiredDisposed: 'A', price: { value: '«0.00»', footnotes: ['F1'] } })],
        footnotes: { F1: '‹The price reported is a weighted average price.›' },
      },
      format,
    );
  });

  test(`[${format}] price/zero-trade: near misses (a footnote that says why, a grant at 0, a priced sale)`, () => {
    for (const reason of [
      'Sold to a family member for no consideration.',
      'Bona fide gift to a charitable trust.',
      'Transfer for no value to a trust for the benefit of the reporting person.',
      'In-kind pro rata distribution from the fund to its partners, without consideration.',
    ]) {
      assertQuiet(
        zeroTrade,
        { rows: [transaction({ code: 'S', price: { value: '0', footnotes: ['F1'] } })], footnotes: { F1: reason } },
        format,
      );
    }
    assertQuiet(
      zeroTrade,
      {
        rows: [transaction({ code: 'S', codingFootnotes: ['F1'], price: { value: '0', footnotes: ['F2'] } })],
        footnotes: { F1: 'Distribution in kind by the fund to its limited partners.', F2: 'See footnote 1.' },
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
      {
        messages: ['Footnote F1, on the price of Table I row 1, gives a weighted-average price but no price range'],
        severity: 'warning',
        data: { missing: 'range' },
      },
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
      { messages: ['neither the price range nor the undertaking'], severity: 'warning', data: { missing: 'range,undertaking' } },
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
      { messages: ['range $9.40 to $10.60 (Table I row 1) spans $1.20, more than the $1'], severity: 'warning', data: { spread: '1.2' } },
    );
  });

  test(`[${format}] price/weighted-average-range: a footnote with one range per day is read range by range`, () => {
    assertFires(
      weightedAverageRange,
      {
        rows: [
          transaction({ date: '2024-03-11', price: { value: '‹10.00›', footnotes: ['F1'] } }),
          transaction({ date: '2024-03-12', price: { value: '11.00', footnotes: ['F1'] } }),
        ],
        footnotes: {
          F1: `«The prices reported are weighted average prices. The shares were sold at prices ranging from (1) $9.40 to $10.60 on March 11, 2024 and (2) $10.90 to $11.20 on March 12, 2024. ${undertaking}»`,
        },
      },
      format,
      { messages: ['range $9.40 to $10.60 on March 11, 2024 (Table I row 1) spans $1.20'], data: { spread: '1.2' } },
    );
  });

  test(`[${format}] price/weighted-average-range: no undertaking, on the footnote, with the rows citing it`, () => {
    assertFires(
      weightedAverageRange,
      {
        rows: [transaction({ price: { value: '‹43.47›', footnotes: ['F1'] } })],
        footnotes: {
          F1: '«The price reported is a weighted average price. These shares were sold at prices ranging from $43.39 to $43.57 inclusive.»',
        },
      },
      format,
      {
        messages: [
          'Footnote F1, on the price of Table I row 1, gives a weighted-average price but no undertaking to provide the details on request',
        ],
        data: { missing: 'undertaking' },
      },
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

  test(`[${format}] price/weighted-average-range: near misses in the words real filings use`, () => {
    // The highest price first, the undertaking in the remarks.
    assertQuiet(
      weightedAverageRange,
      {
        rows: [transaction({ price: { value: '261.9528', footnotes: ['F1'] } })],
        footnotes: {
          F1: 'Represents the weighted average sale price. The highest price at which shares were sold was $262.46 and the lowest price at which shares were sold was $261.47.',
        },
        remarks:
          'The reporting person undertakes to provide, upon request by the staff of the SEC, the issuer, or a security holder of the issuer, full information regarding the number of shares transacted at each price.',
      },
      format,
    );
    // "will provide upon request" for the undertaking; one range per day, each within $1.
    assertQuiet(
      weightedAverageRange,
      {
        rows: [
          transaction({ date: '2024-03-11', price: { value: '65.78', footnotes: ['F1'] } }),
          transaction({ date: '2024-03-12', price: { value: '64.54', footnotes: ['F1'] } }),
        ],
        footnotes: {
          F1: 'Weighted average purchase prices, in multiple transactions each day at prices ranging from (1) $65.34 to $66.04 on March 11, 2024 and (2) $64.05 to $64.92 on March 12, 2024. The Reporting Person will provide, upon request by the staff of the Securities and Exchange Commission, the Issuer, or a security holder of the Issuer, full information regarding the number of shares purchased at each separate price.',
        },
      },
      format,
    );
  });

  test(`[${format}] price/outside-weighted-average-range: the total typed as the price, on the price, with the fix`, () => {
    assertFires(
      outsideWeightedAverageRange,
      {
        rows: [transaction({ shares: '400', price: { value: '«1039330»', footnotes: ['F1'] } })],
        footnotes: {
          F1: `‹Weighted average price. The shares were sold at prices ranging from $2,598.02 to $2,599.02, inclusive. ${undertaking}›`,
        },
      },
      format,
      {
        messages: [
          'Table I row 1 (03/12/2024 S 400), column 4: price $1,039,330.00 is above the range $2,598.02 to $2,599.02 that footnote F1 gives for its weighted average, which lies between the lowest and the highest price traded. 1039330 divided by the 400 shares is $2,598.325, inside the range',
        ],
        severity: 'error',
        data: { expected: '2598.325' },
      },
    );
  });

  test(`[${format}] price/outside-weighted-average-range: a price outside its own day's range, no fix`, () => {
    const [finding] = assertFires(
      outsideWeightedAverageRange,
      {
        rows: [
          transaction({ date: '2024-03-11', price: { value: '10.50', footnotes: ['F1'] } }),
          transaction({ date: '2024-03-12', shares: '100', price: { value: '«10.50»', footnotes: ['F1'] } }),
        ],
        footnotes: {
          F1: `‹Weighted average prices; the shares were sold at prices from $10.20 to $10.90 on March 11, 2024 and from $11.00 to $11.60 on March 12, 2024. ${undertaking}›`,
        },
      },
      format,
      {
        messages: [
          'Table I row 2 (03/12/2024 S 100), column 4: price $10.50 is below the range $11.00 to $11.60 (March 12, 2024) that footnote F1 gives',
        ],
      },
    );
    assert.equal(finding.data, undefined);
  });

  test(`[${format}] price/outside-weighted-average-range: near misses (inside, rounded to the cent, at a bound, another day's range, no bounds, exercise prices, a 0)`, () => {
    const footnote = `Weighted average price; prices ranged from $10.004 to $10.60. ${undertaking}`;
    assertQuiet(
      outsideWeightedAverageRange,
      {
        rows: [
          transaction({ price: { value: '10.25', footnotes: ['F1'] } }),
          transaction({ price: { value: '10.00', footnotes: ['F1'] } }),
          transaction({ price: { value: '10.60', footnotes: ['F1'] } }),
        ],
        footnotes: { F1: footnote },
      },
      format,
    );
    assertQuiet(
      outsideWeightedAverageRange,
      {
        rows: [
          transaction({ date: '2024-03-11', price: { value: '10.50', footnotes: ['F1'] } }),
          transaction({ date: '2024-03-12', price: { value: '11.30', footnotes: ['F1'] } }),
        ],
        footnotes: {
          F1: `Weighted average prices; from $10.20 to $10.90 on March 11, 2024 and from $11.00 to $11.60 on March 12, 2024. ${undertaking}`,
        },
      },
      format,
    );
    assertQuiet(
      outsideWeightedAverageRange,
      {
        rows: [
          transaction({ price: { value: '99.00', footnotes: ['F1'] } }),
          transaction({ price: { value: '99.00', footnotes: ['F2'] } }),
        ],
        footnotes: {
          F1: `The price reported is a weighted average price. ${undertaking}`,
          F2: 'Sold at prices ranging from $10.00 to $10.50.',
        },
      },
      format,
    );
    assertQuiet(
      outsideWeightedAverageRange,
      {
        rows: [
          transaction({ table: 'II', price: { value: '2.50', footnotes: ['F1'] } }),
          transaction({ code: 'G', price: { value: '0', footnotes: ['F2'] } }),
        ],
        footnotes: {
          F1: 'The options have a weighted average exercise price of $5.00; exercise prices range from $3.00 to $7.00.',
          F2: 'Weighted average price of the shares given, $10.00 to $10.50.',
        },
      },
      format,
    );
  });
}
