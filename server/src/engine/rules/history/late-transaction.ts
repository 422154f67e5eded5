import { defineRule, form4AndAmendment } from '../rule';
import type { Filing } from '../../history/model';
import { compareDates, formatIsoDate } from '../../model/date';
import { cellValue, rowLabel, transactionRows } from '../../model/rows';
import { describeFiling, historySources } from './shared';
import { formInstructions } from '../../docs/sources';

export const lateTransaction = defineRule({
  id: 'history/late-transaction',
  category: 'history',
  severity: 'warning',
  // A Form 5 reports transactions late by design: only Form 4's transactions are due within two business days.
  forms: form4AndAmendment,
  summary: 'A transaction dated before the period of a filing the owner had already made: reported late, or omitted from that filing.',
  explanation: [
    "A transaction of this filing is dated before the period of report of another of the owner's filings in the",
    'set, and that filing was signed before this one. A Form 4 is due within two business days of a transaction, so',
    'by the time the other filing was made this transaction was already due: it was reported late, or left out of',
    'the filing that should have held it. Mark a late transaction as late (L in the timeliness column), and check',
    'the holdings the other filing reported. A row marked late is information.',
  ].join('\n'),
  sources: [
    ...historySources,
    formInstructions('Instruction 1(a) (a Form 4 is filed before the end of the second business day after the transaction)'),
  ],
  check({ doc, history, report }) {
    if (!history) return;
    const filing = history.filing;
    if (!filing.signed) return;
    const earlier: Filing[] = [];
    for (const place of history.places)
      for (const other of place.others)
        if (!earlier.includes(other) && other.period && other.signed && compareDates(other.signed, filing.signed!) < 0) earlier.push(other);
    if (earlier.length === 0) return;
    for (const row of transactionRows(doc)) {
      const date = row.transactionDate?.value;
      if (!date?.value) continue;
      // The first filing made that reports a later period: the one this transaction should have been reported by.
      const passed = earlier
        .filter((other) => compareDates(other.period!, date.value!) > 0)
        .sort((a, b) => compareDates(a.signed!, b.signed!))[0];
      if (!passed) continue;
      const markedLate = cellValue(row.timeliness)?.trim() === 'L';
      report({
        span: date.span,
        severity: markedLate ? 'information' : undefined,
        message:
          `${rowLabel(row)}, column ${row.table === 'I' ? '2' : '3'}: the transaction of ${formatIsoDate(date.value)} comes after ` +
          `${describeFiling(passed)}, a filing of this owner for a later period made before this one: ` +
          (markedLate ? 'it is marked late.' : 'it was reported late, or omitted from that filing.'),
      });
    }
  },
});
