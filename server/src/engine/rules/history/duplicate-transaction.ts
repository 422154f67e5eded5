import { defineRule } from '../rule';
import { transactionIdentity as identity, type Filing } from '../../history/model';
import { formatIsoDate } from '../../model/date';
import { cellValue, rowLabel, transactionCode, transactionRows } from '../../model/rows';
import type { TransactionRow } from '../../model/types';
import { describeFiling, historySources } from './shared';
import { everyOwnershipForm } from './forms';

function describeTransaction(row: TransactionRow): string {
  const price = cellValue(row.pricePerShare);
  const shares = cellValue(row.shares) ?? cellValue(row.totalValue);
  return `${formatIsoDate(cellValue(row.transactionDate)!)}, code ${transactionCode(row)}, ${shares!.format()}${price ? ` at $${price.formatFixed(2)}` : ''}`;
}

export const duplicateTransaction = defineRule({
  id: 'history/duplicate-transaction',
  category: 'history',
  severity: 'warning',
  forms: everyOwnershipForm,
  summary: 'The same transaction is reported in another filing of the owner that is neither its original nor its amendment.',
  explanation: [
    'Two filings of the same owner for the same issuer report a transaction with the same date, code, direction,',
    'number of shares and price. Each transaction is reported once; a filing that corrects an earlier one is a',
    "Form 4/A of it (with the original's date of submission in box 4), which the history matches and does not",
    'report. A transaction reported twice counts twice in the holdings of anyone adding up the filings.',
  ].join('\n'),
  sources: historySources,
  check({ doc, history, report }) {
    if (!history) return;
    const others = new Map<Filing, Map<string, TransactionRow>>();
    for (const place of history.places) {
      for (const filing of place.others) {
        if (others.has(filing)) continue;
        const rows = new Map<string, TransactionRow>();
        for (const row of transactionRows(filing.model)) {
          const key = identity(row);
          if (key && !rows.has(key)) rows.set(key, row);
        }
        others.set(filing, rows);
      }
    }
    for (const row of transactionRows(doc)) {
      const key = identity(row);
      if (!key) continue;
      for (const [filing, rows] of others) {
        const twin = rows.get(key);
        if (!twin) continue;
        report({
          span: row.transactionDate!.value!.span,
          message:
            `${rowLabel(row)}: the same transaction (${describeTransaction(row)}) is reported in ${describeFiling(filing)}, ${rowLabel(twin)}, ` +
            'which is neither the original of this filing nor an amendment of it. Report a transaction once, and correct a filing with a Form 4/A.',
        });
        break;
      }
    }
  },
});
