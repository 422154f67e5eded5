import type { RelatedLocation } from '../../findings';
import type { FootnoteDefinition } from '../../model/types';
import { defineRule, transactionForms } from '../rule';
import { rowLabel, rowsLabel } from '../../model/rows';
import { weightedAverageRelief } from '../../docs/sources';
import { mentionsUndertaking, spreadOverOneDollar, weightedAveragePrices, type WeightedAveragePrice } from '../../model/priceRanges';
import { formatTextDate } from '../../model/textDates';

export const weightedAverageRange = defineRule({
  id: 'price/weighted-average-range',
  category: 'price',
  severity: 'warning',
  forms: transactionForms,
  summary: 'A weighted-average price footnote gives the price range, within $1, and the undertaking to provide details.',
  explanation: [
    'Same-day open-market trades at different prices may be reported on one line at their weighted-average price.',
    'The SEC staff allows this (no-action letter of June 25, 2008 to the Society of Corporate Secretaries, which',
    'replaced the old one-line-per-price position) only if the line holds trades within a one-dollar price range, and a',
    'footnote gives the range of prices for the line and undertakes to provide, on request of the SEC staff, the issuer',
    'or a security holder, full information on the number of shares traded at each price. Without the range or the',
    'undertaking the line does not meet the conditions of the relief, so this rule warns.',
    '',
    'It reads every footnote on a transaction price that speaks of a weighted average, in the words filers use: a range',
    '"from $52.43 to $53.26", "between $2.21 and $2.42", "$324.49-$325.19", "the highest price ... was $262.46 and the',
    'lowest price ... was $261.47"; an undertaking ("undertakes to provide", "will provide upon request ... full',
    'information"), in any footnote or the remarks, since one undertaking often covers every range. A footnote that',
    'gives one range per day ("$65.04 to $66.84 on March 27, 2026; $64.05 to $64.92 on March 30, 2026") is read range',
    'by range, and each range is held to the $1 limit: split trades whose prices spread wider into lines within $1.',
  ].join('\n'),
  sources: [...weightedAverageRelief],
  check({ doc, report }) {
    const cited = weightedAveragePrices(doc);
    if (cited.length === 0) return;
    const byFootnote = new Map<FootnoteDefinition, WeightedAveragePrice[]>();
    for (const price of cited) {
      const prices = byFootnote.get(price.footnote);
      if (prices) prices.push(price);
      else byFootnote.set(price.footnote, [price]);
    }
    const rowPlace = ({ row, ref }: WeightedAveragePrice): RelatedLocation => ({
      span: row.pricePerShare?.value?.span ?? ref.span,
      message: `Weighted-average price of ${rowLabel(row)}`,
    });
    // The undertaking is often given once for several ranges ("see the last sentence of footnote 2").
    const undertakingGiven = doc.footnotes.some((f) => mentionsUndertaking(f.text)) || mentionsUndertaking(doc.remarks?.raw ?? '');
    for (const [footnote, prices] of byFootnote) {
      const ranges = prices[0].ranges;
      for (const range of ranges) {
        const spread = spreadOverOneDollar(range);
        if (!spread) continue;
        const day = range.date ? ` on ${formatTextDate(range.date)}` : '';
        const rows = prices.filter((p) => p.rangesOfRow.includes(range));
        report({
          span: footnote.textSpan,
          message:
            `Footnote ${footnote.id}: the weighted-average price range ${range.text}${day}${rows.length > 0 ? ` (${rowsLabel(rows.map((p) => p.row))})` : ''} ` +
            `spans $${spread.formatFixed(2)}, more than the $1 the SEC staff's relief allows on one line: report those trades on lines ` +
            'whose prices lie within $1 each.',
          related: rows.map(rowPlace),
          data: { spread: spread.toString() },
        });
      }
      const missing = [...(ranges.length > 0 ? [] : ['range']), ...(undertakingGiven ? [] : ['undertaking'])];
      if (missing.length === 0) continue;
      const what =
        missing.length === 2
          ? 'neither the price range nor the undertaking to provide the details on request'
          : missing[0] === 'range'
            ? 'no price range (lowest to highest price)'
            : 'no undertaking to provide the details on request';
      const add = [
        ...(ranges.length > 0 ? [] : ['the lowest and highest prices of the trades ("at prices ranging from $X to $Y")']),
        ...(undertakingGiven
          ? []
          : [
              'that the reporting person undertakes to provide, on request of the SEC staff, the issuer or a security holder, full information on the number of shares traded at each price',
            ]),
      ];
      report({
        span: footnote.textSpan,
        message:
          `Footnote ${footnote.id}, on the price of ${rowsLabel(prices.map((p) => p.row))}, gives a weighted-average price but ${what}, ` +
          `which the SEC staff's relief requires: add ${add.join(', and ')}.`,
        related: prices.map(rowPlace),
        data: { missing: missing.join(',') },
      });
    }
  },
});
