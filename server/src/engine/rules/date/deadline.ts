import { rowPlace } from '../../model/place';
import { compareDates, formatIsoDate, type CalendarDate } from '../../model/date';
import type { RelatedLocation } from '../../findings';
import { defineRule, form4AndAmendment } from '../rule';
import { listPhrase, rowLabel, rowsLabel, transactionRows } from '../../model/rows';
import type { TransactionRow } from '../../model/types';
import type { Span } from '../../text/span';
import { deadlineSources } from './sources';
import { signingDate } from '../../model/signingDate';
import { isDeferredSmallAcquisition, markedEarly } from '../../model/twoDayReporting';
import { twoDayDeadline } from '../../model/deadlineStart';

interface LateRow {
  readonly row: TransactionRow;
  /** The date the deadline counts from (model/deadlineStart.ts). */
  readonly span: Span;
  readonly what: string;
  readonly date: CalendarDate;
  readonly deadline: CalendarDate;
}

function oneLateRow({ row, what, date, deadline }: LateRow, filed: string): string {
  return (
    `${rowPlace(row)}: due by ${formatIsoDate(deadline)}, two business days after ${what} on ${formatIsoDate(date)}, ` +
    `but ${filed}: mark the row late (transactionTimeliness L).`
  );
}

/** "due by 2003-08-20 (Table I rows 1 and 2, two business days after the transaction on 2003-08-18) and by ...". */
function severalLateRows(late: readonly LateRow[], filed: string): string {
  const groups = new Map<string, LateRow[]>();
  for (const row of late) {
    const key = `${row.deadline.ordinal}|${row.date.ordinal}|${row.what}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  // With one due date for all, the rows are named once, at the head of the message.
  const single = groups.size === 1;
  const dues = [...groups.values()].map((rows) => {
    const which = single ? '' : `${rowsLabel(rows.map((r) => r.row))}, `;
    return `by ${formatIsoDate(rows[0]!.deadline)} (${which}two business days after ${rows[0]!.what} on ${formatIsoDate(rows[0]!.date)})`;
  });
  return `${rowsLabel(late.map((r) => r.row))} were reported late: due ${listPhrase(dues)}, but ${filed}: mark the rows late (transactionTimeliness L).`;
}

export const filingDeadline = defineRule({
  id: 'date/deadline',
  category: 'date',
  severity: 'warning',
  forms: form4AndAmendment,
  summary: 'The form is signed within two business days of each transaction, or the late row is marked L.',
  explanation: [
    'A Form 4 is due before the end of the **second business day** after the day the transaction was executed.',
    'For transactions under a Rule 10b5-1(c) plan or Rule 16b-3(f) discretionary transactions whose date the insider',
    'did not choose, Rule 16a-3(g) lets the clock start on the deemed execution date (column 2A), when one is given;',
    'for every other row the clock starts on the transaction date, whatever column 2A says (date/deemed-execution).',
    'Business days skip Saturdays, Sundays and US federal holidays (observed days included, such as Labor Day or a',
    'Saturday Fourth of July observed on Friday), and the few days the SEC closed EDGAR by executive order.',
    '',
    "The filing date is taken as the latest signature's date (a joint filing is filed when its last owner signs), or today while anyone has not signed; a Form 4/A is judged by",
    'the date of the original submission it amends (box 4). A row filed after its',
    "deadline should be marked late (`transactionTimeliness` L): late filings must be disclosed in the issuer's proxy",
    'statement (Item 405 of Regulation S-K), and marking them keeps the filing honest. Either file in time or mark the',
    'row L. Rows marked early (E) or reported on the Form 5 schedule (`transactionFormType` 5) are not due in two',
    'business days and are not checked, and neither are small acquisitions (code L): Rule 16a-6 defers them to',
    'Form 5, so one reported on a Form 4 is early, not late.',
    '',
    'A late filing is one finding, on the first late row, that lists every late row with its due date; the other late',
    'rows are marked as related places, and the quick fix marks them all L.',
  ].join('\n'),
  sources: deadlineSources,
  check({ doc, today, report }) {
    const signed = signingDate(doc, today);
    if (!signed) return;
    const late: LateRow[] = [];
    for (const row of transactionRows(doc)) {
      const timeliness = row.timeliness?.value?.value;
      if (timeliness === 'L' || markedEarly(row) || isDeferredSmallAcquisition(row)) continue;
      const due = twoDayDeadline(doc, row);
      if (due && compareDates(signed.date, due.deadline) > 0)
        late.push({ row, span: due.field.span, what: due.what, date: due.date, deadline: due.deadline });
    }
    const [first] = late;
    if (!first) return;
    // One late filing is one finding: the first late row carries it, the others are marked related places.
    const filed = signed.span
      ? `${signed.what} ${formatIsoDate(signed.date)}`
      : `${signed.what} and today is ${formatIsoDate(signed.date)}`;
    const related: RelatedLocation[] = [];
    if (signed.span) related.push({ span: signed.span, message: `Filing date: ${signed.what} ${formatIsoDate(signed.date)}` });
    for (const [i, { row, span, what, date, deadline }] of late.entries()) {
      if (i > 0)
        related.push({
          span,
          message: `${rowLabel(row)} is late too: due by ${formatIsoDate(deadline)}, two business days after ${what} on ${formatIsoDate(date)}`,
          marked: true,
        });
      if (row.timeliness)
        related.push({
          span: row.timeliness.value?.span ?? row.timeliness.node.nameSpan,
          message: `Transaction timeliness of ${rowLabel(row)}`,
        });
    }
    report({
      span: first.span,
      message: late.length === 1 ? oneLateRow(first, filed) : severalLateRows(late, filed),
      related,
      data: { deadline: formatIsoDate(first.deadline) },
    });
  },
});
