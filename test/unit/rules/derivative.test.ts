import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exercisableAfterExpiration } from '../../../server/src/engine/rules/derivative/exercisable-after-expiration';
import { exerciseAfterExpiration } from '../../../server/src/engine/rules/derivative/exercise-after-expiration';
import { exerciseBeforeExercisable } from '../../../server/src/engine/rules/derivative/exercise-before-exercisable';
import { exercisePrice } from '../../../server/src/engine/rules/derivative/exercise-price';
import { underlyingShares } from '../../../server/src/engine/rules/derivative/underlying-shares';
import { underlyingTitle } from '../../../server/src/engine/rules/derivative/underlying-title';
import { unpairedExercise } from '../../../server/src/engine/rules/derivative/unpaired-exercise';
import { wrongTable } from '../../../server/src/engine/rules/derivative/wrong-table';
import { holding, transaction, type TransactionSpec } from '../../helpers/form4';
import { assertFires, assertQuiet, formats } from './harness';

/** Table II: an option exercise (M) giving up `shares` options for as many underlying shares. */
const exercise = (shares: string, extra: TransactionSpec = {}) =>
  transaction({ table: 'II', code: 'M', acquiredDisposed: 'D', shares, underlyingShares: shares, ...extra });
/** Table II: a conversion (C) of `shares` Class B shares into as many Class A shares, at no price. */
const classBConversion = (shares: string, extra: TransactionSpec = {}) =>
  exercise(shares, { title: 'Class B Common Stock', code: 'C', exercisePrice: '0', underlyingTitle: 'Class A Common Stock', ...extra });
/** Table I: the shares received on an exercise. */
const received = (shares: string, extra: TransactionSpec = {}) =>
  transaction({ code: 'M', acquiredDisposed: 'A', shares, price: '5.00', owned: '1000', ...extra });

