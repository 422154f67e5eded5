import assert from 'node:assert/strict';
import { test } from 'node:test';
import { amendmentDates } from '../../../server/src/engine/rules/document/amendment-dates';
import { noTransaction } from '../../../server/src/engine/rules/document/no-transaction';
import { originalSubmissionDate } from '../../../server/src/engine/rules/document/original-submission-date';
import { periodOfReport } from '../../../server/src/engine/rules/document/period-of-report';
import { tableRowLimit } from '../../../server/src/engine/rules/document/table-row-limit';
import { tradingSymbol } from '../../../server/src/engine/rules/document/trading-symbol';
import { documentType } from '../../../server/src/engine/rules/document/type';
import { zeroCik } from '../../../server/src/engine/rules/document/zero-cik';
import { holding, transaction } from '../../helpers/form4';
import { assertFires, assertQuiet, formats } from './harness';

for (const format of formats) {
  test(`[${format}] document/type: a documentType that is not 4 or 4/A`, () => {
    assertFires(documentType, { documentType: '«4A»' }, format, {
      messages: ["documentType '4A' is not a Form 4 type"],
      severity: 'error',
      data: { expected: '4' },
    });
  });

  test(`[${format}] document/type: 4 and 4/A pass`, () => {
    assertQuiet(documentType, { documentType: '4' }, format);
    assertQuiet(documentType, { documentType: '4/A', dateOfOriginalSubmission: '2024-03-13' }, format);
  });

  test(`[${format}] document/period-of-report: period later than the earliest transaction in either table`, () => {
    assertFires(
      periodOfReport,
      {
        periodOfReport: '«2024-03-15»',
        rows: [transaction({ date: '2024-03-15' }), transaction({ table: 'II', code: 'A', acquiredDisposed: 'A', date: '‹2024-03-12›' })],
      },
      format,
      {
        messages: [
          'Box 3 (Date of Earliest Transaction): should be 2024-03-12, the earliest transaction date (Table II row 1 (03/12/2024 A 100)), not 2024-03-15.',
        ],
        data: { earliest: '2024-03-12' },
      },
    );
  });

  test(`[${format}] document/period-of-report: period earlier than every transaction`, () => {
    assertFires(periodOfReport, { periodOfReport: '«2024-03-01»', rows: [transaction({ date: '‹2024-03-12›' })] }, format, {
      data: { earliest: '2024-03-12' },
    });
  });

  test(`[${format}] document/period-of-report: near miss, the earliest of several dates; holdings have no date`, () => {
    assertQuiet(
      periodOfReport,
      { periodOfReport: '2024-03-11', rows: [transaction({ date: '2024-03-12' }), transaction({ date: '2024-03-11' }), holding()] },
      format,
    );
  });

  test(`[${format}] document/period-of-report: a 4/A may keep the original period, earlier than its corrected lines`, () => {
    assertQuiet(
      periodOfReport,
      {
        documentType: '4/A',
        dateOfOriginalSubmission: '2024-03-13',
        periodOfReport: '2024-03-01',
        rows: [transaction({ date: '2024-03-12' })],
      },
      format,
    );
    assertFires(
      periodOfReport,
      {
        documentType: '4/A',
        dateOfOriginalSubmission: '2024-03-13',
        periodOfReport: '«2024-03-20»',
        rows: [transaction({ date: '‹2024-03-12›' })],
      },
      format,
    );
  });

  test(`[${format}] document/period-of-report: no transactions (holdings only), nothing to compare`, () => {
    assertQuiet(periodOfReport, { periodOfReport: '2024-03-20', rows: [holding()] }, format);
  });

  test(`[${format}] document/original-submission-date: 4/A without it, on documentType`, () => {
    assertFires(originalSubmissionDate, { documentType: '«4/A»' }, format, { messages: ['Form 4/A without dateOfOriginalSubmission'] });
  });

  test(`[${format}] document/original-submission-date: an original Form 4 with it, on the date`, () => {
    assertFires(originalSubmissionDate, { documentType: '‹4›', dateOfOriginalSubmission: '«2024-03-13»' }, format, {
      messages: ['Box 4 (If Amendment, Date Original Filed): 2024-03-13 on an original Form 4'],
      data: { documentType: '4/A' },
    });
  });

  test(`[${format}] document/original-submission-date: near misses`, () => {
    assertQuiet(originalSubmissionDate, { documentType: '4/A', dateOfOriginalSubmission: '2024-03-13' }, format);
    assertQuiet(originalSubmissionDate, { documentType: '4' }, format);
  });

  test(`[${format}] document/table-row-limit: 31 rows in Table I, on the 31st`, () => {
    const rows = Array.from({ length: 31 }, (_, i) => (i === 30 ? holding({ markNames: ['nonDerivativeHolding'] }) : holding()));
    assertFires(tableRowLimit, { rows }, format, {
      messages: ['Table I (non-derivative) has 31 rows; EDGAR takes at most 30'],
      data: { rows: '31', limit: '30' },
    });
  });

  test(`[${format}] document/table-row-limit: 30 rows in each table is the limit, not over it`, () => {
    const rows = [...Array.from({ length: 30 }, () => holding()), ...Array.from({ length: 30 }, () => holding({ table: 'II' }))];
    assertQuiet(tableRowLimit, { rows }, format);
  });

  // ---- document/no-transaction ----------------------------------------------------------------------------------

  test(`[${format}] document/no-transaction: a Form 4 of holdings only, on documentType, the holdings related`, () => {
    assertFires(
      noTransaction,
      {
        documentType: '«4»',
        rows: [holding({ markNames: ['‹nonDerivativeHolding›'] }), holding({ table: 'II', markNames: ['‹derivativeHolding›'] })],
      },
      format,
      {
        messages: [
          'This Form 4 reports 2 holdings and no transaction: add the transactions it is filed for, or report holdings alone on Form 3 or Form 5.',
        ],
        severity: 'warning',
      },
    );
  });

  test(`[${format}] document/no-transaction: empty tables`, () => {
    assertFires(noTransaction, { documentType: '«4»', rows: [] }, format, { messages: ['This Form 4 reports no transaction'] });
  });

  test(`[${format}] document/no-transaction: near misses (one transaction in Table II; an exit filing; a 4/A restating a holding)`, () => {
    assertQuiet(noTransaction, { rows: [holding(), transaction({ table: 'II', code: 'A', acquiredDisposed: 'A' })] }, format);
    assertQuiet(noTransaction, { notSubjectToSection16: '1', rows: [holding()] }, format);
    assertQuiet(
      noTransaction,
      { documentType: '4/A', dateOfOriginalSubmission: '2024-03-13', periodOfReport: '2024-03-12', rows: [holding()] },
      format,
    );
  });

  // ---- document/zero-cik ----------------------------------------------------------------------------------------

  test(`[${format}] document/zero-cik: the issuer's and an owner's CIK all zeros`, () => {
    assertFires(zeroCik, { issuer: { cik: '«0000000000»' }, owners: [{}, { cik: '«0»', name: 'Doe Jane' }] }, format, {
      messages: [
        'Box 2 (Issuer CIK): 0000000000 is all zeros',
        "reporting owner 2 (Doe Jane), Box 1 (Reporting Person CIK): 0 is all zeros: enter the owner's CIK.",
      ],
      severity: 'error',
    });
  });

  test(`[${format}] document/zero-cik: near misses (zeros and other digits; an empty CIK is the schema's)`, () => {
    assertQuiet(zeroCik, { issuer: { cik: '0000000010' }, owners: [{ cik: '1000000000' }] }, format);
    assertQuiet(zeroCik, { issuer: { cik: '' } }, format);
  });

  // ---- document/trading-symbol ----------------------------------------------------------------------------------

  test(`[${format}] document/trading-symbol: lower case, with the upper-case symbol for the fix`, () => {
    assertFires(tradingSymbol, { issuer: { tradingSymbol: '«brk.b»' } }, format, {
      messages: ['Box 2 (Ticker or Trading Symbol): "brk.b" is written in lower case'],
      severity: 'warning',
      data: { expected: 'BRK.B' },
    });
  });

  test(`[${format}] document/trading-symbol: a space, with no fix to guess`, () => {
    const [finding] = assertFires(tradingSymbol, { issuer: { tradingSymbol: '«BRK B»' } }, format, { messages: ['written with a space'] });
    assert.equal(finding.data, undefined);
  });

  test(`[${format}] document/trading-symbol: near misses (dots, dashes, digits; no-symbol placeholders)`, () => {
    for (const symbol of ['BRK.B', 'MFAC.U', 'BF-B', 'AAPL', 'NONE', 'n/a', 'None'])
      assertQuiet(tradingSymbol, { issuer: { tradingSymbol: symbol } }, format);
  });

  // ---- document/amendment-dates ---------------------------------------------------------------------------------

  const amendment = { documentType: '4/A', periodOfReport: '2024-03-12' } as const;

  test(`[${format}] document/amendment-dates: filed before the period of report`, () => {
    // The row is dated before box 4 (a row after it is document/amendment-new-transaction's): the period is what is wrong.
    const rows = [transaction({ date: '2024-03-08' })];
    assertFires(amendmentDates, { ...amendment, rows, periodOfReport: '‹2024-03-12›', dateOfOriginalSubmission: '«2024-03-11»' }, format, {
      messages: ['Box 4 (If Amendment, Date Original Filed): 2024-03-11 is before periodOfReport 2024-03-12'],
      severity: 'error',
    });
  });

  test(`[${format}] document/amendment-dates: filed after the amendment was signed`, () => {
    assertFires(
      amendmentDates,
      { ...amendment, dateOfOriginalSubmission: '«2024-03-14»', signatures: [{ date: '‹2024-03-13›' }] },
      format,
      {
        messages: ["Box 4 (If Amendment, Date Original Filed): 2024-03-14 is after the amendment's signature date"],
        severity: 'error',
      },
    );
  });

  test(`[${format}] document/amendment-dates: a Saturday and a federal holiday are no filing days`, () => {
    assertFires(amendmentDates, { ...amendment, dateOfOriginalSubmission: '«2024-03-16»', signatures: [{ date: '2024-03-18' }] }, format, {
      messages: ['Box 4 (If Amendment, Date Original Filed): 2024-03-16 is a Saturday, when EDGAR takes no filings'],
      severity: 'warning',
      data: { closed: 'Saturday' },
    });
    assertFires(
      amendmentDates,
      {
        ...amendment,
        periodOfReport: '2024-07-01',
        rows: [transaction({ date: '2024-07-01' })],
        dateOfOriginalSubmission: '«2024-07-04»',
        signatures: [{ date: '2024-07-05' }],
      },
      format,
      { messages: ['Box 4 (If Amendment, Date Original Filed): 2024-07-04 is Independence Day'], severity: 'warning' },
    );
  });

  test(`[${format}] document/amendment-dates: near misses (filed the day of the period, signed the day it was filed; not an amendment)`, () => {
    assertQuiet(amendmentDates, { ...amendment, dateOfOriginalSubmission: '2024-03-12', signatures: [{ date: '2024-03-12' }] }, format);
    assertQuiet(amendmentDates, { documentType: '4', rows: [transaction()] }, format);
  });
}
