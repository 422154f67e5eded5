import { test } from 'node:test';
import { duplicateTransaction } from '../../../server/src/engine/rules/history/duplicate-transaction';
import { lateTransaction } from '../../../server/src/engine/rules/history/late-transaction';
import { missingHolding } from '../../../server/src/engine/rules/history/missing-holding';
import { openingBalance } from '../../../server/src/engine/rules/history/opening-balance';
import { outOfOrder } from '../../../server/src/engine/rules/history/out-of-order';
import { holding } from '../../helpers/form4';
import { april, bought, filing, march, sold } from '../../helpers/history';
import { assertFires, assertQuiet, formats } from './harness';

const withMarch = { history: { 'march.xml': march } };

for (const format of formats) {
  // ---- history/opening-balance ------------------------------------------------------------------------------------

  test(`[${format}] history/opening-balance: April's first sale does not continue March's closing balance`, () => {
    assertFires(
      openingBalance,
      april('«9400»'),
      format,
      {
        messages: [
          "Table I row 1 (Common Stock, direct), column 5: starts from 9,900 held before the transaction, but the owner's previous filing in the set, " +
            'march.xml (Form 4, period 2024-03-05, signed 2024-03-06), closed Common Stock (direct) at 10,000 (Table I row 1): 100 fewer.',
        ],
        severity: 'warning',
        data: { closing: '10000', previous: 'march.xml', expected: '9500' },
      },
      withMarch,
    );
  });

  test(`[${format}] history/opening-balance: a joint filing compared with the owners' joint March filing is reported once`, () => {
    const owners = [{}, { cik: '0001200002', name: 'Owner2 Pat' }];
    const signatures = [
      { name: 'Owner1 Pat', date: '2024-03-06' },
      { name: 'Owner2 Pat', date: '2024-03-06' },
    ];
    const jointApril = { ...april('«9400»'), owners, signatures: signatures.map((s) => ({ ...s, date: '2024-04-10' })) };
    assertFires(
      openingBalance,
      jointApril,
      format,
      { messages: ['but the previous filing in the set of Owner1 Pat and Owner2 Pat, march.xml'] },
      { history: { 'march.xml': { ...march, owners, signatures } } },
    );
  });

  test(`[${format}] history/opening-balance: a holding row is compared as it stands`, () => {
    assertFires(
      openingBalance,
      filing([holding({ owned: '«12000»' })], { periodOfReport: '2024-04-09', signed: '2024-04-10' }),
      format,
      {
        messages: ['Table I row 1 (Common Stock, direct), column 5: reports 12,000, but'],
        data: { closing: '10000', previous: 'march.xml', expected: '10000' },
      },
      withMarch,
    );
  });

  test(`[${format}] history/opening-balance: an exact multiple of the previous figure is said to look like a split`, () => {
    const held = filing([holding({ owned: '«40000»' })], { periodOfReport: '2024-04-09', signed: '2024-04-10' });
    assertFires(
      openingBalance,
      held,
      format,
      { messages: ['30,000 more (4 times the previous figure: a 4-for-1 split between the filings?).'] },
      withMarch,
    );
    const quarter = filing([holding({ owned: '«2500»' })], { periodOfReport: '2024-04-09', signed: '2024-04-10' });
    assertFires(openingBalance, quarter, format, { messages: ['(1/4 of the previous figure: a 1-for-4 reverse split'] }, withMarch);
  });

  test(`[${format}] history/opening-balance: a footnote on the amount makes it information`, () => {
    assertFires(
      openingBalance,
      { ...april({ value: '«10400»', footnotes: ['F1'] }), footnotes: { F1: '‹Includes 900 shares acquired under the ESPP.›' } },
      format,
      { severity: 'information', messages: ['Footnote F1 may explain the difference.'] },
      withMarch,
    );
  });

  test(`[${format}] history/opening-balance: near misses (continues, no earlier filing, another holding, single file)`, () => {
    assertQuiet(openingBalance, april('9500'), format, withMarch);
    // March comes after this filing: it is not an earlier filing of the owner.
    assertQuiet(openingBalance, filing([sold('2024-02-06', '500', '9400')]), format, withMarch);
    assertQuiet(openingBalance, april('9400', { ownership: 'I', nature: 'By Trust' }), format, withMarch);
    assertQuiet(openingBalance, april('9400'), format);
    // The previous filing's last row is dated after this filing's first (filings that overlap, or a Form 5's year of
    // rows ordered at its year end): the two cannot be laid end to end, so they are not compared.
    const overlapping = filing([bought('2024-03-05', '1000', '10000'), sold('2024-03-15', '1000', '9000')]);
    assertQuiet(openingBalance, filing([sold('2024-03-10', '500', '9400')]), format, { history: { 'march.xml': overlapping } });
    assertFires(openingBalance, filing([sold('2024-03-18', '500', '«9400»')]), format, {}, { history: { 'march.xml': overlapping } });
    // Another owner's March filing is another chain.
    assertQuiet(openingBalance, { ...april('9400'), owners: [{ cik: '0009999999' }] }, format, withMarch);
  });

  test(`[${format}] history/opening-balance: only the previous filing is compared, and an amendment stands for its original`, () => {
    const mid = filing([sold('2024-03-20', '400', '9600')]);
    // March 10,000 -> mid 9,600 (sale of 400) -> April: from 9,600.
    assertQuiet(openingBalance, april('9100'), format, { history: { 'march.xml': march, 'mid.xml': mid } });
    // The mid filing's 4/A corrects the sale to 300: April starts from 9,700.
    const amended = {
      ...filing([sold('2024-03-20', '300', '9700')], { signed: '2024-03-25' }),
      documentType: '4/A',
      dateOfOriginalSubmission: '2024-03-21',
    };
    const history = { 'march.xml': march, 'mid.xml': mid, 'mid-a.xml': amended };
    assertQuiet(openingBalance, april('9200'), format, { history });
    assertFires(
      openingBalance,
      april('«9100»'),
      format,
      { messages: ['mid-a.xml (Form 4/A, period 2024-03-20, signed 2024-03-25), closed Common Stock (direct) at 9,700'] },
      { history },
    );
  });

  // ---- history/missing-holding ------------------------------------------------------------------------------------

  test(`[${format}] history/missing-holding: March's trust holding is not in April`, () => {
    const marchWithTrust = filing([bought('2024-03-05', '1000', '10000'), holding({ owned: '2000', ownership: 'I', nature: 'By Trust' })]);
    assertFires(
      missingHolding,
      { ...april('9500'), markNames: ['nonDerivativeTable'] },
      format,
      {
        messages: ['Table I (Common Stock, indirect: By Trust): not reported in this filing, while the previous filing in the set'],
        severity: 'information',
      },
      { history: { 'march.xml': marchWithTrust } },
    );
  });

  test(`[${format}] history/missing-holding: near misses (repeated, closed at zero)`, () => {
    const trust = holding({ owned: '2000', ownership: 'I', nature: 'By Trust' });
    assertQuiet(missingHolding, filing([sold('2024-04-09', '500', '9500'), trust]), format, {
      history: { 'march.xml': filing([bought('2024-03-05', '1000', '10000'), trust]) },
    });
    assertQuiet(missingHolding, april('9500'), format, {
      history: {
        'march.xml': filing([
          bought('2024-03-05', '1000', '10000'),
          sold('2024-03-05', '2000', '0', { ownership: 'I', nature: 'By Trust' }),
        ]),
      },
    });
  });

  // ---- history/duplicate-transaction ------------------------------------------------------------------------------

  test(`[${format}] history/duplicate-transaction: March's purchase reported again`, () => {
    assertFires(
      duplicateTransaction,
      filing([bought('«2024-03-05»', '1000', '10000')], { signed: '2024-03-08' }),
      format,
      { messages: ['Table I row 1: the same transaction (2024-03-05, code P, 1,000 at $10.00) is reported in march.xml'] },
      withMarch,
    );
  });

  test(`[${format}] history/duplicate-transaction: near misses (an amendment of it, another price)`, () => {
    const amendment = {
      ...filing([bought('2024-03-05', '1000', '10000')], { signed: '2024-03-08' }),
      documentType: '4/A',
      dateOfOriginalSubmission: '2024-03-06',
    };
    assertQuiet(duplicateTransaction, amendment, format, withMarch);
    assertQuiet(
      duplicateTransaction,
      filing([bought('2024-03-05', '1000', '10000', { price: '10.50' })], { signed: '2024-03-08' }),
      format,
      withMarch,
    );
  });

  // ---- history/out-of-order ---------------------------------------------------------------------------------------

  test(`[${format}] history/out-of-order: a March filing signed after April's, whose balance April does not carry`, () => {
    const aprilFiled = filing([sold('2024-04-09', '500', '9500')]);
    assertFires(
      outOfOrder,
      filing([bought('2024-03-05', '1000', '«11000»')], { signed: '2024-04-15' }),
      format,
      {
        messages: [
          'Table I row 1 (Common Stock, direct), column 5: this filing (period 2024-03-05) was signed 2024-04-15, after april.xml',
        ],
      },
      { history: { 'april.xml': aprilFiled } },
    );
    assertQuiet(outOfOrder, filing([bought('2024-03-05', '1000', '10000')], { signed: '2024-04-15' }), format, {
      history: { 'april.xml': aprilFiled },
    });
    assertQuiet(outOfOrder, filing([bought('2024-03-05', '1000', '11000')]), format, { history: { 'april.xml': aprilFiled } });
  });

  // ---- history/late-transaction -----------------------------------------------------------------------------------

  test(`[${format}] history/late-transaction: a transaction from before a filing already made for a later period`, () => {
    const aprilFiled = { 'april.xml': filing([sold('2024-04-09', '500', '9500')]) };
    assertFires(
      lateTransaction,
      filing([bought('«2024-03-05»', '1000', '10000')], { signed: '2024-04-15' }),
      format,
      {
        messages: [
          'Table I row 1, column 2: the transaction of 2024-03-05 comes after april.xml (Form 4, period 2024-04-09, signed 2024-04-10)',
        ],
        severity: 'warning',
      },
      { history: aprilFiled },
    );
    assertFires(
      lateTransaction,
      filing([bought('«2024-03-05»', '1000', '10000', { timeliness: 'L' })], { signed: '2024-04-15' }),
      format,
      {
        severity: 'information',
      },
      { history: aprilFiled },
    );
    assertQuiet(lateTransaction, filing([bought('2024-03-05', '1000', '10000')]), format, { history: aprilFiled });
  });
}
