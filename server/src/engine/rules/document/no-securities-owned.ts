import { defineRule, form3AndAmendment } from '../rule';
import { rowsLabel } from '../../model/rows';
import { techSpec } from '../../docs/sources';

export const noSecuritiesOwned = defineRule({
  id: 'document/no-securities-owned',
  category: 'document',
  severity: 'error',
  forms: form3AndAmendment,
  summary: 'On a Form 3, noSecuritiesOwned is true exactly when both tables are empty.',
  explanation: [
    'A Form 3 is filed even when the new insider owns nothing: zero is an amount. Its rendered form then says "No',
    'securities are beneficially owned" under the Explanation of Responses, which is what `noSecuritiesOwned` true',
    'prints. EDGAR computes the element from the two tables and inserts it into the document it disseminates, so a',
    'filer need not send it (the specification asks filers to leave it out).',
    '',
    'When it is given, it must agree with the tables: true with a holding in Table I or Table II, or false with both',
    'tables empty, states two different things about what the person owns, and the rendered form would say both.',
    "Delete the element (EDGAR sets it), or correct the tables. (Specification 4.3 words EDGAR's rule the other way",
    'round, "true" when a table has an entry; every disseminated Form 3 shows the element meaning what its name says.)',
  ].join('\n'),
  sources: [techSpec('4.3 (noSecuritiesOwned is set by EDGAR from the tables) and Appendix B (Explanation of Responses)')],
  check({ doc, report }) {
    const flag = doc.noSecuritiesOwned;
    if (flag?.value === undefined) return; // absent: EDGAR sets it; unreadable: the structure checker
    const rows = doc.rows;
    if (flag.value && rows.length > 0) {
      report({
        span: flag.span,
        message: `Explanation of Responses, "No securities are beneficially owned" (noSecuritiesOwned ${flag.raw.trim()}): but ${rowsLabel(rows)} report${rows.length === 1 ? 's a holding' : ' holdings'}; delete the element (EDGAR sets it from the tables), or remove the rows.`,
        related: rows.map((row) => ({ span: row.node.nameSpan, message: 'A holding' })),
      });
    } else if (!flag.value && rows.length === 0) {
      report({
        span: flag.span,
        message: `Explanation of Responses, noSecuritiesOwned ${flag.raw.trim()}: but Tables I and II are empty, and a Form 3 that reports nothing says "No securities are beneficially owned"; delete the element (EDGAR sets it), or add the holdings.`,
      });
    }
  },
});
