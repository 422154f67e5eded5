import { defineRule } from '../rule';
import { transactionRows } from '../../model/rows';
import { formInstructions, techSpec } from '../../docs/sources';

export const noTransaction = defineRule({
  id: 'document/no-transaction',
  category: 'document',
  severity: 'warning',
  forms: ['4'],
  summary: 'A Form 4 reports at least one transaction, in Table I or Table II.',
  explanation: [
    'Form 4 is the *Statement of Changes* in beneficial ownership: it is filed because a transaction happened, and',
    'each table row it must have is a `nonDerivativeTransaction` or a `derivativeTransaction`. Holding rows only',
    'complete the picture. A Form 4 that lists holdings and no transaction reports nothing that calls for a Form 4: a',
    'statement of holdings alone is the initial statement, Form 3, and transactions that could wait go on the annual',
    'Form 5. Most often the transaction rows were typed as holdings, or left out.',
    '',
    'Add the transactions the filing is for, or file the holdings on the form they belong to. Two filings are left',
    'alone: a Form 4/A, which restates only the rows it corrects (a holding row may be all it changes), and a Form 4',
    'whose only purpose is to check the "no longer subject to Section 16" box (`notSubjectToSection16`), which',
    'insiders who leave their role file with no transaction.',
  ].join('\n'),
  sources: [
    formInstructions('Instruction 1(a) (when a Form 4 is filed) and Instruction 4 (holdings)'),
    techSpec('nonDerivativeTable, derivativeTable'),
  ],
  check({ doc, report }) {
    const type = doc.documentType;
    if (type?.value !== '4' || doc.notSubjectToSection16?.value === true) return;
    if (transactionRows(doc).length > 0) return;
    const holdings = doc.rows.length;
    report({
      span: type.span,
      message:
        holdings > 0
          ? `This Form 4 reports ${holdings === 1 ? 'a holding' : `${holdings} holdings`} and no transaction: add the transactions it is filed for, or report holdings alone on Form 3 or Form 5.`
          : 'This Form 4 reports no transaction: add the transactions it is filed for in Table I or Table II.',
      related: doc.rows.map((row) => ({ span: row.node.nameSpan, message: 'A holding, not a transaction' })),
    });
  },
});
