import assert from 'node:assert/strict';
import { test } from 'node:test';
import { filingDeadline } from '../../../server/src/engine/rules/date/deadline';
import { deemedExecution } from '../../../server/src/engine/rules/date/deemed-execution';
import { futureDate } from '../../../server/src/engine/rules/date/future';
import { implausibleDate } from '../../../server/src/engine/rules/date/implausible';
import { signatureBeforeTransaction } from '../../../server/src/engine/rules/date/signature-before-transaction';
import { holding, transaction } from '../../helpers/form4';
import { assertFires, assertQuiet, formats } from './harness';

// "Today" in these tests is Thursday 2024-03-14 (harness.testToday).

for (const format of formats) {
  // ---- date/future ----------------------------------------------------------------------------------------------

  test(`[${format}] date/future: a transaction dated tomorrow`, () => {
    assertFires(futureDate, { rows: [transaction({ date: '«2024-03-15»' })], signatures: [{ date: '2024-03-15' }] }, format, {
      messages: ['Table I row 1 (03/15/2024 S 100), column 2: transaction date 2024-03-15 is after today (2024-03-14).'],
      severity: 'error',
    });
  });

  test(`[${format}] date/future: near miss, a transaction dated today, and holdings (no date)`, () => {
    assertQuiet(futureDate, { rows: [transaction({ date: '2024-03-14' }), holding()], signatures: [{ date: '2024-03-14' }] }, format);
  });

  // ---- date/deadline --------------------------------------------------------------------------------------------

  test(`[${format}] date/deadline: signed three business days after a Friday trade`, () => {
    assertFires(filingDeadline, { rows: [transaction({ date: '«2024-03-08»' })], signatures: [{ date: '‹2024-03-13›' }] }, format, {
      messages: [
        'Table I row 1 (03/08/2024 S 100): due by 2024-03-12, two business days after the transaction on 2024-03-08, but signed 2024-03-13: mark the row late (transactionTimeliness L).',
      ],
      severity: 'warning',
      data: { deadline: '2024-03-12' },
    });
  });

  test(`[${format}] date/deadline: near misses: signed on the deadline; marked late; reported early on the Form 5 schedule`, () => {
    assertQuiet(filingDeadline, { rows: [transaction({ date: '2024-03-08' })], signatures: [{ date: '2024-03-12' }] }, format);
    assertQuiet(
      filingDeadline,
      { rows: [transaction({ date: '2024-03-01', timeliness: 'L' })], signatures: [{ date: '2024-03-13' }] },
      format,
    );
    assertQuiet(
      filingDeadline,
      { rows: [transaction({ date: '2024-03-01', code: 'G', formType: '5', timeliness: 'E' })], signatures: [{ date: '2024-03-13' }] },
      format,
    );
  });

  test(`[${format}] date/deadline: one late filing is one finding listing its late rows, each marked`, () => {
    const [finding] = assertFires(
      filingDeadline,
      {
        rows: [
          transaction({ date: '«2024-03-06»' }),
          transaction({ date: '‹2024-03-06›' }),
          transaction({ date: '2024-03-11' }),
          transaction({ date: '‹2024-03-07›' }),
        ],
        signatures: [{ date: '‹2024-03-13›' }],
      },
      format,
      {
        messages: [
          'Table I rows 1, 2 and 4 were reported late: due by 2024-03-08 (Table I rows 1 and 2, two business days after the transaction on 2024-03-06) ' +
            'and by 2024-03-11 (Table I row 4, two business days after the transaction on 2024-03-07), but signed 2024-03-13: mark the rows late (transactionTimeliness L).',
        ],
        severity: 'warning',
        data: { deadline: '2024-03-08' },
      },
    );
    assert.deepEqual(
      finding?.related?.filter((r) => r.marked).map((r) => r.message),
      [
        'Table I row 2 is late too: due by 2024-03-08, two business days after the transaction on 2024-03-06',
        'Table I row 4 is late too: due by 2024-03-11, two business days after the transaction on 2024-03-07',
      ],
    );
  });

  test(`[${format}] date/deadline: a small acquisition (L) may wait for Form 5, so it is not late on a Form 4`, () => {
    // YQ 2026-08-24: two L rows and a purchase, signed on the purchase's deadline.
    const rows = [
      transaction({ date: '2024-03-01', code: 'L', acquiredDisposed: 'A' }),
      transaction({ date: '2024-03-04', code: 'L', acquiredDisposed: 'A' }),
      transaction({ date: '2024-03-11', code: 'P', acquiredDisposed: 'A' }),
    ];
    assertQuiet(filingDeadline, { rows, signatures: [{ date: '2024-03-13' }] }, format);
    // Near miss: a purchase (P) on the same late dates is late.
    assertFires(
      filingDeadline,
      {
        rows: [transaction({ date: '«2024-03-01»', code: 'P', acquiredDisposed: 'A' }), ...rows.slice(1)],
        signatures: [{ date: '‹2024-03-13›' }],
      },
      format,
      {
        messages: [
          'Table I row 1 (03/01/2024 P 100): due by 2024-03-05, two business days after the transaction on 2024-03-01, but signed 2024-03-13',
        ],
      },
    );
  });

  test(`[${format}] date/deadline: Labor Day 2003 (Monday 09-01) is not a business day`, () => {
    // Friday 2003-08-29 is due Wednesday 09-03; Thursday 08-28 is due Tuesday 09-02; Wednesday 08-27 is due Friday 08-29.
    assertQuiet(filingDeadline, { rows: [transaction({ date: '2003-08-29' })], signatures: [{ date: '2003-09-03' }] }, format);
    assertQuiet(filingDeadline, { rows: [transaction({ date: '2003-08-28' })], signatures: [{ date: '2003-09-02' }] }, format);
    assertFires(
      filingDeadline,
      { rows: [transaction({ date: '«2003-08-27»' }), transaction({ date: '2003-08-29' })], signatures: [{ date: '‹2003-09-02›' }] },
      format,
      {
        data: { deadline: '2003-08-29' },
      },
    );
  });

  test(`[${format}] date/deadline: the deemed execution date starts the clock for a plan trade or a code I row`, () => {
    assertQuiet(
      filingDeadline,
      { aff10b5One: '1', rows: [transaction({ date: '2024-03-06', deemedDate: '2024-03-11' })], signatures: [{ date: '2024-03-13' }] },
      format,
    );
    assertQuiet(
      filingDeadline,
      { rows: [transaction({ date: '2024-03-06', deemedDate: '2024-03-11', code: 'I' })], signatures: [{ date: '2024-03-13' }] },
      format,
    );
    assertQuiet(
      filingDeadline,
      {
        rows: [transaction({ date: '2024-03-06', deemedDate: '2024-03-11', codingFootnotes: ['F1'] })],
        footnotes: { F1: 'Sold under a Rule 10b5-1 trading plan adopted on November 1, 2023.' },
        signatures: [{ date: '2024-03-13' }],
      },
      format,
    );
    assertFires(
      filingDeadline,
      { aff10b5One: '1', rows: [transaction({ date: '2024-03-04', deemedDate: '«2024-03-07»' })], signatures: [{ date: '‹2024-03-13›' }] },
      format,
      {
        messages: ['due by 2024-03-11, two business days after the deemed execution date on 2024-03-07'],
        data: { deadline: '2024-03-11' },
      },
    );
  });

  test(`[${format}] date/deadline: outside a plan and for a code S row, the clock starts on the transaction date`, () => {
    assertFires(
      filingDeadline,
      { rows: [transaction({ date: '«2024-03-06»', deemedDate: '2024-03-11' })], signatures: [{ date: '‹2024-03-13›' }] },
      format,
      {
        messages: [
          'Table I row 1 (03/06/2024 S 100): due by 2024-03-08, two business days after the transaction on 2024-03-06, but signed 2024-03-13',
        ],
        data: { deadline: '2024-03-08' },
      },
    );
  });

  test(`[${format}] date/deadline: an unsigned draft is judged against today`, () => {
    assertFires(filingDeadline, { rows: [transaction({ date: '«2024-03-11»' })], signatures: [{ date: '' }] }, format, {
      messages: ['due by 2024-03-13, two business days after the transaction on 2024-03-11, but not signed yet and today is 2024-03-14'],
      data: { deadline: '2024-03-13' },
    });
    assertQuiet(filingDeadline, { rows: [transaction({ date: '2024-03-12' })], signatures: [{ date: '' }] }, format);
  });

  test(`[${format}] date/deadline: a 4/A is judged by the original submission date, not its own signature`, () => {
    const amendment = { documentType: '4/A', signatures: [{ date: '2024-04-30' }] };
    assertQuiet(
      filingDeadline,
      { ...amendment, dateOfOriginalSubmission: '2024-03-12', rows: [transaction({ date: '2024-03-08' })] },
      format,
    );
    assertFires(
      filingDeadline,
      { ...amendment, dateOfOriginalSubmission: '‹2024-03-13›', rows: [transaction({ date: '«2024-03-08»' })] },
      format,
      {
        messages: ['due by 2024-03-12, two business days after the transaction on 2024-03-08, but originally filed 2024-03-13'],
      },
    );
  });

  test(`[${format}] date/deadline: an unreadable signature date is not replaced by today`, () => {
    assertQuiet(filingDeadline, { rows: [transaction({ date: '2024-01-02' })], signatures: [{ date: '03/13/2024' }] }, format);
  });

  // ---- date/deemed-execution ------------------------------------------------------------------------------------

  test(`[${format}] date/deemed-execution: before the transaction date`, () => {
    assertFires(deemedExecution, { rows: [transaction({ date: '‹2024-03-12›', deemedDate: '«2024-03-11»' })] }, format, {
      messages: [
        'Table I row 1 (03/12/2024 S 100), column 2A: deemed execution date 2024-03-11 is before the transaction date 2024-03-12.',
      ],
      severity: 'warning',
    });
  });

  test(`[${format}] date/deemed-execution: more than three business days after it`, () => {
    // From Tuesday 2024-03-05 the third business day is Friday 03-08; Monday 03-11 is one too many.
    assertFires(deemedExecution, { aff10b5One: '1', rows: [transaction({ date: '‹2024-03-05›', deemedDate: '«2024-03-11»' })] }, format, {
      messages: [
        'deemed execution date 2024-03-11 is more than three business days after the transaction date 2024-03-05 (latest 2024-03-08)',
      ],
      data: { latest: '2024-03-08' },
    });
  });

  test(`[${format}] date/deemed-execution: near misses: the same day, and exactly three business days later over a holiday`, () => {
    assertQuiet(deemedExecution, { rows: [transaction({ date: '2024-03-12', deemedDate: '2024-03-12' })] }, format);
    // Friday 2024-05-24, Memorial Day Monday 05-27: the third business day is Thursday 05-30.
    assertQuiet(
      deemedExecution,
      { rows: [transaction({ date: '2024-05-24', deemedDate: '2024-05-30', code: 'I' })], signatures: [{ date: '2024-05-31' }] },
      format,
    );
  });

  test(`[${format}] date/deemed-execution: a deemed date on a row that is neither a plan trade nor code I`, () => {
    assertFires(deemedExecution, { rows: [transaction({ date: '‹2024-03-11›', deemedDate: '«2024-03-12»' })] }, format, {
      messages: [
        'Table I row 1 (03/11/2024 S 100), column 2A: deemed execution date 2024-03-12 on a code S row that is neither a Rule 10b5-1(c) plan trade (aff10b5One is not checked and no footnote or remark speaks of a plan) nor a Rule 16b-3(f) discretionary transaction (code I): the deadline counts from the transaction date 2024-03-11 (due by 2024-03-13). Leave column 2A empty, or check aff10b5One if the trade was made under a Rule 10b5-1 plan.',
      ],
      data: { due: '2024-03-13' },
    });
  });

  test(`[${format}] date/deemed-execution: near misses: the same deemed date on a plan trade, a code I row, a plan remark; the trade date repeated`, () => {
    const late = { date: '2024-03-11', deemedDate: '2024-03-12' };
    assertQuiet(deemedExecution, { aff10b5One: '1', rows: [transaction(late)] }, format);
    assertQuiet(deemedExecution, { rows: [transaction({ ...late, code: 'I', acquiredDisposed: 'D' })] }, format);
    assertQuiet(
      deemedExecution,
      { rows: [transaction(late)], remarks: 'The sale was made under a Rule 10b5-1 plan adopted 8/16/2023.' },
      format,
    );
    assertQuiet(
      deemedExecution,
      { rows: [transaction({ date: '2024-03-12', deemedDate: '2024-03-12', code: 'A', acquiredDisposed: 'A' })] },
      format,
    );
  });

  // ---- date/signature-before-transaction ------------------------------------------------------------------------

  test(`[${format}] date/signature-before-transaction: signed the day before the last transaction`, () => {
    assertFires(
      signatureBeforeTransaction,
      { rows: [transaction({ date: '2024-03-08' }), transaction({ date: '‹2024-03-12›' })], signatures: [{ date: '«2024-03-11»' }] },
      format,
      { messages: ['Signature 1 is dated 2024-03-11, before the transaction of 2024-03-12 (Table I row 2).'], severity: 'warning' },
    );
  });

  test(`[${format}] date/signature-before-transaction: each early signature, naming every later transaction`, () => {
    assertFires(
      signatureBeforeTransaction,
      {
        owners: [{}, { cik: '0001200009' }],
        rows: [transaction({ date: '‹‹2024-03-11››' }), transaction({ date: '‹‹2024-03-12››' })],
        signatures: [{ date: '«2024-03-10»' }, { date: '«2024-03-09»' }],
      },
      format,
      { messages: ['before the transaction of 2024-03-12 (Table I row 2) and 1 more', 'Signature 2 is dated 2024-03-09'] },
    );
  });

  test(`[${format}] date/signature-before-transaction: near miss, signed the day of the transaction`, () => {
    assertQuiet(signatureBeforeTransaction, { rows: [transaction({ date: '2024-03-12' })], signatures: [{ date: '2024-03-12' }] }, format);
  });

  // ---- date/implausible -----------------------------------------------------------------------------------------

  test(`[${format}] date/implausible: a year before 1990, on the transaction and on the signature`, () => {
    assertFires(
      implausibleDate,
      { periodOfReport: '2024-03-12', rows: [transaction({ date: '«1924-03-12»' })], signatures: [{ date: '«0224-03-13»' }] },
      format,
      {
        messages: [
          'Table I row 1 (03/12/1924 S 100), column 2: transaction date 1924-03-12 is before 1990: correct the year.',
          'Signature 1: date 0224-03-13 is before 1990',
        ],
        severity: 'error',
      },
    );
  });

  test(`[${format}] date/implausible: a transaction more than a year before the signature`, () => {
    assertFires(
      implausibleDate,
      { rows: [transaction({ date: '«2023-03-12»' }), transaction({ date: '2024-03-12' })], signatures: [{ date: '‹2024-03-13›' }] },
      format,
      {
        messages: [
          'Table I row 1 (03/12/2023 S 100), column 2: transaction date 2023-03-12 is more than a year before the filing (signed 2024-03-13): check the year, or mark the row late (L).',
        ],
        severity: 'warning',
      },
    );
  });

  test(`[${format}] date/implausible: an amendment is measured from the original's submission`, () => {
    assertFires(
      implausibleDate,
      {
        documentType: '4/A',
        dateOfOriginalSubmission: '‹2024-03-13›',
        rows: [transaction({ date: '«2023-01-05»' })],
        signatures: [{ date: '2025-06-02' }],
      },
      format,
      { messages: ['more than a year before the filing (originally filed 2024-03-13)'] },
    );
  });

  test(`[${format}] date/implausible: the 1988-08-08 placeholder of 2003 is taken on a filing of 2003, not later`, () => {
    const placeholder = (date: string, signed: string) => ({
      periodOfReport: '2003-06-30',
      rows: [transaction({ date }), transaction({ date: '2003-06-30' })],
      signatures: [{ date: signed }],
    });
    assertQuiet(implausibleDate, placeholder('1988-08-08', '2003-07-24'), format);
    assertFires(implausibleDate, placeholder('«1988-08-08»', '2004-01-05'), format, {
      messages: ['transaction date 1988-08-08 is before 1990'],
    });
  });

  test(`[${format}] date/implausible: near misses (exactly a year; marked late; a Form 5's fiscal year; 1990 itself)`, () => {
    assertQuiet(implausibleDate, { rows: [transaction({ date: '2023-03-13' })], signatures: [{ date: '2024-03-13' }] }, format);
    assertQuiet(
      implausibleDate,
      { rows: [transaction({ date: '2022-03-13', timeliness: 'L' })], signatures: [{ date: '2024-03-13' }] },
      format,
    );
    assertQuiet(
      implausibleDate,
      {
        documentType: '5',
        periodOfReport: '2023-12-31',
        rows: [transaction({ date: '2023-01-05', formType: '5' })],
        signatures: [{ date: '2024-02-10' }],
      },
      format,
    );
    assertQuiet(
      implausibleDate,
      { periodOfReport: '1990-01-01', rows: [transaction({ date: '1990-01-01' })], signatures: [{ date: '1990-01-02' }] },
      format,
    );
  });
}
