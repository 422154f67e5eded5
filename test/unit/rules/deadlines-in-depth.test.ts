/**
 * Deadlines in depth (issue 12): the filing date of a joint filing, rows that claim a deferral they cannot have,
 * rows of an amendment that are new transactions, and the dates an amendment gives for the filing it amends.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, check, codeActions, hover } from '../../../server/src/engine/index';
import { filingDeadline } from '../../../server/src/engine/rules/date/deadline';
import { notDeferrable } from '../../../server/src/engine/rules/date/not-deferrable';
import { amendmentDates } from '../../../server/src/engine/rules/document/amendment-dates';
import { amendmentNewTransaction } from '../../../server/src/engine/rules/document/amendment-new-transaction';
import { applyEdits } from '../../helpers/edits';
import { form4Xml, form4Yaml } from '../../helpers/form4';
import { transaction } from '../../helpers/form4';
import { assertFires, assertQuiet, formats, testToday } from './harness';

// "Today" in these tests is Thursday 2024-03-14 (harness.testToday).

const twoOwners = [
  { cik: '0000000001', name: 'First Owner' },
  { cik: '0000000002', name: 'Second Owner' },
];

for (const format of formats) {
  // ---- date/deadline on a joint filing: the latest signature is the filing date --------------------------------

  test(`[${format}] date/deadline: a joint filing is filed when its last owner signs, whichever signature comes first`, () => {
    // Friday 2024-03-08 is due Tuesday 03-12: the first owner signed in time, the second a day late.
    for (const dates of [
      ['2024-03-12', '‹2024-03-13›'],
      ['‹2024-03-13›', '2024-03-12'],
    ])
      assertFires(
        filingDeadline,
        { owners: twoOwners, rows: [transaction({ date: '«2024-03-08»' })], signatures: dates.map((date) => ({ date })) },
        format,
        {
          messages: ['due by 2024-03-12, two business days after the transaction on 2024-03-08, but last signed 2024-03-13'],
          data: { deadline: '2024-03-12' },
        },
      );
  });

  test(`[${format}] date/deadline: a joint draft that one owner has not signed yet is filed no earlier than today`, () => {
    assertFires(
      filingDeadline,
      { owners: twoOwners, rows: [transaction({ date: '«2024-03-11»' })], signatures: [{ date: '2024-03-12' }, { date: '' }] },
      format,
      {
        messages: ['due by 2024-03-13, two business days after the transaction on 2024-03-11, but not signed yet and today is 2024-03-14'],
      },
    );
  });

  test(`[${format}] date/deadline: near misses: every owner signed by the deadline; one unreadable date`, () => {
    assertQuiet(
      filingDeadline,
      { owners: twoOwners, rows: [transaction({ date: '2024-03-08' })], signatures: [{ date: '2024-03-11' }, { date: '2024-03-12' }] },
      format,
    );
    assertQuiet(
      filingDeadline,
      { owners: twoOwners, rows: [transaction({ date: '2024-03-01' })], signatures: [{ date: '2024-03-04' }, { date: '13/03/2024' }] },
      format,
    );
  });

  // ---- date/not-deferrable --------------------------------------------------------------------------------------

  test(`[${format}] date/not-deferrable: a sale marked early and filed after its deadline is late`, () => {
    assertFires(
      notDeferrable,
      { rows: [transaction({ date: '‹2024-03-08›', code: 'S', timeliness: '«E»' })], signatures: [{ date: '‹2024-03-13›' }] },
      format,
      {
        messages: [
          'Table I row 1 (03/08/2024 S 100), column 3: an open-market or private sale (S) cannot wait for Form 5, yet the row is marked early (E): it is due by 2024-03-12, two business days after the transaction on 2024-03-08; signed 2024-03-13: the row is late, not early: set transactionTimeliness to L.',
        ],
        severity: 'warning',
        data: { deadline: '2024-03-12', timeliness: 'L' },
      },
    );
  });

  test(`[${format}] date/not-deferrable: a purchase on form type 5, filed in time, is an ordinary Form 4 line`, () => {
    assertFires(
      notDeferrable,
      {
        rows: [transaction({ date: '‹2024-03-11›', code: 'P', acquiredDisposed: 'A', formType: '«5»' })],
        signatures: [{ date: '‹2024-03-13›' }],
      },
      format,
      {
        messages: [
          'Table I row 1 (03/11/2024 P 100), column 3: an open-market or private purchase (P) cannot wait for Form 5, yet the row is given form type 5: it is due by 2024-03-13, two business days after the transaction on 2024-03-11; signed 2024-03-13, in time: it is an ordinary Form 4 line, not early: set transactionFormType to 4.',
        ],
        data: { deadline: '2024-03-13', formType: '4' },
      },
    );
  });

  test(`[${format}] date/not-deferrable: a gift given since 2023-02-27, marked E and form type 5, unsigned past its deadline`, () => {
    assertFires(
      notDeferrable,
      {
        rows: [transaction({ table: 'II', date: '‹2024-03-11›', code: 'G', price: '0', formType: '‹5›', timeliness: '«E»' })],
        signatures: [{ date: '' }],
      },
      format,
      {
        messages: [
          'Table II row 1 (03/11/2024 G 100), column 4: a bona fide gift given (G, D) on or after 2023-02-27 cannot wait for Form 5, yet the row is marked early (E, form type 5): it is due by 2024-03-13, two business days after the transaction on 2024-03-11; not signed yet and today is 2024-03-14: the row is late, not early: set transactionTimeliness to L and transactionFormType to 4.',
        ],
        data: { deadline: '2024-03-13', timeliness: 'L', formType: '4' },
      },
    );
  });

  test(`[${format}] date/not-deferrable: a late row already marked L has only its form type 5 left to mend`, () => {
    assertFires(
      notDeferrable,
      {
        rows: [transaction({ date: '‹2024-03-11›', code: 'S', formType: '«5»', timeliness: 'L' })],
        signatures: [{ date: '‹2024-03-20›' }],
      },
      format,
      {
        messages: [
          'Table I row 1 (03/11/2024 S 100), column 3: an open-market or private sale (S) cannot wait for Form 5, yet the row is given form type 5: it is due by 2024-03-13, two business days after the transaction on 2024-03-11; signed 2024-03-20: the row is late, not early: set transactionFormType to 4.',
        ],
        data: { deadline: '2024-03-13', formType: '4' },
      },
    );
  });

  test(`[${format}] date/not-deferrable: the deemed execution date of a plan sale starts the clock`, () => {
    assertFires(
      notDeferrable,
      {
        aff10b5One: '1',
        rows: [transaction({ date: '2024-03-04', deemedDate: '‹2024-03-07›', code: 'S', timeliness: '«E»' })],
        signatures: [{ date: '‹2024-03-12›' }],
      },
      format,
      {
        messages: [
          'it is due by 2024-03-11, two business days after the deemed execution date on 2024-03-07; signed 2024-03-12: the row is late',
        ],
      },
    );
  });

  test(`[${format}] date/not-deferrable: a 4/A is judged by the original's filing date; with none, only the due date is said`, () => {
    assertFires(
      notDeferrable,
      {
        documentType: '4/A',
        dateOfOriginalSubmission: '‹2024-03-13›',
        rows: [transaction({ date: '‹2024-03-08›', code: 'S', timeliness: '«E»' })],
        signatures: [{ date: '2024-04-30' }],
      },
      format,
      {
        messages: [
          'due by 2024-03-12, two business days after the transaction on 2024-03-08; originally filed 2024-03-13: the row is late',
        ],
      },
    );
    assertFires(
      notDeferrable,
      { rows: [transaction({ date: '‹2024-03-08›', code: 'S', timeliness: '«E»' })], signatures: [{ date: '03/13/2024' }] },
      format,
      {
        messages: [
          'due by 2024-03-12, two business days after the transaction on 2024-03-08: report it as a Form 4 line (transactionFormType 4, no E).',
        ],
        data: { deadline: '2024-03-12' },
      },
    );
  });

  test(`[${format}] date/not-deferrable: near misses (a gift before 2023-02-27, a gift received, an exercise, unmarked or late-marked trades)`, () => {
    const late = { signatures: [{ date: '2024-03-13' }] };
    for (const row of [
      transaction({ date: '2023-02-24', code: 'G', price: '0', timeliness: 'E', formType: '5' }),
      transaction({ date: '2024-03-08', code: 'G', price: '0', acquiredDisposed: 'A', timeliness: 'E' }),
      transaction({ date: '2024-03-08', code: 'M', acquiredDisposed: 'A', timeliness: 'E' }),
      transaction({ date: '2024-03-08', code: 'S' }),
      transaction({ date: '2024-03-08', code: 'S', timeliness: 'L' }),
    ])
      assertQuiet(notDeferrable, { ...late, rows: [row] }, format);
  });

  test(`[${format}] date/not-deferrable: the quick fixes set the row late, or its form type to 4, and the finding goes`, () => {
    const render = format === 'xml' ? form4Xml : form4Yaml;
    for (const [row, title] of [
      [transaction({ date: '2024-03-08', code: 'S', timeliness: 'E' }), 'Mark Table I row 1 late (transactionTimeliness L)'],
      [transaction({ date: '2024-03-08', code: 'S' }), undefined],
      [
        transaction({ date: '2024-03-12', code: 'S', formType: '5' }),
        'Set transactionFormType to 4 (a Form 4 item, not an early Form 5 one)',
      ],
      // Late with both marks: one fix mends both cells; late and marked L already: only the form type is left.
      [
        transaction({ date: '2024-03-08', code: 'S', timeliness: 'E', formType: '5' }),
        'Mark Table I row 1 late (transactionTimeliness L) and set transactionFormType to 4',
      ],
      [
        transaction({ date: '2024-03-08', code: 'S', timeliness: 'L', formType: '5' }),
        'Set transactionFormType to 4 (a Form 4 item, not an early Form 5 one)',
      ],
    ] as const) {
      const text = render({ rows: [row], signatures: [{ date: '2024-03-13' }] });
      const doc = analyze(text, format);
      const findings = check(doc, { today: testToday });
      const finding = findings.find((f) => f.rule === 'date/not-deferrable');
      if (!title) {
        assert.equal(finding, undefined);
        continue;
      }
      assert.ok(finding, `a finding on ${text}`);
      const actions = codeActions(doc, findings, finding.span).filter((a) => a.findingRule === 'date/not-deferrable');
      assert.deepEqual(
        actions.map((a) => a.title),
        [title],
      );
      const fixed = analyze(applyEdits(text, actions[0].edits), format);
      assert.deepEqual(
        check(fixed, { today: testToday }).filter((f) => f.rule === 'date/not-deferrable' || /^(xml|yaml|schema)\//.test(f.rule)),
        [],
      );
    }
  });

  test(`[${format}] the deadline hover on a sale marked early says the deadline applies`, () => {
    const render = format === 'xml' ? form4Xml : form4Yaml;
    const hoverOn = (row: ReturnType<typeof transaction>) => {
      const text = render({ rows: [row], signatures: [{ date: '2024-03-13' }] });
      return hover(analyze(text, format), text.lastIndexOf('2024-03-08') + 2, { today: testToday })?.markdown ?? '';
    };
    assert.match(
      hoverOn(transaction({ date: '2024-03-08', code: 'S', timeliness: 'E' })),
      /Tuesday 2024-03-12.*The row is marked early, but an open-market or private sale \(S\) cannot wait for Form 5\. The filing date is taken as the signature date, 2024-03-13: \*\*after the deadline\*\*/,
    );
    assert.match(
      hoverOn(transaction({ date: '2024-03-08', code: 'M', acquiredDisposed: 'A', timeliness: 'E' })),
      /The row is reported early \(E or form type 5\): the two-day deadline does not apply\./,
    );
    // As date/deadline reads it: a small acquisition (code L) filed a week after it is early, not late.
    const smallAcquisition = hoverOn(transaction({ date: '2024-03-08', code: 'L', acquiredDisposed: 'A' }));
    assert.match(smallAcquisition, /A small acquisition \(code L\) may wait for Form 5 \(Rule 16a-6\)/);
    assert.doesNotMatch(smallAcquisition, /after the deadline/);
  });

  // ---- document/amendment-new-transaction -----------------------------------------------------------------------

  const amendment = { documentType: '4/A', signatures: [{ date: '2024-03-13' }] } as const;

  test(`[${format}] document/amendment-new-transaction: a 4/A row dated after the original was filed`, () => {
    assertFires(
      amendmentNewTransaction,
      {
        ...amendment,
        dateOfOriginalSubmission: '‹2024-03-11›',
        rows: [transaction({ date: '2024-03-08' }), transaction({ date: '«2024-03-12»' })],
      },
      format,
      {
        messages: [
          'Table I row 2 (2024-03-12) is dated after the Form 4 this amendment corrects was filed on 2024-03-11, which could not have reported it: report a new transaction on a Form 4 of its own, or correct dateOfOriginalSubmission if box 4 is wrong.',
        ],
        severity: 'error',
      },
    );
  });

  test(`[${format}] document/amendment-new-transaction: one finding names every new row; amendment-dates does not repeat the period`, () => {
    const spec = {
      ...amendment,
      periodOfReport: '2024-03-12',
      dateOfOriginalSubmission: '‹2024-03-11›',
      rows: [transaction({ date: '«2024-03-12»' }), transaction({ table: 'II', date: '‹2024-03-13›' })],
    } as const;
    assertFires(amendmentNewTransaction, spec, format, {
      messages: [
        'Table I row 1 (2024-03-12) and Table II row 1 (2024-03-13) are dated after the Form 4 this amendment corrects was filed on 2024-03-11',
      ],
    });
    assertQuiet(amendmentDates, { ...spec, dateOfOriginalSubmission: '2024-03-11' }, format);
  });

  test(`[${format}] document/amendment-new-transaction: near misses (dated the day the original was filed, or before; a Form 4)`, () => {
    assertQuiet(
      amendmentNewTransaction,
      {
        ...amendment,
        dateOfOriginalSubmission: '2024-03-12',
        rows: [transaction({ date: '2024-03-08' }), transaction({ date: '2024-03-12' })],
      },
      format,
    );
    assertQuiet(amendmentNewTransaction, { documentType: '4', rows: [transaction({ date: '2024-03-12' })] }, format);
  });

  // ---- document/amendment-dates: what the earlier tests in document.test.ts leave out ---------------------------

  test(`[${format}] document/amendment-dates: an unsigned amendment amends a filing made by today`, () => {
    assertFires(
      amendmentDates,
      { documentType: '4/A', dateOfOriginalSubmission: '«2024-03-15»', rows: [transaction()], signatures: [{ date: '' }] },
      format,
      {
        messages: [
          'Box 4 (If Amendment, Date Original Filed): 2024-03-15 is after today (2024-03-14): the filing an amendment corrects has been filed already; give the day it was filed.',
        ],
        severity: 'error',
      },
    );
    assertQuiet(
      amendmentDates,
      { documentType: '4/A', dateOfOriginalSubmission: '2024-03-14', rows: [transaction()], signatures: [{ date: '' }] },
      format,
    );
  });

  test(`[${format}] document/amendment-dates: only the signatures made before the original are named`, () => {
    assertFires(
      amendmentDates,
      {
        documentType: '4/A',
        dateOfOriginalSubmission: '«2024-03-14»',
        rows: [transaction()],
        signatures: [{ date: '‹2024-03-13›' }, { date: '2024-03-15' }],
      },
      format,
      {
        messages: [
          "Box 4 (If Amendment, Date Original Filed): 2024-03-14 is after the amendment's signature date: an amendment is signed after the filing it amends.",
        ],
      },
    );
  });

  test(`[${format}] document/amendment-dates: a Friday holiday observed for a Saturday; near miss, the Monday after`, () => {
    const july = { documentType: '4/A', rows: [transaction({ date: '2026-07-01' })], signatures: [{ date: '2026-07-08' }] } as const;
    assertFires(amendmentDates, { ...july, dateOfOriginalSubmission: '«2026-07-03»' }, format, {
      messages: ['Box 4 (If Amendment, Date Original Filed): 2026-07-03 is Independence Day'],
      severity: 'warning',
    });
    assertQuiet(amendmentDates, { ...july, dateOfOriginalSubmission: '2026-07-06' }, format);
  });
}
