/**
 * The rules of Forms 3 and 5 (forms35-rules.md), and the Form 4 rules as they hold, or do not, on those forms.
 * "Today" is 2024-03-14 (harness.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { form4ItemOnForm5 } from '../../../server/src/engine/rules/code/form4-item-on-form5';
import { form5Early } from '../../../server/src/engine/rules/code/form5-early';
import { codeDirection } from '../../../server/src/engine/rules/code/direction';
import { holdingRowMismatch } from '../../../server/src/engine/rules/holdings/holding-row-mismatch';
import { repeatedAmountRule } from '../../../server/src/engine/rules/holdings/repeated-amount';
import { filingDeadline } from '../../../server/src/engine/rules/date/deadline';
import { form3Deadline } from '../../../server/src/engine/rules/date/form3-deadline';
import { form5Deadline } from '../../../server/src/engine/rules/date/form5-deadline';
import { implausibleDate } from '../../../server/src/engine/rules/date/implausible';
import { outsideFiscalYear } from '../../../server/src/engine/rules/date/outside-fiscal-year';
import { amendmentDates } from '../../../server/src/engine/rules/document/amendment-dates';
import { noSecuritiesOwned } from '../../../server/src/engine/rules/document/no-securities-owned';
import { noTransaction } from '../../../server/src/engine/rules/document/no-transaction';
import { originalSubmissionDate } from '../../../server/src/engine/rules/document/original-submission-date';
import { periodOfReport } from '../../../server/src/engine/rules/document/period-of-report';
import { reportedBoxes } from '../../../server/src/engine/rules/document/reported-boxes';
import { officerTitleMissing } from '../../../server/src/engine/rules/owner/officer-title-missing';
import { unusedFootnote } from '../../../server/src/engine/rules/footnote/unused';
import { form3Checkbox } from '../../../server/src/engine/rules/rule10b5-1/form3-checkbox';
import { rulesFor } from '../../../server/src/engine/forms/rules';
import { bindDocument } from '../../../server/src/engine/model/bind';
import { makeDate } from '../../../server/src/engine/model/date';
import { readXml } from '../../../server/src/engine/read/xml';
import { runRuleSet } from '../../../server/src/engine/rules/run';
import { holding, transaction, type Form4Spec } from '../../helpers/form4';
import { assertFires, assertQuiet, formats } from './harness';

/** A Form 3: two holdings, the event on 2024-03-04, signed on 2024-03-13 (within ten days of the event). */
function form3(spec: Form4Spec = {}): Form4Spec {
  return {
    documentType: '3',
    periodOfReport: '2024-03-04',
    aff10b5One: null,
    rows: [holding({ owned: '1000' }), holding({ table: 'II' })],
    ...spec,
  };
}

/** A Form 5 for the fiscal year ended 2023-12-31, signed 2024-02-09: a small acquisition (L) on 2023-06-01. */
function form5(spec: Form4Spec = {}): Form4Spec {
  return {
    documentType: '5',
    periodOfReport: '2023-12-31',
    rows: [transaction({ date: '2023-06-01', formType: '5', code: 'L', acquiredDisposed: 'A', price: '20.00', owned: '1100' })],
    signatures: [{ date: '2024-02-09' }],
    ...spec,
  };
}

test('each form has its rule set: owners and footnotes everywhere, the two-day deadline on Form 4 alone', () => {
  const ids = (form: Parameters<typeof rulesFor>[0]) => new Set(rulesFor(form).map((r) => r.id));
  for (const form of ['3', '3/A', '4', '4/A', '5', '5/A'] as const) {
    assert.ok(ids(form).has('owner/officer-title-missing'), form);
    assert.ok(ids(form).has('footnote/unused'), form);
  }
  assert.ok(!ids('5').has('date/deadline') && !ids('3').has('date/deadline') && ids('4').has('date/deadline'));
  assert.ok(!ids('5').has('document/period-of-report') && !ids('3').has('document/period-of-report'));
  assert.ok(ids('5').has('code/direction') && !ids('3').has('code/direction'));
  assert.ok(ids('3').has('document/no-securities-owned') && !ids('4').has('document/no-securities-owned'));
  assert.ok(ids('5/A').has('date/outside-fiscal-year') && !ids('5/A').has('date/form5-deadline'));
});