for (const format of formats) {
  // ---- derivative/exercisable-after-expiration ------------------------------------------------------------------

  test(`[${format}] derivative/exercisable-after-expiration: on a transaction and on a holding`, () => {
    assertFires(
      exercisableAfterExpiration,
      {
        rows: [
          transaction({ table: 'II', code: 'A', acquiredDisposed: 'A', exerciseDate: '«2031-01-01»', expirationDate: '‹2030-01-01›' }),
          holding({ table: 'II', exerciseDate: '«2030-06-30»', expirationDate: '‹2030-06-29›' }),
        ],
      },
      format,
      {
        messages: [
          'Table II row 1 (03/12/2024 A 100), column 6: exercisable from 2031-01-01, after the expiration date 2030-01-01.',
          'Table II row 2 (holding, Stock Option (right to buy)), column 6: exercisable from 2030-06-30',
        ],
        severity: 'error',
      },
    );
  });

  test(`[${format}] derivative/exercisable-after-expiration: near misses: same day; footnote-only dates`, () => {
    assertQuiet(
      exercisableAfterExpiration,
      {
        rows: [
          holding({ table: 'II', exerciseDate: '2030-01-01', expirationDate: '2030-01-01' }),
          holding({ table: 'II', exerciseDate: { footnotes: ['F1'] }, expirationDate: '2020-01-01' }),
          holding({ table: 'II', exerciseDate: '2031-01-01', expirationDate: { footnotes: ['F1'] } }),
        ],
        footnotes: { F1: 'Vests in four equal annual instalments; no expiration.' },
      },
      format,
    );
  });

  // ---- derivative/exercise-after-expiration ---------------------------------------------------------------------

  test(`[${format}] derivative/exercise-after-expiration: an exercise the day after the option expired`, () => {
    assertFires(exerciseAfterExpiration, { rows: [exercise('100', { date: '«2024-03-12»', expirationDate: '‹2024-03-11›' })] }, format, {
      messages: ['Table II row 1 (03/12/2024 M 100), column 3: exercise (M) on 2024-03-12, after the expiration date 2024-03-11.'],
      severity: 'warning',
    });
  });

  test(`[${format}] derivative/exercise-after-expiration: near misses: on the expiration day; an expiration (E); a Table I row`, () => {
    assertQuiet(exerciseAfterExpiration, { rows: [exercise('100', { expirationDate: '2024-03-12' })] }, format);
    assertQuiet(exerciseAfterExpiration, { rows: [exercise('100', { code: 'E', expirationDate: '2024-03-11' })] }, format);
    assertQuiet(exerciseAfterExpiration, { rows: [transaction({ code: 'M', expirationDate: '2024-03-11' })] }, format);
  });

  // ---- derivative/unpaired-exercise -----------------------------------------------------------------------------

  test(`[${format}] derivative/unpaired-exercise: an exercise with no Table I row`, () => {
    assertFires(unpairedExercise, { rows: [transaction(), exercise('100', { code: '«M»' })] }, format, {
      messages: [
        'Table II row 1 (03/12/2024 M 100), column 4: exercise (M) on 2024-03-12 of 100 underlying shares has no Table I row with code M, the same date and 100 shares.',
      ],
      severity: 'warning',
    });
  });

  test(`[${format}] derivative/unpaired-exercise: a Table I row of the same code and date but another share count`, () => {
    assertFires(unpairedExercise, { rows: [received('‹60›'), exercise('100', { code: '«M»' })] }, format, {
      messages: ['exercise (M) on 2024-03-12 of 100 underlying shares has no Table I row'],
    });
  });

  test(`[${format}] derivative/unpaired-exercise: a share count that differs is paired when a footnote explains it`, () => {
    const footnotes = {
      F1: 'The 14,273.9165 shares reported include 48.4720 dividends deferred on 04/02/14 and an adjustment due to fractional rounding.',
      F2: 'Dividend equivalent rights accrue on these units when dividends are paid on the common stock.',
      F3: 'Held in a brokerage account.',
    };
    // HPQ 2014-04-22: the Table I row's footnote (here on its price) gives the dividends and the rounding.
    assertQuiet(
      unpairedExercise,
      { rows: [received('14273.9165', { price: { value: '0', footnotes: ['F1'] } }), exercise('14225.8819')], footnotes },
      format,
    );
    // The footnote on the Table II row (dividend equivalents credited to the units) explains it as well.
    assertQuiet(
      unpairedExercise,
      { rows: [received('104'), exercise('100', { shares: { value: '100', footnotes: ['F2'] } })], footnotes },
      format,
    );
    // Near misses: a footnote that explains nothing, or one on a row of another code.
    assertFires(
      unpairedExercise,
      { rows: [received('‹104›', { owned: { value: '1000', footnotes: ['F3'] } }), exercise('100', { code: '«M»' })], footnotes },
      format,
      {
        messages: [
          'Table II row 1 (03/12/2024 M 100), column 4: exercise (M) on 2024-03-12 of 100 underlying shares has no Table I row with code M',
        ],
      },
    );
    assertFires(
      unpairedExercise,
      {
        rows: [received('‹104›'), transaction({ codingFootnotes: ['F1'] }), exercise('100', { code: '«M»' })],
        footnotes: { F1: footnotes.F1 },
      },
      format,
      { messages: ['Table II row 1 (03/12/2024 M 100), column 4: exercise (M)'] },
    );
  });

  test(`[${format}] derivative/unpaired-exercise: a 4/A restating only Table II rows needs no Table I pair`, () => {
    const amendment = { documentType: '4/A', dateOfOriginalSubmission: '2024-03-13' };
    assertQuiet(unpairedExercise, { ...amendment, rows: [exercise('100')] }, format);
    // Near misses: an original Form 4 with only the Table II row, and a 4/A that restates Table I rows too.
    assertFires(unpairedExercise, { rows: [exercise('100', { code: '«M»' })] }, format, {
      messages: ['Table II row 1 (03/12/2024 M 100), column 4: exercise (M)'],
    });
    assertFires(unpairedExercise, { ...amendment, rows: [transaction(), exercise('100', { code: '«M»' })] }, format, {
      messages: ['Table II row 1 (03/12/2024 M 100), column 4: exercise (M)'],
    });
  });

  test(`[${format}] derivative/unpaired-exercise: a conversion (C) received on another day`, () => {
    assertFires(
      unpairedExercise,
      {
        rows: [
          received('2000', { code: 'C', date: '2024-03-11' }),
          transaction({ table: 'II', title: 'Series A Preferred', code: '«C»', shares: '1000', underlyingShares: '2000' }),
        ],
      },
      format,
      { messages: ['conversion (C) on 2024-03-12 of 2,000 underlying shares'] },
    );
  });

  test(`[${format}] derivative/unpaired-exercise: near misses: paired; totals that agree; either amount accepted`, () => {
    assertQuiet(unpairedExercise, { rows: [received('100'), transaction(), exercise('100')] }, format);
    // Two option series exercised the same day, received on one Table I row.
    assertQuiet(unpairedExercise, { rows: [received('300'), exercise('100'), exercise('200', { exercisePrice: '7.00' })] }, format);
    // One exercise received partly directly, partly in trust.
    assertQuiet(
      unpairedExercise,
      { rows: [received('60'), received('40', { ownership: 'I', nature: 'By Trust' }), exercise('100')] },
      format,
    );
    // The underlying amount is footnote-only: the number of options is compared instead.
    assertQuiet(
      unpairedExercise,
      { rows: [received('100'), exercise('100', { underlyingShares: { footnotes: ['F1'] } })], footnotes: { F1: 'One share per unit.' } },
      format,
    );
    // Column 7 left at 0 by the filer: the number of derivative securities still pairs it.
    assertQuiet(unpairedExercise, { rows: [received('100'), exercise('100', { underlyingShares: '0' })] }, format);
    // A grant (A) is not an exercise.
    assertQuiet(unpairedExercise, { rows: [transaction({ table: 'II', code: 'A', acquiredDisposed: 'A' })] }, format);
  });

  // ---- derivative/exercise-price --------------------------------------------------------------------------------

  test(`[${format}] derivative/exercise-price: shares received at another price than the exercise price`, () => {
    assertFires(exercisePrice, { rows: [received('100', { price: '«12.00»' }), exercise('100', { exercisePrice: '‹5.00›' })] }, format, {
      messages: [
        'Table I row 1 (03/12/2024 M 100), column 4: shares received on the exercise (M) of Table II row 1 are priced at $12.00, but the exercise price is $5.00.',
      ],
      severity: 'warning',
      data: { expected: '5' },
    });
  });

  test(`[${format}] derivative/exercise-price: two series exercised on one day, one Table I row each, prices swapped`, () => {
    assertFires(
      exercisePrice,
      {
        rows: [
          received('100', { price: '5.00' }),
          received('100', { price: '«5.00»' }),
          exercise('100'),
          exercise('100', { exercisePrice: '‹7.00›' }),
        ],
      },
      format,
      {
        messages: [
          'Table I row 2 (03/12/2024 M 100), column 4: shares received on the exercise (M) of Table II row 2 are priced at $5.00, but the exercise price is $7.00.',
        ],
        data: { expected: '7' },
      },
    );
  });

  test(`[${format}] derivative/exercise-price: a conversion at a price, not at its conversion price`, () => {
    assertFires(
      exercisePrice,
      {
        rows: [
          received('200', { code: 'C', price: '«3.00»' }),
          exercise('100', { title: 'Series A Convertible Preferred Stock', code: 'C', exercisePrice: '‹2.50›', underlyingShares: '200' }),
        ],
      },
      format,
      { messages: ['priced at $3.00, but the conversion price is $2.50.'] },
    );
  });

  test(`[${format}] derivative/exercise-price: near misses: explained, unit, cashless and several-series prices`, () => {
    // The same price, written with other digits.
    assertQuiet(exercisePrice, { rows: [received('100', { price: '5.000' }), exercise('100', { exercisePrice: '5' })] }, format);
    // Two series at their own prices on one day (TSLA 2023-03-08).
    assertQuiet(
      exercisePrice,
      { rows: [received('100', { price: '7.00' }), received('100'), exercise('100'), exercise('100', { exercisePrice: '7.00' })] },
      format,
    );
    // A footnote on either price explains it.
    const footnotes = { F1: 'Adjusted for the 2-for-1 stock split.' };
    assertQuiet(
      exercisePrice,
      { rows: [received('100', { price: { value: '2.50', footnotes: ['F1'] } }), exercise('100')], footnotes },
      format,
    );
    assertQuiet(
      exercisePrice,
      { rows: [received('100', { price: '2.50' }), exercise('100', { exercisePrice: { value: '5.00', footnotes: ['F1'] } })], footnotes },
      format,
    );
    // Restricted stock units (conversion price 0), received at the market value.
    assertQuiet(
      exercisePrice,
      { rows: [received('100', { price: '41.20' }), exercise('100', { title: 'Restricted Stock Units', exercisePrice: '0' })] },
      format,
    );
    // A conversion received at no price.
    assertQuiet(
      exercisePrice,
      {
        rows: [received('200', { code: 'C', price: '0' }), exercise('100', { code: 'C', exercisePrice: '2.50', underlyingShares: '200' })],
      },
      format,
    );
    // A cashless exercise reported at the price of the same day's sale.
    assertQuiet(exercisePrice, { rows: [received('100', { price: '25.00' }), transaction({ price: '25.00' }), exercise('100')] }, format);
    // Stock appreciation rights: the shares are not bought at the base price.
    assertQuiet(
      exercisePrice,
      { rows: [received('100', { price: '41.20' }), exercise('100', { title: 'Stock Appreciation Rights' })] },
      format,
    );
    // Two series received on one Table I row: no single exercise price to compare.
    assertQuiet(
      exercisePrice,
      { rows: [received('300', { price: '6.33' }), exercise('100'), exercise('200', { exercisePrice: '7.00' })] },
      format,
    );
    // An unpaired exercise (another share count) is derivative/unpaired-exercise's.
    assertQuiet(exercisePrice, { rows: [received('60', { price: '12.00' }), exercise('100')] }, format);
  });

  // ---- derivative/underlying-shares -----------------------------------------------------------------------------

  test(`[${format}] derivative/underlying-shares: units exercised for 0 underlying shares, Table I receiving the units' number`, () => {
    assertFires(
      underlyingShares,
      {
        rows: [
          received('‹150000›'),
          exercise('‹150000›', { title: 'Restricted Stock Units', exercisePrice: '0', underlyingShares: '«0»' }),
        ],
      },
      format,
      {
        messages: [
          'Table II row 1 (03/12/2024 M 150,000), column 7: 150,000 restricted stock units exercised (M) for 0 underlying shares; at one share each, the underlying shares should be 150,000, as Table I row 1 receives.',
        ],
        severity: 'warning',
        data: { expected: '150000' },
      },
    );
  });

  test(`[${format}] derivative/underlying-shares: Table I receives the column 7 count, or no count: no side chosen, no fix`, () => {
    // Column 5 may be the slip, or column 7 and Table I may both show the shares net of a withholding.
    for (const rows of [
      [received('90'), exercise('‹100›', { underlyingShares: '«90»' })],
      [transaction(), exercise('‹100›', { underlyingShares: '«90»' })],
    ]) {
      const [finding] = assertFires(underlyingShares, { rows }, format, {
        messages: [
          'Table II row 1 (03/12/2024 M 100), column 7: 100 options exercised (M) for 90 underlying shares; at one share each, the two counts should be equal.',
        ],
      });
      assert.equal(finding.data, undefined);
    }
  });

  test(`[${format}] derivative/underlying-shares: near misses: ratios, explained counts, other instruments`, () => {
    assertQuiet(underlyingShares, { rows: [received('100'), exercise('100')] }, format);
    // Warrants, rights and performance units need not give one share each.
    for (const title of ['Warrants to purchase Common Stock', 'Stock Appreciation Rights', 'Performance Share Units'])
      assertQuiet(underlyingShares, { rows: [received('50'), exercise('100', { title, underlyingShares: '50' })] }, format);
    // A footnote on a count explains it.
    assertQuiet(
      underlyingShares,
      {
        rows: [received('150'), exercise('100', { underlyingShares: { value: '150', footnotes: ['F1'] } })],
        footnotes: { F1: 'Each option is for 1.5 shares.' },
      },
      format,
    );
    // A footnote elsewhere on the row that speaks of a ratio or a split.
    assertQuiet(
      underlyingShares,
      {
        rows: [received('200'), exercise('100', { underlyingShares: '200', exercisePrice: { value: '2.50', footnotes: ['F1'] } })],
        footnotes: { F1: 'Adjusted to reflect the 2-for-1 stock split.' },
      },
      format,
    );
    // A grant (A) is not an exercise.
    assertQuiet(
      underlyingShares,
      { rows: [transaction({ table: 'II', code: 'A', acquiredDisposed: 'A', shares: '100', underlyingShares: '0' })] },
      format,
    );
  });

  // ---- derivative/exercise-before-exercisable -------------------------------------------------------------------

  test(`[${format}] derivative/exercise-before-exercisable: an exercise before the option vests`, () => {
    assertFires(
      exerciseBeforeExercisable,
      { rows: [received('100'), exercise('100', { date: '«2024-03-12»', exerciseDate: '‹2025-01-01›' })] },
      format,
      {
        messages: ['Table II row 1 (03/12/2024 M 100), column 3: exercise (M) on 2024-03-12, before the date exercisable 2025-01-01.'],
        severity: 'warning',
      },
    );
  });

  test(`[${format}] derivative/exercise-before-exercisable: a conversion before the date it may be converted`, () => {
    assertFires(
      exerciseBeforeExercisable,
      { rows: [received('100', { code: 'C' }), classBConversion('100', { date: '«2024-03-12»', exerciseDate: '‹2024-03-13›' })] },
      format,
      { messages: ['conversion (C) on 2024-03-12, before the date exercisable 2024-03-13.'] },
    );
  });

  test(`[${format}] derivative/exercise-before-exercisable: near misses: the day itself, explained early exercise, footnoted dates`, () => {
    assertQuiet(exerciseBeforeExercisable, { rows: [received('100'), exercise('100', { exerciseDate: '2024-03-12' })] }, format);
    assertQuiet(
      exerciseBeforeExercisable,
      {
        rows: [
          received('100'),
          exercise('100', { title: { value: 'Stock Option (right to buy)', footnotes: ['F1'] }, exerciseDate: '2025-01-01' }),
        ],
        footnotes: { F1: 'The option is early exercisable; shares bought before vesting are subject to repurchase.' },
      },
      format,
    );
    assertQuiet(
      exerciseBeforeExercisable,
      {
        rows: [received('100'), exercise('100', { exerciseDate: { value: '2025-01-01', footnotes: ['F1'] } })],
        footnotes: { F1: 'Vesting of the option was accelerated on the change in control.' },
      },
      format,
    );
    assertQuiet(
      exerciseBeforeExercisable,
      {
        rows: [received('100'), exercise('100', { exerciseDate: { footnotes: ['F1'] } })],
        footnotes: { F1: 'Vests in four annual instalments.' },
      },
      format,
    );
    // A grant is dated before it can be exercised by nature.
    assertQuiet(
      exerciseBeforeExercisable,
      { rows: [transaction({ table: 'II', code: 'A', acquiredDisposed: 'A', exerciseDate: '2025-01-01' })] },
      format,
    );
  });

  // ---- derivative/underlying-title ------------------------------------------------------------------------------

  test(`[${format}] derivative/underlying-title: a Class B conversion whose underlying title is Class B again`, () => {
    assertFires(
      underlyingTitle,
      {
        rows: [
          received('100', { code: 'C', price: '0', title: '‹Class A Common Stock›' }),
          classBConversion('100', { underlyingTitle: '«Class B Common Stock»' }),
        ],
      },
      format,
      {
        messages: [
          'Table II row 1 (03/12/2024 C 100), column 7: the underlying security "Class B Common Stock" is not the security received: Table I row 1 receives "Class A Common Stock".',
        ],
        severity: 'warning',
        data: { expected: 'Class A Common Stock' },
      },
    );
  });

  test(`[${format}] derivative/underlying-title: preferred stock named as underlying, common stock received`, () => {
    assertFires(
      underlyingTitle,
      { rows: [received('100', { title: '‹Common Stock›' }), exercise('100', { underlyingTitle: '«Series A Preferred Stock»' })] },
      format,
      { messages: ['"Series A Preferred Stock" is not the security received'], data: { expected: 'Common Stock' } },
    );
  });

  test(`[${format}] derivative/underlying-title: near misses: titles that leave something unsaid, unpaired rows`, () => {
    const pairs: readonly (readonly [string, string])[] = [
      ['Common Stock', 'Class A Common Stock'],
      ['Common Stock, par value $0.01 per share', 'Common Stock'],
      ['Common Shares', 'Common Stock, no par value'],
      ['Ordinary Shares', 'American Depositary Shares'],
      ['Class C Capital Stock', 'Class C Common Stock'],
      ['Common stock', 'COMMON STOCK'],
    ];
    for (const [underlying, title] of pairs)
      assertQuiet(underlyingTitle, { rows: [received('100', { title }), exercise('100', { underlyingTitle: underlying })] }, format);
    // Not the Table I side of this exercise (another share count): unpaired-exercise's.
    assertQuiet(
      underlyingTitle,
      { rows: [received('60', { title: 'Class A Common Stock' }), exercise('100', { underlyingTitle: 'Class B Common Stock' })] },
      format,
    );
    // Two classes received the same day: one of them is the underlying security.
    assertQuiet(
      underlyingTitle,
      {
        rows: [
          received('100', { title: 'Class B Common Stock' }),
          received('100', { title: 'Class A Common Stock' }),
          exercise('100', { underlyingTitle: 'Class A Common Stock' }),
        ],
      },
      format,
    );
  });

  // ---- derivative/wrong-table -----------------------------------------------------------------------------------

  test(`[${format}] derivative/wrong-table: options in Table I, one finding for the title, its other rows related`, () => {
    assertFires(
      wrongTable,
      {
        rows: [
          transaction({ title: '«Stock Option (right to buy)»', code: 'A', acquiredDisposed: 'A', price: '0' }),
          transaction(),
          holding({ title: '‹stock option (Right to Buy)›' }),
        ],
      },
      format,
      {
        messages: [
          'Table I row 1 (03/12/2024 A 100) and 1 more row, column 1: "Stock Option (right to buy)" names an option, a derivative security: report it in Table II (derivative securities).',
        ],
        severity: 'warning',
        data: { table: 'II' },
      },
    );
  });

  test(`[${format}] derivative/wrong-table: units named in parentheses, and a warrant to purchase`, () => {
    assertFires(
      wrongTable,
      {
        rows: [
          transaction({ title: '«Common Stock (restricted stock units)»', code: 'A', acquiredDisposed: 'A' }),
          holding({ title: '«Warrant to purchase Common Stock»' }),
        ],
      },
      format,
      { messages: ['names restricted stock units', 'names a warrant'] },
    );
  });

  test(`[${format}] derivative/wrong-table: plain common stock in Table II`, () => {
    assertFires(wrongTable, { rows: [transaction(), holding({ table: 'II', title: '«Common Stock, par value $0.01»' })] }, format, {
      messages: [
        'Table II row 1 (holding, Common Stock, par value $0.01), column 1: "Common Stock, par value $0.01" is plain common stock, not a derivative security: report it in Table I',
      ],
      data: { table: 'I' },
    });
  });

  test(`[${format}] derivative/wrong-table: units converted into stock inside Table I only when the pair matches`, () => {
    const units = (shares: string, title = 'Restricted Stock Units') =>
      transaction({ title, code: 'C', acquiredDisposed: 'D', shares, price: '0', owned: '400' });
    const stock = transaction({ code: 'C', acquiredDisposed: 'A', shares: '100', price: '0', owned: '1000' });
    assertQuiet(wrongTable, { rows: [units('100'), stock, holding({ title: 'Restricted Stock Units' })] }, format);
    assertFires(wrongTable, { rows: [units('90', '«Restricted Stock Units»'), stock] }, format, {
      messages: ['names restricted stock units'],
    });
  });

  test(`[${format}] derivative/wrong-table: near misses (the words that name shares, and classes that convert)`, () => {
    const tableI = [
      'Restricted Stock',
      'Common Stock (Right to receive one share per unit)',
      'Common Stock acquired upon exercise of options',
      'Common Stock and associated preferred stock purchase rights',
      'Class C Google Stock Units',
      'Common Stock (Deferred Stock Units)',
      'Ordinary Shares',
    ];
    const tableII = [
      'Class B Common Stock',
      'Stock Appreciation Rights',
      'Restricted Stock Units (RSU) (Class A)',
      'Series A Convertible Preferred Stock',
      'Common Stock (right to buy)',
    ];
    assertQuiet(
      wrongTable,
      { rows: [...tableI.map((title) => holding({ title })), ...tableII.map((title) => holding({ table: 'II', title }))] },
      format,
    );
  });
}
