import assert from 'node:assert/strict';
import { test } from 'node:test';
import { holdingsDirection } from '../../../server/src/engine/rules/holdings/direction';
import { holdingRowMismatch } from '../../../server/src/engine/rules/holdings/holding-row-mismatch';
import { negativePrior } from '../../../server/src/engine/rules/holdings/negative-prior';
import { normaliseWords } from '../../../server/src/engine/model/normalise';
import { repeatedAmountRule } from '../../../server/src/engine/rules/holdings/repeated-amount';
import { runningBalance } from '../../../server/src/engine/rules/holdings/running-balance';
import { holding, transaction, type CellInput, type RowSpec, type TransactionSpec } from '../../helpers/form4';
import { assertFires, assertQuiet, formats } from './harness';

/** A purchase of `shares` leaving `owned`, Table I, direct unless told otherwise. */
const purchase = (shares: CellInput, owned: CellInput, extra: TransactionSpec = {}) =>
  transaction({ code: 'P', acquiredDisposed: 'A', shares, owned, ...extra });
/** A sale of `shares` leaving `owned`. */
const sale = (shares: CellInput, owned: CellInput, extra: TransactionSpec = {}) =>
  transaction({ code: 'S', acquiredDisposed: 'D', shares, owned, ...extra });

test('titles and natures compare without case, punctuation or extra spaces', () => {
  assert.equal(normaliseWords('  Common   Stock, par value $.01 '), 'common stock par value 01');
  assert.equal(normaliseWords('By Trust.'), normaliseWords('by  TRUST'));
  assert.notEqual(normaliseWords('Class A Common Stock'), normaliseWords('Common Stock'));
});

