import { cellPlace } from '../../model/place';
import { exercisePairs } from '../../model/exercisePairs';
import { normaliseWords } from '../../model/normalise';
import { rowLabel } from '../../model/rows';
import { nameDifferentSecurities } from '../../model/securityTitles';
import { defineRule, transactionForms } from '../rule';
import { formInstructions, ownershipFormCodes } from '../../docs/sources';

export const underlyingTitle = defineRule({
  id: 'derivative/underlying-title',
  category: 'derivative',
  severity: 'warning',
  forms: transactionForms,
  summary: "An exercised or converted derivative's underlying security (column 7) is the security Table I receives.",
  explanation: [
    'Table II column 7 names the security a derivative is exercised or converted into, and the Table I row that',
    'receives the shares (same code, date and number of shares) names it in column 1. When the two name different',
    'securities (another class or series, or preferred against common stock), one of the titles is wrong: often',
    'the underlying title was copied from the derivative itself ("Class B Common Stock" converted into "Class A"),',
    'or from another class.',
    '',
    'Only certain differences count: a title that leaves the class unsaid ("Common Stock" beside "Class A Common',
    'Stock"), a par value, or "shares" against "stock" is not a difference. The quick fix sets the underlying title',
    'to the one Table I uses, which is how the holdings of that security are reported.',
  ].join('\n'),
  sources: [formInstructions('Table II column 7 (title and amount of underlying securities) and Table I column 1'), ownershipFormCodes],
  check({ doc, report }) {
    for (const { exercise, received, exact } of exercisePairs(doc)) {
      const underlying = exercise.derivative?.underlying?.title?.value;
      const named = underlying?.value;
      if (!underlying || !named) continue;
      const receiving = (exact.length ? exact : received).flatMap((row) => {
        const title = row.securityTitle?.value;
        return title?.value ? [{ row, title, text: title.value }] : [];
      });
      if (!receiving.length || receiving.some((r) => !nameDifferentSecurities(named, r.text))) continue;
      const titles = new Set(receiving.map((r) => normaliseWords(r.text)));
      report({
        span: underlying.span,
        message:
          `${cellPlace(exercise, 'underlyingSecurityTitle')}: the underlying security "${named}" is not the security received: ` +
          `${receiving.map((r) => `${rowLabel(r.row)} receives "${r.text}"`).join(', ')}.`,
        related: receiving.map((r) => ({ span: r.title.span, message: `${rowLabel(r.row)}: "${r.text}"` })),
        ...(titles.size === 1 ? { data: { expected: receiving[0].text.trim() } } : {}),
      });
    }
  },
});
