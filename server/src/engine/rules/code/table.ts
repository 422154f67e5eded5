import { defineRule, transactionForms } from '../rule';
import { transactionCode, transactionRows } from '../../model/rows';
import { cellPlace } from '../../model/place';
import { formInstructions, ownershipFormCodes } from '../../docs/sources';
import { describeCode } from '../../docs/codeMeanings';

/** Codes that only exist for derivative positions. */
const derivativeOnlyCodes: ReadonlySet<string> = new Set(['E', 'H']);

export const codeTable = defineRule({
  id: 'code/table',
  category: 'code',
  severity: 'warning',
  forms: transactionForms,
  summary: 'Codes E and H (derivative expirations) are used in Table II.',
  explanation: [
    'E (expiration of a short derivative position) and H (expiration or cancellation of a long derivative position',
    'with value received) describe what happens to a derivative security: an option, a warrant, a swap. Such',
    'positions are reported in Table II (derivative securities), so a Table I row with either code is usually in the',
    'wrong table or has the wrong code.',
    '',
    'Move the row to Table II with its exercise price, dates and underlying security, or use the code that fits a',
    'non-derivative transaction.',
  ].join('\n'),
  sources: [formInstructions('Instruction 8, Transaction Codes (derivative securities codes)'), ownershipFormCodes],
  check({ doc, report }) {
    for (const row of transactionRows(doc)) {
      const code = transactionCode(row);
      if (row.table !== 'I' || !code || !derivativeOnlyCodes.has(code) || !row.coding?.code) continue;
      report({
        span: row.coding.code.span,
        message: `${cellPlace(row, 'transactionCode')}: code ${describeCode(code)} belongs in Table II (derivative securities), not Table I.`,
      });
    }
  },
});
