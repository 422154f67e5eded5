/**
 * The running tally behind an "amount owned following the reported transaction(s)": which previous row it continues
 * and the arithmetic that should produce it. Built on the holdings rules' own series (model/series.ts), so
 * the hover explains exactly what holdings/running-balance checks.
 */
import type { OwnershipDocument, Row } from '../model/types';
import {
  applyChange,
  describeArithmetic,
  finalBalance,
  holdingsSeries,
  impliedBefore,
  stepOf,
  type Series,
  type Step,
} from '../model/series';
import { rowLabel } from '../model/rows';
import { escapeMarkdown } from './markdown';

function seriesOfHolding(series: readonly Series[], row: Row): Series | undefined {
  return series.find((s) => s.holdings.some((h) => h === row));
}

function holdingText(series: Series): string {
  const last = finalBalance(series);
  const name = escapeMarkdown(series.label);
  if (!last) return `**Holding row** of ${name}: no transaction row of this series gives a balance to compare with.`;
  return `**Holding row** of ${name}: the series' transactions end at **${last.owned.amount.format()}** (${rowLabel(last.row)}), which this row should equal.`;
}

function stepText(step: Step): string {
  const name = escapeMarkdown(step.series.label);
  const { owned, change, previous } = step;
  if (!owned)
    return `**Running tally** of ${name}: this row's amount owned is missing or given only by a footnote, so the tally restarts after it.`;
  if (previous && change) {
    const expected = applyChange(previous.owned.amount, change);
    const arithmetic = `${describeArithmetic(previous.owned.amount, change)} = ${expected.format()}`;
    const verdict = expected.equals(owned.amount) ? 'matches this row.' : `but this row says **${owned.amount.format()}**.`;
    return `**Running tally** of ${name}: ${rowLabel(previous.row)} left ${previous.owned.amount.format()}; ${arithmetic}, ${verdict}`;
  }
  if (previous) {
    return `**Running tally** of ${name}: follows ${rowLabel(previous.row)} (${previous.owned.amount.format()}), but this row's amount or acquired/disposed code is missing, so the step cannot be checked.`;
  }
  if (!change)
    return `**Running tally** of ${name}: first row of the series on this form; its change is missing, so nothing can be checked.`;
  const before = impliedBefore(owned.amount, change);
  const sign = change.direction === 'A' ? '-' : '+';
  const impossible = before.isNegative() ? ' That is negative: impossible.' : '';
  return `**Running tally** of ${name}: first row of the series on this form; it implies ${before.format()} owned before it (${owned.amount.format()} ${sign} ${change.amount.format()}).${impossible}`;
}

/** Markdown explaining the tally that the amount owned of `row` belongs to; undefined when the row has no series. */
export function describeTally(doc: OwnershipDocument, row: Row): string | undefined {
  if (row.kind === 'holding') {
    const holdingSeries = seriesOfHolding(holdingsSeries(doc), row);
    return holdingSeries ? holdingText(holdingSeries) : undefined;
  }
  const step = stepOf(doc, row);
  return step ? stepText(step) : 'The row has no readable security title or ownership form, so it belongs to no running tally.';
}