for (const format of formats) {
  // ---- Form 3 -------------------------------------------------------------------------------------------------

  test(`[${format}] document/no-securities-owned: true beside holdings, false with empty tables`, () => {
    assertFires(
      noSecuritiesOwned,
      form3({ noSecuritiesOwned: '«1»', rows: [holding({ markNames: ['‹nonDerivativeHolding›'] })] }),
      format,
      {
        messages: [
          'Explanation of Responses, "No securities are beneficially owned" (noSecuritiesOwned 1): but Table I row 1 reports a holding',
        ],
        severity: 'error',
      },
    );
    assertFires(noSecuritiesOwned, form3({ noSecuritiesOwned: '«false»', rows: [] }), format, {
      messages: ['Explanation of Responses, noSecuritiesOwned false: but Tables I and II are empty'],
    });
  });

  test(`[${format}] document/no-securities-owned: near misses, agreeing or absent (EDGAR sets it)`, () => {
    assertQuiet(noSecuritiesOwned, form3({ noSecuritiesOwned: '1', rows: [] }), format);
    assertQuiet(noSecuritiesOwned, form3({ noSecuritiesOwned: '0' }), format);
    assertQuiet(noSecuritiesOwned, form3({ rows: [] }), format);
  });

  test(`[${format}] date/form3-deadline: signed more than ten days after the event`, () => {
    assertFires(form3Deadline, form3({ periodOfReport: '«2024-02-20»', signatures: [{ date: '‹2024-03-13›' }] }), format, {
      messages: ['Box 2, date of event 2024-02-20: the Form 3 was due by 2024-03-01, 10 days later, but signed 2024-03-13'],
      severity: 'warning',
    });
  });

  test(`[${format}] date/form3-deadline: near misses, the tenth day, a weekend deadline, an IPO, an amendment`, () => {
    assertQuiet(form3Deadline, form3({ periodOfReport: '2024-03-03', signatures: [{ date: '2024-03-13' }] }), format);
    // 2024-03-02 + 10 days is Tuesday 2024-03-12; 2024-02-28 + 10 is Saturday 2024-03-09, due Monday 2024-03-11.
    assertQuiet(form3Deadline, form3({ periodOfReport: '2024-02-28', signatures: [{ date: '2024-03-11' }] }), format);
    assertFires(form3Deadline, form3({ periodOfReport: '«2024-02-28»', signatures: [{ date: '‹2024-03-12›' }] }), format);
    assertQuiet(
      form3Deadline,
      form3({
        periodOfReport: '2024-01-02',
        footnotes: { F1: "Filed in connection with the issuer's initial public offering." },
        rows: [holding({ title: { value: 'Common Stock', footnotes: ['F1'] } })],
      }),
      format,
    );
    assertQuiet(
      form3Deadline,
      form3({ documentType: '3/A', periodOfReport: '2024-01-02', dateOfOriginalSubmission: '2024-01-05' }),
      format,
    );
  });

  test(`[${format}] rule10b5-1/form3-checkbox: a checked box on a Form 3; 0, absent, or on a Form 4 is quiet`, () => {
    assertFires(form3Checkbox, form3({ aff10b5One: '«1»' }), format, {
      severity: 'information',
      messages: ['Rule 10b5-1 box (aff10b5One 1)'],
    });
    assertQuiet(form3Checkbox, form3({ aff10b5One: '0' }), format);
    assertQuiet(form3Checkbox, form3(), format);
    assertQuiet(form3Checkbox, { aff10b5One: '1', footnotes: { F1: 'Plan adopted 2023-11-01.' } }, format);
  });

  test(`[${format}] owner and footnote rules hold on Forms 3 and 5`, () => {
    assertFires(officerTitleMissing, form3({ owners: [{ isOfficer: '«1»' }] }), format);
    assertFires(unusedFootnote, form5({ footnotes: { '«F1»': 'Not referenced.' } }), format);
  });

  test(`[${format}] document/original-submission-date and amendment-dates on 3/A and 5/A`, () => {
    assertFires(originalSubmissionDate, form3({ documentType: '«3/A»' }), format, {
      messages: ['Form 3/A without dateOfOriginalSubmission: add the date the amended Form 3 was filed.'],
    });
    assertFires(originalSubmissionDate, form5({ documentType: '‹5›', dateOfOriginalSubmission: '«2024-02-09»' }), format, {
      data: { documentType: '5/A' },
    });
    assertQuiet(originalSubmissionDate, form5({ documentType: '5/A', dateOfOriginalSubmission: '2024-02-09' }), format);
    assertFires(
      amendmentDates,
      form5({
        documentType: '5/A',
        periodOfReport: '‹2023-12-31›',
        dateOfOriginalSubmission: '«2023-12-15»',
        signatures: [{ date: '2024-03-01' }],
      }),
      format,
      { messages: ['the filing amended cannot have been filed before the fiscal year it reports ended'] },
    );
    assertFires(
      amendmentDates,
      form3({ documentType: '3/A', periodOfReport: '‹2024-03-04›', dateOfOriginalSubmission: '«2024-03-01»' }),
      format,
      {
        messages: [
          'Box 5 (If Amendment, Date Original Filed): 2024-03-01 is before periodOfReport 2024-03-04: the filing amended cannot have been filed before the event that required it.',
        ],
      },
    );
    assertQuiet(
      amendmentDates,
      form5({ documentType: '5/A', dateOfOriginalSubmission: '2024-02-09', signatures: [{ date: '2024-03-01' }] }),
      format,
    );
  });

  // ---- Form 5 -------------------------------------------------------------------------------------------------

  test(`[${format}] date/form5-deadline: signed more than 45 days after the fiscal year end`, () => {
    assertFires(form5Deadline, form5({ periodOfReport: '«2023-12-31»', signatures: [{ date: '‹2024-02-15›' }] }), format, {
      messages: ['Box 3, fiscal year ended 2023-12-31: the Form 5 was due by 2024-02-14, 45 days later, but signed 2024-02-15'],
    });
  });

  test(`[${format}] date/form5-deadline: near misses, on the 45th day, a weekend 45th day, an amendment`, () => {
    assertQuiet(form5Deadline, form5({ signatures: [{ date: '2024-02-14' }] }), format);
    // Fiscal year ended 2023-06-30: day 45 is Monday 2023-08-14. 2022-12-31 + 45 = Tuesday 2023-02-14.
    // Fiscal year ended 2024-03-31: day 45 is Wednesday 2024-05-15; 2023-09-30 + 45 is Tuesday 2023-11-14.
    // 2022-09-30 + 45 is Monday 2022-11-14; 2021-09-30 + 45 is Sunday 2021-11-14: due Monday 2021-11-15.
    assertQuiet(
      form5Deadline,
      form5({
        periodOfReport: '2021-09-30',
        rows: [transaction({ date: '2021-06-01', formType: '5', code: 'L', acquiredDisposed: 'A' })],
        signatures: [{ date: '2021-11-15' }],
      }),
      format,
    );
    assertQuiet(
      form5Deadline,
      form5({ documentType: '5/A', dateOfOriginalSubmission: '2024-02-09', signatures: [{ date: '2024-06-01' }] }),
      format,
    );
  });

  test(`[${format}] code/form4-item-on-form5: a sale, an exercise and a post-2023 gift given as form type 5`, () => {
    assertFires(
      form4ItemOnForm5,
      form5({
        rows: [
          transaction({ date: '2023-06-01', formType: '«5»', code: 'S' }),
          transaction({ date: '2023-07-03', formType: '«5»', code: 'G', acquiredDisposed: 'D', price: '0' }),
          transaction({ table: 'II', date: '2023-08-01', formType: '«5»', code: 'M' }),
        ],
      }),
      format,
      {
        messages: [
          'Table I row 1 (06/01/2023 S), transaction code column: an open-market or private sale (S) was due on Form 4',
          'Table I row 2 (07/03/2023 G), transaction code column: a bona fide gift given (G, D) on or after 2023-02-27',
          'Table II row 1 (08/01/2023 M), transaction code column: an exercise or conversion of a derivative security (M',
        ],
        data: { formType: '4' },
      },
    );
  });

  test(`[${format}] code/form4-item-on-form5: near misses, Form 5 items, late Form 4 items, pre-2023 gifts, pre-2002 trades`, () => {
    assertQuiet(
      form4ItemOnForm5,
      form5({
        rows: [
          transaction({ date: '2023-06-01', formType: '5', code: 'L', acquiredDisposed: 'A' }),
          transaction({ date: '2023-06-02', formType: '5', code: 'W', acquiredDisposed: 'A' }),
          transaction({ date: '2023-01-10', formType: '5', code: 'G', acquiredDisposed: 'D', price: '0' }),
          transaction({ date: '2023-07-10', formType: '5', code: 'G', acquiredDisposed: 'A', price: '0' }),
          transaction({ date: '2023-06-01', formType: '4', code: 'S' }),
          transaction({ date: '2002-06-01', formType: '5', code: 'A', acquiredDisposed: 'A' }),
          // A performance award's grant: whether it was a Form 4 item depends on terms the document does not give.
          transaction({ table: 'II', date: '2023-08-29', formType: '5', code: 'A', acquiredDisposed: 'A', title: 'Performance Rights' }),
        ],
      }),
      format,
    );
  });

  test(`[${format}] code/form5-early: E on a Form 5 row`, () => {
    assertFires(
      form5Early,
      form5({ rows: [transaction({ date: '2023-06-01', formType: '5', code: 'L', acquiredDisposed: 'A', timeliness: '«E»' })] }),
      format,
      {
        messages: ['Table I row 1 (06/01/2023 L), timeliness: E (early) is a Form 4 mark'],
        severity: 'error',
      },
    );
  });

  test(`[${format}] code/form5-early: near misses, L or empty on a Form 5; E on a Form 4 is that form's own mark`, () => {
    assertQuiet(form5Early, form5({ rows: [transaction({ date: '2023-06-01', formType: '4', code: 'S', timeliness: 'L' })] }), format);
    assertQuiet(form5Early, form5(), format);
    assertQuiet(form5Early, { rows: [transaction({ formType: '5', code: 'L', acquiredDisposed: 'A', timeliness: 'E' })] }, format);
  });

  test(`[${format}] document/reported-boxes: a box that contradicts the rows`, () => {
    assertFires(
      reportedBoxes,
      form5({
        form3HoldingsReported: '«0»',
        form4TransactionsReported: '«1»',
        rows: [transaction({ date: '2023-06-01', formType: '5', code: 'L', acquiredDisposed: 'A' }), holding({ formType: '‹3›' })],
      }),
      format,
      {
        messages: [
          'The "Form 3 Holdings Reported" box (form3HoldingsReported 0): not checked, but Table I row 2 is a late Form 3 holding',
          'The "Form 4 Transactions Reported" box (form4TransactionsReported 1): checked, but no row is a late Form 4 transaction',
        ],
      },
    );
  });

  test(`[${format}] document/reported-boxes: near misses, boxes that agree, boxes left to EDGAR`, () => {
    assertQuiet(
      reportedBoxes,
      form5({
        form3HoldingsReported: '1',
        form4TransactionsReported: '1',
        rows: [transaction({ date: '2023-06-01', formType: '4', code: 'S' }), holding({ formType: '3' })],
      }),
      format,
    );
    assertQuiet(reportedBoxes, form5({ form3HoldingsReported: 'false', form4TransactionsReported: '0' }), format);
    assertQuiet(reportedBoxes, form5({ rows: [holding({ formType: '3' })] }), format);
  });

  test(`[${format}] date/outside-fiscal-year: after the year's end; more than three years before it and not late`, () => {
    assertFires(
      outsideFiscalYear,
      form5({
        periodOfReport: '‹2023-12-31›',
        rows: [transaction({ date: '«2024-01-05»', formType: '5', code: 'L', acquiredDisposed: 'A' })],
      }),
      format,
      {
        messages: [
          'Table I row 1 (01/05/2024 L), transaction date: 2024-01-05 is after the fiscal year this Form 5 reports (ended 2023-12-31)',
        ],
      },
    );
    assertFires(
      outsideFiscalYear,
      form5({
        periodOfReport: '‹2023-12-31›',
        rows: [
          transaction({ date: '2023-05-01', formType: '5', code: 'L', acquiredDisposed: 'A' }),
          transaction({ date: '«2020-12-31»', formType: '5', code: 'W', acquiredDisposed: 'A' }),
        ],
      }),
      format,
      { messages: ['Table I row 2 (12/31/2020 W), transaction date: 2020-12-31 is more than 3 fiscal years before'] },
    );
  });

  test(`[${format}] date/outside-fiscal-year: near misses, the year's last day, a first Form 5's earlier years, late items`, () => {
    assertQuiet(
      outsideFiscalYear,
      form5({
        rows: [
          transaction({ date: '2023-12-31', formType: '5', code: 'L', acquiredDisposed: 'A' }),
          transaction({ date: '2021-01-01', formType: '5', code: 'W', acquiredDisposed: 'A' }),
          transaction({ date: '2019-05-01', formType: '4', code: 'S' }),
          transaction({ date: '2019-05-02', formType: '5', code: 'W', acquiredDisposed: 'A', timeliness: 'L' }),
        ],
      }),
      format,
    );
  });

  test(`[${format}] document/no-transaction on a Form 5: empty without the exit box is an error; holdings only, information`, () => {
    assertFires(noTransaction, form5({ documentType: '«5»', rows: [] }), format, {
      messages: ['Tables I and II: this Form 5 has no row, and the exit box (notSubjectToSection16) is not checked'],
      severity: 'error',
    });
    assertFires(noTransaction, form5({ documentType: '«5»', rows: [holding({ markNames: ['‹nonDerivativeHolding›'] })] }), format, {
      severity: 'information',
    });
    assertQuiet(noTransaction, form5({ rows: [], notSubjectToSection16: '1' }), format);
    assertQuiet(noTransaction, form5(), format);
  });

  test(`[${format}] Form 4 rules that do not hold on a Form 5 stay quiet there`, () => {
    // Two-day deadline: a Form 5 reports a year's deferred items months later, by design.
    assertQuiet(filingDeadline, form5({ rows: [transaction({ date: '2023-06-01', formType: '4', code: 'S' })] }), format);
    // periodOfReport is the fiscal year end, not the earliest transaction.
    assertQuiet(periodOfReport, form5(), format);
    // Year-old transactions are a Form 5's business.
    assertQuiet(
      implausibleDate,
      form5({ rows: [transaction({ date: '2023-01-03', formType: '5', code: 'W', acquiredDisposed: 'A' })] }),
      format,
    );
    // Year-end amounts on every row are a Form 5's way, not a repeated running tally.
    assertQuiet(
      repeatedAmountRule,
      form5({
        rows: [
          transaction({ date: '2023-06-01', formType: '5', code: 'L', acquiredDisposed: 'A', owned: '1200' }),
          transaction({ date: '2023-07-01', formType: '5', code: 'L', acquiredDisposed: 'A', owned: '1200' }),
        ],
      }),
      format,
    );
    // A year-end holding row still agrees with the last transaction of its series.
    assertFires(
      holdingRowMismatch,
      form5({
        rows: [
          transaction({ date: '2023-06-01', formType: '5', code: 'L', acquiredDisposed: 'A', owned: '‹1100›' }),
          holding({ owned: '«1000»' }),
        ],
      }),
      format,
    );
    // The direction rule is about transactions, and holds on Form 5 as on Form 4.
    assertFires(
      codeDirection,
      form5({ rows: [transaction({ date: '2023-06-01', formType: '5', code: '‹L›', acquiredDisposed: '«D»' })] }),
      format,
    );
  });
}

test('document/no-transaction: an X0101 Form 5/A, its rows outside the tables, is not empty', () => {
  const xml = (rows: string) =>
    `<ownershipDocument><schemaVersion>X0101</schemaVersion><documentType>5/A</documentType><periodOfReport>2003-06-30</periodOfReport>${rows}</ownershipDocument>`;
  const run = (text: string) => runRuleSet(bindDocument(readXml(text).root!), makeDate(2026, 1, 5), [noTransaction]).map((f) => f.severity);
  assert.deepEqual(run(xml('<nonDerivativeSecurity><securityTitle>Common</securityTitle></nonDerivativeSecurity>')), []);
  assert.deepEqual(run(xml('')), ['error']);
});
