import { baseForm } from '../../model/formFamily';
import type { Row, Table } from '../../model/types';
import { maxTableRows } from '../../structure/schema';
import { defineRule, allForms } from '../rule';
import { submissionLimits, techSpec } from '../../docs/sources';

const tableNames: Readonly<Record<Table, string>> = { I: 'Table I (non-derivative)', II: 'Table II (derivative)' };

export const tableRowLimit = defineRule({
  id: 'document/table-row-limit',
  category: 'document',
  severity: 'error',
  forms: allForms,
  summary: `At most ${maxTableRows} rows (transactions and holdings together) in each table.`,
  explanation: [
    `The ownership schema allows at most ${maxTableRows} rows in each table, counting transactions and holdings together,`,
    'and only one ownership document goes into a submission. EDGAR suspends a document with more.',
    '',
    'Report the remaining rows on a second Form 4 for the same owner and date (repeating the owner and issuer',
    'information), or combine same-day open-market trades into weighted-average lines where the SEC staff allows it.',
  ].join('\n'),
  sources: [techSpec('nonDerivativeTable and derivativeTable (maxOccurs 30)'), submissionLimits],
  check({ doc, report }) {
    for (const table of ['I', 'II'] as const) {
      const rows: Row[] = doc.rows.filter((row) => row.table === table);
      if (rows.length <= maxTableRows) continue;
      report({
        span: rows[maxTableRows].node.nameSpan,
        message: `${tableNames[table]} has ${rows.length} rows; EDGAR takes at most ${maxTableRows}: move row ${maxTableRows + 1} onward to another Form ${baseForm(doc.form)}.`,
        data: { rows: String(rows.length), limit: String(maxTableRows) },
      });
    }
  },
});
