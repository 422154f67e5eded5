import { defineRule } from '../rule';
import { holdingByKey } from '../../history/model';
import { compareDates, formatIsoDate } from '../../model/date';
import { describeFiling, historySources, whereOwned } from './shared';
import { everyOwnershipForm } from './forms';
import { differenceInWords } from '../../history/table';

export const outOfOrder = defineRule({
  id: 'history/out-of-order',
  category: 'history',
  severity: 'warning',
  forms: everyOwnershipForm,
  summary:
    "A filing for an earlier period, signed after the owner's filing for the next period, whose balances that filing does not carry.",
  explanation: [
    "This filing's period of report is earlier than that of the owner's next filing in the set, but it was signed",
    'after it: it was filed out of order. The next filing was then made without these transactions, and where it',
    'opens a holding at a figure other than the one this filing closes with, the public record of the holding is',
    'wrong from that filing on. The next filing may need a Form 4/A, or this filing a different closing figure.',
  ].join('\n'),
  sources: historySources,
  check({ history, report }) {
    if (!history) return;
    const filing = history.filing;
    const seen = new Set<string>();
    for (const place of history.places) {
      const next = place.next?.filing;
      if (!next || !filing.signed || !next.signed || compareDates(filing.signed, next.signed) <= 0 || seen.has(next.id)) continue;
      seen.add(next.id);
      for (const holding of filing.holdings) {
        const closing = holding.closing;
        const opening = holdingByKey(next, holding.key)?.opening;
        if (holding.ambiguous || !closing || !opening || closing.measure !== opening.measure || closing.amount.equals(opening.amount))
          continue;
        report({
          span: closing.span,
          message:
            `${whereOwned(closing.row)}: this filing (period ${formatIsoDate(filing.period!)}) was signed ${formatIsoDate(filing.signed)}, after ` +
            `${describeFiling(next)}, a filing for a later period, which starts ${holding.label} from ${opening.amount.format()}, not the ` +
            `${closing.amount.format()} this filing leaves (${differenceInWords(opening.amount.minus(closing.amount))}). That filing may need an amendment.`,
        });
      }
    }
  },
});
