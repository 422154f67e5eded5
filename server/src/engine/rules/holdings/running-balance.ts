import { defineRule, form4AndAmendment } from '../rule';
import { rowLabel } from '../../model/rows';
import { cellPlace, ownedColumn } from '../../model/place';
import { footnotedAmount } from './footnoted-amount';
import { amountInWords, applyChange, describeArithmetic, holdingsSeries, repeatedAmount } from '../../model/series';
import { wrongCodeIsCause } from './one-cause';
import { runningTallySources } from './sources';

export const runningBalance = defineRule({
  id: 'holdings/running-balance',
  category: 'holdings',
  severity: 'error',
  forms: form4AndAmendment,
  summary: "Each row's amount owned after equals the previous row's amount plus or minus this row's shares (running tally).",
  explanation: [
    'When a Form 4 reports several transactions in the same security held in the same form, the column "Amount of',
    'Securities Beneficially Owned Following Reported Transaction(s)" must be a **running tally**: each row shows the',
    "holding after that row, so it equals the previous row's figure plus the shares acquired (A) or minus the shares",
    'disposed of (D). Filers often copy the final balance onto every row, or the balance before the trades; the',
    'public then reads wrong holdings for every intermediate row.',
    '',
    'Rows belong to the same series when they are in the same table, have the same security title (case, spacing and',
    'punctuation aside) and the same ownership: direct, or indirect with the same nature of ownership ("By Trust").',
    'Footnotes on the title or the nature are part of the holding: "See Footnotes" pointing at two different funds,',
    'or one title for two separate grants told apart by their footnotes, are separate series.',
    'In Table II the exercise price, the expiration date and the date exercisable (with its footnotes, which usually',
    'give the vesting schedule of one award) must match too, since each option series or award is a holding of its',
    'own. Rows are taken in the order they appear; list them in the order the transactions happened. Dollar amounts',
    '(`valueOwnedFollowingTransaction`, for debt securities) are tallied in dollars.',
    '',
    'Rows whose shares or amount owned are missing or given only by footnote are skipped, never read as 0: the chain',
    'restarts after them. When the amount owned carries a footnote (for example "includes 3,019 shares bought under',
    'the employee stock purchase plan", an exempt acquisition that is not a row of its own), the difference may be',
    'explained there, and the finding is only information. Otherwise fix the number the message names, reorder the',
    'rows, or split them into the right series.',
    '',
    'One mistake is reported once. A row whose tally the other acquired/disposed code mends is reported for its code',
    '(`code/direction`, or `holdings/direction` when the transaction code allows either), and a series whose rows all',
    'repeat one amount is reported once for the series (`holdings/repeated-amount`).',
  ].join('\n'),
  sources: runningTallySources,
  check({ doc, report }) {
    for (const series of holdingsSeries(doc)) {
      // One amount repeated on every row is one finding for the series (holdings/repeated-amount).
      if (repeatedAmount(series)) continue;
      for (const step of series.steps) {
        const { previous, owned, change } = step;
        // A row that the other acquired/disposed code mends is reported for its code (code/direction, holdings/direction).
        if (!previous || !owned || !change || wrongCodeIsCause(doc, step)) continue;
        const expected = applyChange(previous.owned.amount, change);
        if (expected.equals(owned.amount)) continue;
        const footnoted = footnotedAmount(doc, owned);
        const impossible = () => (expected.isNegative() ? `, more than the ${previous.owned.amount.format()} the previous row left` : '');
        report({
          span: owned.field.span,
          severity: footnoted.severity,
          // Worded only if listed: a series copied wrong can put every row of a big filing here.
          message: () =>
            `${cellPlace(step.row, ownedColumn)}: should be ${amountInWords(expected)} (${describeArithmetic(previous.owned.amount, change)}` +
            `${impossible()}), not ${owned.amount.format()}: the row continues the running balance of ${series.label}.${footnoted.note}`,
          related: () => [
            {
              span: previous.owned.field.span,
              message: `Previous row of the series (${rowLabel(previous.row)}): ${previous.owned.amount.format()} owned after`,
            },
            ...footnoted.related,
          ],
          // A negative balance cannot be written (amounts are non-negative), so there is nothing to offer as a fix.
          data: expected.isNegative() ? undefined : { expected: expected.toString() },
        });
      }
    }
  },
});
