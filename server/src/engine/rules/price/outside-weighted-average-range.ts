import { defineRule, transactionForms } from '../rule';
import { cellPlace } from '../../model/place';
import { weightedAverageRelief } from '../../docs/sources';
import { withinRange, weightedAveragePrices, type PriceRange } from '../../model/priceRanges';
import { formatTextDate } from '../../model/textDates';
import type { Decimal } from '../../model/decimal';

const averagesDerivativePrices = /\b(?:exercise|conversion|strike)\s+prices?\b/i;

function dollars(amount: Decimal): string {
  return `$${amount.formatFixed(2)}`;
}

function describeRanges(ranges: readonly PriceRange[]): string {
  return ranges.map((r) => `${r.text}${r.date ? ` (${formatTextDate(r.date)})` : ''}`).join(' or ');
}

export const outsideWeightedAverageRange = defineRule({
  id: 'price/outside-weighted-average-range',
  category: 'price',
  severity: 'error',
  forms: transactionForms,
  summary: 'A weighted-average price lies within the range of prices its own footnote gives.',
  explanation: [
    'A weighted average of several trades lies between the lowest and the highest price traded. When a row reports a',
    'weighted-average price and its footnote gives the range ("at prices ranging from $52.43 to $53.26"), a price',
    'outside that range cannot be right: one of the two was mistyped. The commonest slip is the total proceeds or cost',
    'of the trades typed in the price column: the price divided by the number of shares then falls inside the range,',
    'and the quick fix sets the price to that quotient.',
    '',
    'A footnote with one range per day ("$65.04 to $66.84 on March 27, 2026; $64.05 to $64.92 on March 30, 2026") is',
    'read range by range: a row is held to the range of its own transaction date. A price rounded to the cent may lie',
    'half a cent outside a range given to the tenth of a cent; that is allowed. Column 4 of Table I and column 8 of',
    'Table II are prices per share (or per derivative security), in dollars. A price of 0, and a footnote that averages',
    'exercise or conversion prices (whose range is not that of the trades), are left alone.',
  ].join('\n'),
  sources: [...weightedAverageRelief],
  check({ doc, report }) {
    const reported = new Set<object>();
    for (const { row, footnote, rangesOfRow } of weightedAveragePrices(doc)) {
      const price = row.pricePerShare?.value;
      const amount = price?.value;
      // A price of 0 is no price (price/zero-trade's concern), a negative one no price at all; a footnote averaging
      // exercise or conversion prices gives the range of those, not of the trades.
      if (!price || !amount || amount.isZero() || amount.isNegative() || reported.has(row) || averagesDerivativePrices.test(footnote.text))
        continue;
      const readable = rangesOfRow.filter((r) => r.low && r.high);
      if (readable.length === 0 || readable.some((r) => withinRange(r, amount))) continue;
      reported.add(row);
      const shares = row.shares?.value?.value;
      const quotient = shares && !shares.isZero() ? amount.dividedBy(shares) : undefined;
      const total = quotient && readable.some((r) => withinRange(r, quotient)) ? quotient : undefined;
      const side = () =>
        readable.every((r) => r.high && amount.compare(r.high) > 0)
          ? 'above'
          : readable.every((r) => r.low && amount.compare(r.low) < 0)
            ? 'below'
            : 'outside';
      const fix = () =>
        total
          ? ` ${price.raw.trim()} divided by the ${shares!.format()} shares is ${dollars(total)}, inside the range: the price column looks like it holds the total; set the price to ${dollars(total)}.`
          : ' Correct the price or the range in the footnote.';
      report({
        span: price.span,
        // Worded only if listed: one footnote's range mistyped can put every row of a big filing here.
        message: () =>
          `${cellPlace(row, 'transactionPricePerShare')}: price ${dollars(amount)} is ${side()} the range ${describeRanges(readable)} that footnote ${footnote.id} gives ` +
          `for its weighted average, which lies between the lowest and the highest price traded.${fix()}`,
        related: () => [{ span: footnote.textSpan, message: `Footnote ${footnote.id}: the range of prices` }],
        ...(total ? { data: { expected: total.toString() } } : {}),
      });
    }
  },
});
