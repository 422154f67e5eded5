import { test } from 'node:test';
import { exercisableAfterExpiration } from '../../../server/src/engine/rules/derivative/exercisable-after-expiration';
import { exerciseAfterExpiration } from '../../../server/src/engine/rules/derivative/exercise-after-expiration';
import { unpairedExercise } from '../../../server/src/engine/rules/derivative/unpaired-exercise';
import { wrongTable } from '../../../server/src/engine/rules/derivative/wrong-table';
import { holding, transaction, type TransactionSpec } from '../../helpers/form4';
import { assertFires, assertQuiet, formats } from './harness';

/** Table II: an option exercise (M) giving up `shares` options for as many underlying shares. */
const exercise = (shares: string, extra: TransactionSpec = {}) =>
  transaction({ table: 'II', code: 'M', acquiredDisposed: 'D', shares, underlyingShares: shares, ...extra });
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
          'Table II row 1: exercisable from 2031-01-01, after the expiration date 2030-01-01.',
          'Table II row 2: exercisable from 2030-06-30',
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
      messages: ['Table II row 1: exercise (M) on 2024-03-12, after the expiration date 2024-03-11.'],
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
        'Table II row 1: exercise (M) on 2024-03-12 of 100 underlying shares has no Table I row with code M, the same date and 100 shares.',
      ],
      severity: 'warning',
    });
  });

  test(`[${format}] derivative/unpaired-exercise: a Table I row of the same code and date but another share count`, () => {
    assertFires(unpairedExercise, { rows: [received('‹60›'), exercise('100', { code: '«M»' })] }, format, {
      messages: ['exercise (M) on 2024-03-12 of 100 underlying shares has no Table I row'],
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
          'Table I row 1 (and 1 more row): "Stock Option (right to buy)" names an option, a derivative security: report it in Table II (derivative securities).',
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
      messages: ['Table II row 1: "Common Stock, par value $0.01" is plain common stock, not a derivative security: report it in Table I'],
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
