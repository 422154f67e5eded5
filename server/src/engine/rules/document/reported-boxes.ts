import { defineRule, form5AndAmendment } from '../rule';
import { rowsLabel } from '../../model/rows';
import type { Field, OwnershipDocument, Row } from '../../model/types';
import { techSpec } from '../../docs/sources';

interface Box {
  readonly label: string;
  readonly field: (doc: OwnershipDocument) => Field<boolean> | undefined;
  /** The rows that make the box true. */
  readonly rows: (doc: OwnershipDocument) => readonly Row[];
  /** How a message names those rows. */
  readonly what: string;
}

const boxes: readonly Box[] = [
  {
    label: 'The "Form 3 Holdings Reported" box (form3HoldingsReported',
    field: (doc) => doc.form3HoldingsReported,
    rows: (doc) => doc.rows.filter((row) => row.kind === 'holding' && row.coding?.formType?.value === '3'),
    what: 'late Form 3 holding (transactionFormType 3)',
  },
  {
    label: 'The "Form 4 Transactions Reported" box (form4TransactionsReported',
    field: (doc) => doc.form4TransactionsReported,
    rows: (doc) => doc.rows.filter((row) => row.kind === 'transaction' && row.coding?.formType?.value === '4'),
    what: 'late Form 4 transaction (transactionFormType 4)',
  },
];

export const reportedBoxes = defineRule({
  id: 'document/reported-boxes',
  category: 'document',
  severity: 'error',
  forms: form5AndAmendment,
  summary: 'On a Form 5, the "Form 3 Holdings Reported" and "Form 4 Transactions Reported" boxes agree with the rows.',
  explanation: [
    'The two check boxes at the top left of a Form 5 say that it reports items that were due earlier: holdings that',
    'should have been on the Form 3 (`form3HoldingsReported`) and transactions that should have been on a Form 4',
    '(`form4TransactionsReported`). EDGAR computes both from the rows, a holding with `transactionFormType` 3 and a',
    'transaction with `transactionFormType` 4, and inserts them into the document it disseminates; the specification',
    'asks filers to leave them out, and the rendered form draws the boxes from the rows.',
    '',
    'When one is given, it must agree with the rows: a box checked with no such row, or unchecked beside one, says two',
    "things about the filing. Delete the element (EDGAR sets it), or correct the rows' form types.",
  ].join('\n'),
  sources: [techSpec('4.3 (form3HoldingsReported and form4TransactionsReported are set by EDGAR from the rows) and 4.3.8.3')],
  check({ doc, report }) {
    for (const box of boxes) {
      const field = box.field(doc);
      if (field?.value === undefined) continue;
      const rows = box.rows(doc);
      if (field.value === rows.length > 0) continue;
      report({
        span: field.span,
        message: field.value
          ? `${box.label} ${field.raw.trim()}): checked, but no row is a ${box.what}; delete the element (EDGAR sets it from the rows), or mark the row that is.`
          : `${box.label} ${field.raw.trim()}): not checked, but ${rowsLabel(rows)} ${rows.length === 1 ? 'is a' : 'are each a'} ${box.what}; delete the element (EDGAR sets it from the rows).`,
        related: rows.map((row) => ({
          span: row.coding!.formType!.span,
          message: `transactionFormType ${row.coding!.formType!.raw.trim()}`,
        })),
      });
    }
  },
});
