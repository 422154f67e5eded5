import { rowHeading } from '../../model/form5Items';
import { transactionRows } from '../../model/rows';
import { defineRule, form5AndAmendment } from '../rule';
import { techSpec } from '../../docs/sources';

export const form5Early = defineRule({
  id: 'code/form5-early',
  category: 'code',
  severity: 'error',
  forms: form5AndAmendment,
  summary: 'No Form 5 row is marked early (transactionTimeliness E): on a Form 5 a row is on time or late (L).',
  explanation: [
    '`transactionTimeliness` E ("early") exists for a Form 4 that reports, ahead of time, an item that could have',
    'waited for Form 5. A Form 5 is that later report: each of its rows is on time (empty) or late (L), whether it',
    'is a late Form 4 item (`transactionFormType` 4) or a Form 5 item (5). The specification admits only empty or L',
    'on a Form 5, and EDGAR suspends a submission whose row says E.',
    '',
    'Remove the E, or write L if the row should have been reported earlier.',
  ].join('\n'),
  sources: [techSpec('4.3.8.3, transactionTimeliness in a "5" or "5/A" document (empty or L)')],
  check({ doc, report }) {
    for (const row of transactionRows(doc)) {
      const timeliness = row.timeliness?.value;
      if (timeliness?.value !== 'E') continue;
      report({
        span: timeliness.span,
        message: `${rowHeading(row)}, timeliness: E (early) is a Form 4 mark; a Form 5 row is on time (leave it empty) or late (L).`,
      });
    }
  },
});