for (const format of formats) {
  // ---- holdings/running-balance ---------------------------------------------------------------------------------

  test(`[${format}] holdings/running-balance: a sale that does not roll the balance forward`, () => {
    assertFires(runningBalance, { rows: [purchase('10000', '‹60000›'), sale('3200', '«57000»')] }, format, {
      messages: [
        'Table I row 2 (03/12/2024 S 3,200), column 5: should be 56,800 (60,000 - 3,200 disposed of), not 57,000: the row continues the running balance of Common Stock (direct).',
      ],
      severity: 'error',
      data: { expected: '56800' },
    });
  });

  test(`[${format}] holdings/running-balance: near miss, the final balance copied onto every row is holdings/repeated-amount's`, () => {
    // The seed's mistake is one finding for the series, not one per row.
    assertQuiet(runningBalance, { rows: [purchase('1000', '100000'), purchase('1000', '100000'), purchase('2000', '100000')] }, format);
    // Only some rows repeat: the running balance reports the rows that break it.
    assertFires(runningBalance, { rows: [purchase('1000', '99000'), purchase('1000', '‹100000›'), purchase('2000', '«100000»')] }, format, {
      messages: [
        'Table I row 3 (03/12/2024 P 2,000), column 5: should be 102,000 (100,000 + 2,000 acquired), not 100,000: the row continues the running balance of Common Stock (direct).',
      ],
    });
  });

  test(`[${format}] holdings/running-balance: near miss, a wrong acquired/disposed code is reported once, for the code`, () => {
    // Row 2 is a sale coded A whose amount owned is right: code/direction or holdings/direction names the cause.
    const rows = [
      purchase('10000', '60000'),
      transaction({ code: 'S', acquiredDisposed: 'A', shares: '3200', owned: '56800' }),
      transaction({ code: 'J', acquiredDisposed: 'A', shares: '800', owned: '56000' }),
      sale('1000', '55000'),
    ];
    assertQuiet(runningBalance, { rows }, format);
    // A sale coded D whose amount rises by its shares: the sale code confirms the D, so the amount is what is wrong.
    assertFires(runningBalance, { rows: [sale('100', '‹1000›'), sale('100', '«1100»')] }, format, {
      messages: ['Table I row 2 (03/12/2024 S 100), column 5: should be 900 (1,000 - 100 disposed of), not 1,100'],
    });
    // The same code with a wrong amount too is two mistakes: the balance is still reported.
    assertFires(
      runningBalance,
      { rows: [purchase('10000', '‹60000›'), transaction({ code: 'S', acquiredDisposed: 'A', shares: '3200', owned: '«56000»' })] },
      format,
      { messages: ['Table I row 2 (03/12/2024 S 3,200), column 5: should be 63,200 (60,000 + 3,200 acquired), not 56,000'] },
    );
  });

  test(`[${format}] holdings/running-balance: exact with fractional shares`, () => {
    assertFires(runningBalance, { rows: [purchase('0.3333', '‹10.3333›'), purchase('0.6667', '«11.0001»')] }, format, {
      messages: ['Table I row 2 (03/12/2024 P 0.6667), column 5: should be 11 (10.3333 + 0.6667 acquired), not 11.0001'],
      data: { expected: '11' },
    });
    assertQuiet(runningBalance, { rows: [purchase('0.3333', '10.3333'), purchase('0.6667', '11')] }, format);
  });

  test(`[${format}] holdings/running-balance: near miss, a correct tally across spellings, with another form of ownership in between`, () => {
    assertQuiet(
      runningBalance,
      {
        rows: [
          purchase('1000', '5000'),
          sale('500', '2000', { ownership: 'I', nature: 'By Trust' }),
          sale('200', '4800', { title: 'common  stock.' }),
          sale('300', '1700', { ownership: 'I', nature: 'by trust' }),
          sale('800', '4000'),
          sale('100', '900', { ownership: 'I', nature: 'By Spouse' }),
        ],
      },
      format,
    );
  });

  test(`[${format}] holdings/running-balance: an indirect row does not continue the direct series`, () => {
    assertFires(
      runningBalance,
      {
        rows: [
          sale('100', '‹900›', { ownership: 'I', nature: 'By Trust' }),
          sale('100', '5000'),
          sale('100', '«850»', { ownership: 'I', nature: 'By Trust' }),
        ],
      },
      format,
      {
        messages: [
          'Table I row 3 (03/12/2024 S 100), column 5: should be 800 (900 - 100 disposed of), not 850: the row continues the running balance of Common Stock (indirect: By Trust).',
        ],
      },
    );
  });

  test(`[${format}] holdings/running-balance: footnote-only or missing values break the chain, never read as 0`, () => {
    // Row 2's shares are footnote-only: row 2 is not checked, row 3 is checked against row 2's amount owned.
    assertQuiet(
      runningBalance,
      { rows: [sale('100', '1000'), sale({ footnotes: ['F1'] }, '800'), sale('100', '700')], footnotes: { F1: 'Shares withheld.' } },
      format,
    );
    // Row 2's amount owned is footnote-only: the chain restarts at row 3.
    assertQuiet(
      runningBalance,
      { rows: [sale('100', '1000'), sale('100', { footnotes: ['F1'] }), sale('100', '300')], footnotes: { F1: 'See remarks.' } },
      format,
    );
    // A row without a title could belong to any series: it breaks them all.
    assertQuiet(runningBalance, { rows: [sale('100', '1000'), sale('100', '600', { title: null }), sale('100', '500')] }, format);
  });

  test(`[${format}] holdings/running-balance: a footnote on the amount may explain it, reported as information`, () => {
    assertFires(
      runningBalance,
      {
        rows: [sale('100', '‹1000›'), sale('100', { value: '«950»', footnotes: ['F1'] })],
        footnotes: { F1: '‹Includes 50 shares bought under the employee stock purchase plan.›' },
      },
      format,
      {
        messages: [
          'Table I row 2 (03/12/2024 S 100), column 5: should be 900 (1,000 - 100 disposed of), not 950: the row continues the running balance of Common Stock (direct). Footnote F1 on the amount may explain the difference.',
        ],
        severity: 'information',
        data: { expected: '900' },
      },
    );
  });

  test(`[${format}] holdings/running-balance: a disposal of more than the previous row left offers no negative fix`, () => {
    const [finding] = assertFires(runningBalance, { rows: [sale('100', '100'), sale('100', '‹0›'), sale('50', '«0»')] }, format, {
      messages: [
        'Table I row 3 (03/12/2024 S 50), column 5: should be minus 50 (0 - 50 disposed of, more than the 0 the previous row left), not 0',
      ],
    });
    assert.equal(finding?.data, undefined);
  });

  test(`[${format}] holdings/running-balance: a negative share count is the schema's finding, not a tally to report`, () => {
    // 56,800 - (-6,800) would "expect" 63,600: the minus sign is the one slip, and schema/invalid-value names it.
    assertQuiet(runningBalance, { rows: [purchase('10000', '60000'), sale('3200', '56800'), sale('-6800', '50000')] }, format);
    // The row still carries the tally: the next row is checked against its amount owned.
    assertFires(runningBalance, { rows: [purchase('10000', '60000'), sale('-6800', '‹53200›'), sale('3200', '«49000»')] }, format, {
      messages: [
        'Table I row 3 (03/12/2024 S 3,200), column 5: should be 50,000 (53,200 - 3,200 disposed of), not 49,000: the row continues the running balance of Common Stock (direct).',
      ],
    });
  });

  test(`[${format}] holdings/running-balance: Table II series by exercise price, expiration and date exercisable`, () => {
    const option = (price: string, shares: string, owned: string, extra: TransactionSpec = {}) =>
      transaction({
        table: 'II',
        code: 'M',
        acquiredDisposed: 'D',
        exercisePrice: price,
        shares,
        underlyingShares: shares,
        owned,
        ...extra,
      });
    assertFires(
      runningBalance,
      { rows: [option('5.00', '100', '‹900›'), option('7.50', '100', '400'), option('5.00', '100', '«850»')] },
      format,
      {
        messages: [
          'Table II row 3 (03/12/2024 M 100), column 9: should be 800 (900 - 100 disposed of), not 850: the row continues the running balance of Stock Option (right to buy) (direct), exercise price $5.00, expiring 2030-01-01, exercisable 2020-01-01.',
        ],
        data: { expected: '800' },
      },
    );
    // Different expirations, dates exercisable or vesting footnotes are different awards, each with its own balance.
    assertQuiet(
      runningBalance,
      {
        rows: [
          option('5.00', '100', '900'),
          option('5.00', '100', '900', { expirationDate: '2031-01-01' }),
          option('5.00', '100', '900', { exerciseDate: '2021-01-01' }),
          option('0', '100', '300', { exerciseDate: { footnotes: ['F1'] }, expirationDate: { footnotes: ['F3'] } }),
          option('0', '100', '700', { exerciseDate: { footnotes: ['F2'] }, expirationDate: { footnotes: ['F3'] } }),
        ],
        footnotes: { F1: 'Vests quarterly from 2022.', F2: 'Vests quarterly from 2023.', F3: 'Units do not expire.' },
      },
      format,
    );
  });

  test(`[${format}] holdings/running-balance: dollar amounts (valueOwnedFollowingTransaction) tally in dollars`, () => {
    const note = (totalValue: string, valueOwned: string) =>
      transaction({
        table: 'II',
        title: 'Convertible Note',
        code: 'P',
        acquiredDisposed: 'A',
        totalValue,
        valueOwned,
        underlyingShares: '1000',
      });
    assertFires(runningBalance, { rows: [note('250000', '‹250000›'), note('100000', '«300000»')] }, format, {
      messages: ['Table II row 2 (03/12/2024 P 100,000), column 9: should be 350,000 (250,000 + 100,000 acquired), not 300,000'],
      data: { expected: '350000' },
    });
    assertQuiet(runningBalance, { rows: [note('250000', '250000'), note('100000', '350000')] }, format);
    // A change of measure (dollars, then shares) cannot be compared: the chain restarts.
    assertQuiet(
      runningBalance,
      {
        rows: [
          note('250000', '250000'),
          transaction({ table: 'II', title: 'Convertible Note', code: 'P', acquiredDisposed: 'A', shares: '10', owned: '5' }),
        ],
      },
      format,
    );
  });

  // ---- holdings/repeated-amount -----------------------------------------------------------------------------------

  test(`[${format}] holdings/repeated-amount: the final holding typed on every row (the seed's mistake), once for the series`, () => {
    assertFires(
      repeatedAmountRule,
      { rows: [purchase('1000', '«100000»'), purchase('1000', '‹100000›'), purchase('2000', '‹100000›')] },
      format,
      {
        messages: [
          'Table I rows 1 to 3, column 5: all show 100,000 of Common Stock (direct) owned after, but they acquire 4,000 in all, so the amount owned ' +
            'cannot be the same after each: it is a running tally. If 100,000 is the holding after the last row, the rows should show ' +
            '97,000, 98,000 and 100,000; if it is the holding after the first row, 100,000, 101,000 and 103,000.',
        ],
        severity: 'error',
        data: { amount: '100000', ifFirstRight: '100000,101000,103000', ifLastRight: '97000,98000,100000' },
      },
    );
  });

  test(`[${format}] holdings/repeated-amount: related rows are marked and say what each should show`, () => {
    const [finding] = assertFires(
      repeatedAmountRule,
      { rows: [purchase('1000', '«100000»'), sale('500', '‹100000›', { title: 'Common  stock' })] },
      format,
      {
        messages: [
          'Table I rows 1 and 2, column 5: all show 100,000 of Common Stock (direct) owned after, but they acquire 1,000 and dispose of 500 in all, so the amount owned cannot be the same after each: it is a running tally. If 100,000 is the holding after the last row, the rows should show 100,500 and 100,000; if it is the holding after the first row, 100,000 and 99,500.',
        ],
      },
    );
    assert.deepEqual(
      finding?.related?.map((r) => [r.message, r.marked]),
      [
        [
          'Table I row 2 repeats 100,000 owned after disposing of 500: should be 100,000 if the last row is right, or 99,500 if the first row is right',
          true,
        ],
      ],
    );
  });

  test(`[${format}] holdings/repeated-amount: a reading that would go below zero is not offered; a footnote makes it information`, () => {
    assertFires(repeatedAmountRule, { rows: [sale('100', '«0»'), sale('50', '‹0›')] }, format, {
      messages: [
        'Table I rows 1 and 2, column 5: all show 0 of Common Stock (direct) owned after, but they dispose of 150 in all, so the amount owned cannot be the same after each: it is a running tally. If 0 is the holding after the last row, the rows should show 50 and 0.',
      ],
      data: { amount: '0', ifLastRight: '50,0' },
    });
    assertFires(
      repeatedAmountRule,
      {
        rows: [purchase('10', '«500»'), purchase('20', { value: '‹500›', footnotes: ['F1'] })],
        footnotes: { F1: '‹Includes shares held in the ESPP.›' },
      },
      format,
      { messages: ['Footnote F1 on the amounts may explain them.'], severity: 'information' },
    );
  });

  test(`[${format}] holdings/repeated-amount: near misses: a right tally, one row, no change, a break, rows that differ`, () => {
    const quiet = (rows: ReturnType<typeof purchase>[]) => assertQuiet(repeatedAmountRule, { rows }, format);
    quiet([purchase('1000', '101000'), purchase('1000', '102000')]);
    quiet([purchase('1000', '100000')]);
    quiet([purchase('1000', '100000'), purchase('0', '100000')]);
    quiet([purchase('1000', '100000'), purchase('1000', { footnotes: ['F1'] }), purchase('1000', '100000')]);
    quiet([purchase('1000', '99000'), purchase('1000', '100000'), purchase('1000', '100000')]);
    // Two series, each with one row: the same amount in different holdings is no repetition.
    quiet([purchase('1000', '100000'), purchase('1000', '100000', { ownership: 'I', nature: 'By Trust' })]);
  });

  // ---- holdings/direction ------------------------------------------------------------------------------------------

  test(`[${format}] holdings/direction: a disposition that raises the amount owned`, () => {
    const [finding] = assertFires(
      holdingsDirection,
      { rows: [sale('100', '‹1000›'), transaction({ code: 'S', acquiredDisposed: '‹D›', shares: '100', owned: '«1100»' })] },
      format,
      {
        // The sale code confirms the D: the amounts are wrong, not the code, so no other code is suggested.
        messages: [
          'Table I row 2 (03/12/2024 S 100), column 5: a disposition (D) raises the amount owned of Common Stock (direct) from 1,000 to 1,100.',
        ],
        severity: 'error',
      },
    );
    assert.equal(finding?.data, undefined, 'no quick fix to the other code');
  });

  test(`[${format}] holdings/direction: an acquisition that lowers the amount owned`, () => {
    assertFires(
      holdingsDirection,
      { rows: [purchase('100', '‹1000›'), transaction({ code: 'P', acquiredDisposed: '‹A›', shares: '100', owned: '«900»' })] },
      format,
      {
        messages: ['an acquisition (A) lowers the amount owned of Common Stock (direct) from 1,000 to 900'],
      },
    );
  });

  test(`[${format}] holdings/direction: a code that allows either direction, mended by the other code, names the cause`, () => {
    assertFires(
      holdingsDirection,
      { rows: [purchase('10000', '‹60000›'), transaction({ code: 'J', acquiredDisposed: '‹A›', shares: '3200', owned: '«56800»' })] },
      format,
      {
        messages: [
          'Table I row 2 (03/12/2024 J 3,200), column 5: an acquisition (A) lowers the amount owned of Common Stock (direct) from 60,000 to 56,800. With D the row adds up (60,000 - 3,200 disposed of = 56,800): set acquired/disposed to D.',
        ],
        severity: 'error',
        data: { expected: 'D' },
      },
    );
  });

  test(`[${format}] holdings/direction: near miss, a sale coded A that the other code mends is code/direction's alone`, () => {
    assertQuiet(
      holdingsDirection,
      { rows: [purchase('10000', '60000'), transaction({ code: 'S', acquiredDisposed: 'A', shares: '3200', owned: '56800' })] },
      format,
    );
  });

  test(`[${format}] holdings/direction: near misses: wrong tally but right direction, unchanged balance, other series`, () => {
    assertQuiet(
      holdingsDirection,
      {
        rows: [
          sale('100', '1000'),
          sale('100', '950'),
          purchase('0', '950'),
          purchase('100', '2000', { ownership: 'I', nature: 'By Trust' }),
        ],
      },
      format,
    );
    // The amount owned is footnote-only: nothing to compare.
    assertQuiet(
      holdingsDirection,
      { rows: [sale('100', '1000'), sale('100', { footnotes: ['F1'] })], footnotes: { F1: 'See remarks.' } },
      format,
    );
  });

  // ---- holdings/negative-prior -------------------------------------------------------------------------------------

  test(`[${format}] holdings/negative-prior: a series repeating one amount is holdings/repeated-amount's finding alone`, () => {
    // 500 after buying 5,000 implies minus 4,500 before: a consequence of the repeated amount, not a second mistake.
    const rows = [purchase('5000', '500'), sale('4500', '500')];
    assertQuiet(negativePrior, { rows }, format);
    assertFires(repeatedAmountRule, { rows: [purchase('5000', '«500»'), sale('4500', '‹500›')] }, format, { severity: 'error' });
  });

  test(`[${format}] holdings/negative-prior: acquiring more than is owned afterwards`, () => {
    assertFires(negativePrior, { rows: [purchase('‹1000›', '«500»')] }, format, {
      messages: [
        'Table I row 1 (03/12/2024 P 1,000), column 5: 500 owned after acquiring 1,000 implies minus 500 of Common Stock (direct) owned before, less than none (500 = minus 500 + 1,000 acquired).',
      ],
      severity: 'error',
    });
  });

  test(`[${format}] holdings/negative-prior: the first row after a break is checked too`, () => {
    assertFires(
      negativePrior,
      { rows: [sale('100', { footnotes: ['F1'] }), purchase('‹1000›', '«500»')], footnotes: { F1: 'See remarks.' } },
      format,
      {
        messages: ['Table I row 2 (03/12/2024 P 1,000), column 5: 500 owned after acquiring 1,000 implies minus 500'],
      },
    );
  });

  test(`[${format}] holdings/negative-prior: near misses: owning exactly what was acquired; a later row`, () => {
    // A first row selling more than it leaves, coded A: code/direction reports the code, the one cause.
    assertQuiet(negativePrior, { rows: [transaction({ code: 'S', acquiredDisposed: 'A', shares: '1000', owned: '500' })] }, format);
    assertQuiet(negativePrior, { rows: [purchase('1000', '1000'), sale('100', '900')] }, format);
    // Row 2 is not a first row: holdings/running-balance reports it, not this rule.
    assertQuiet(negativePrior, { rows: [purchase('1000', '1000'), purchase('5000', '100')] }, format);
  });

  test(`[${format}] holdings/negative-prior: a footnote on the amount owned, or an explained J code, makes it information`, () => {
    // CRWD 4/A 2019-12-23: the amount owned is "holdings as of February 7, 2020" (a footnote), months after the row.
    assertFires(
      negativePrior,
      { rows: [purchase('‹1000›', { value: '«500»', footnotes: ['F1'] })], footnotes: { F1: '‹Represents holdings as of a later date.›' } },
      format,
      {
        messages: [
          'Table I row 1 (03/12/2024 P 1,000), column 5: 500 owned after acquiring 1,000 implies minus 500 of Common Stock (direct) owned before, less than none (500 = minus 500 + 1,000 acquired). Footnote F1 on the amount may explain the difference.',
        ],
        severity: 'information',
      },
    );
    // N 4/A 2016-11-07: a merger, coded J and explained by the footnote on the code.
    const merger = transaction({ code: 'J', codingFootnotes: ['F1'], acquiredDisposed: 'A', shares: '‹1000›', owned: '«100»' });
    assertFires(negativePrior, { rows: [merger], footnotes: { F1: '‹Completed the merger.›' } }, format, {
      messages: ['Footnote F1 on the J code may explain it.'],
      severity: 'information',
    });
    // Near miss: a J code without a footnote is still an error.
    assertFires(negativePrior, { rows: [transaction({ code: 'J', acquiredDisposed: 'A', shares: '‹1000›', owned: '«100»' })] }, format, {
      severity: 'error',
    });
  });

  test(`[${format}] holdings series: footnotes on the title or the nature tell holdings apart, for every series rule`, () => {
    // INCY 2026-03-31: "See Footnotes" names two different funds by their footnotes; "By Trust" two trusts.
    const noted = (value: string, id: string) => ({ value, footnotes: [id] });
    const indirect = (nature: string, id: string) => ({ ownership: 'I', nature: noted(nature, id) });
    const units = (id: string) => ({ title: noted('Stock Units', id) });
    const withFootnotes = (...rows: RowSpec[]) => ({
      rows,
      footnotes: {
        F1: 'Held by fund (or trust) one.',
        F2: 'Held by fund (or trust) two.',
        F3: 'Units of grant one.',
        F4: 'Units of grant two.',
      },
    });
    assertQuiet(
      runningBalance,
      withFootnotes(purchase('100', '1000', indirect('See Footnotes', 'F1')), purchase('100', '5000', indirect('See Footnotes', 'F2'))),
      format,
    );
    assertQuiet(holdingRowMismatch, withFootnotes(sale('10', '90', units('F3')), holding({ ...units('F4'), owned: '40' })), format);
    // A sale leaving more than the other trust holds: two trusts, so no disposition raises anything.
    assertQuiet(
      holdingsDirection,
      withFootnotes(purchase('100', '1000', indirect('By Trust', 'F1')), sale('100', '5000', indirect('By Trust', 'F2'))),
      format,
    );
    // A second grant of units starts its own series: its implied prior is checked.
    assertFires(negativePrior, withFootnotes(sale('10', '90', units('F3')), purchase('‹500›', '«40»', units('F4'))), format, {
      messages: [
        'Table I row 2 (03/12/2024 P 500), column 5: 40 owned after acquiring 500 implies minus 460 of Stock Units (direct) owned before, less than none',
      ],
    });
    // Near misses: the same footnotes name the same holding, so the tally is checked.
    assertFires(
      runningBalance,
      withFootnotes(purchase('100', '‹1000›', indirect('See Footnotes', 'F1')), purchase('100', '«5000»', indirect('See Footnotes', 'F1'))),
      format,
      { messages: ['Table I row 2 (03/12/2024 P 100), column 5: should be 1,100 (1,000 + 100 acquired), not 5,000'] },
    );
    assertFires(
      holdingsDirection,
      withFootnotes(
        purchase('100', '‹1000›', indirect('By Trust', 'F1')),
        sale('100', '«5000»', { ...indirect('By Trust', 'F1'), acquiredDisposed: '‹D›' }),
      ),
      format,
      {
        messages: [
          'Table I row 2 (03/12/2024 S 100), column 5: a disposition (D) raises the amount owned of Common Stock (indirect: By Trust) from 1,000 to 5,000.',
        ],
      },
    );
    // The same grant continues the series, where the running balance (not the prior) is checked.
    assertQuiet(negativePrior, withFootnotes(sale('10', '90', units('F3')), purchase('500', '40', units('F3'))), format);
  });

  // ---- holdings/holding-row-mismatch -------------------------------------------------------------------------------

  test(`[${format}] holdings/holding-row-mismatch: a holding row that disagrees with the series' final balance`, () => {
    assertFires(holdingRowMismatch, { rows: [sale('100', '1000'), sale('100', '‹900›'), holding({ owned: '«1000»' })] }, format, {
      messages: [
        'Table I row 3 (holding, Common Stock), column 5: holding of 1,000 differs from the final balance 900 of Common Stock (direct) after Table I row 2.',
      ],
      severity: 'warning',
      data: { expected: '900' },
    });
  });

  test(`[${format}] holdings/holding-row-mismatch: near misses: equal balance, other ownership, other option series`, () => {
    assertQuiet(
      holdingRowMismatch,
      {
        rows: [
          sale('100', '900'),
          holding({ owned: '900' }),
          holding({ owned: '5000', ownership: 'I', nature: 'By Trust' }),
          transaction({ table: 'II', owned: '400' }),
          holding({ table: 'II', owned: '800', exercisePrice: '9.00' }),
        ],
      },
      format,
    );
  });
}
