import type { RelatedLocation } from '../../findings';
import type { FootnoteDefinition } from '../../model/types';
import { defineRule, form4AndAmendment } from '../rule';
import { footnotesById, rowLabel, transactionRows } from '../../model/rows';
import { weightedAverageRelief } from '../../docs/sources';
import { mentionsUndertaking, mentionsWeightedAverage, priceRange, spreadOverOneDollar } from './weighted-average-text';

export const weightedAverageRange = defineRule({
  id: 'price/weighted-average-range',
  category: 'price',
  severity: 'information',
  forms: form4AndAmendment,
  summary: 'A weighted-average price footnote gives the price range and the undertaking to provide details.',
  explanation: [
    'Same-day open-market trades at different prices may be reported on one line at their weighted-average price.',
    'The SEC staff allows this (no-action relief of June 25, 2008, which replaced the old one-line-per-price position)',
    'when the prices fall within a range of $1 or less and a footnote gives the range and undertakes to provide, on',
    'request of the SEC staff, the issuer or a security holder, the number of shares traded at each price.',
    '',
    'This rule reads every footnote on a transaction price that speaks of a weighted average. It notes (information)',
    'a footnote with no price range ("from $52.43 to $53.26"), or no undertaking anywhere in the footnotes or remarks;',
    'it warns when the range given is wider than $1, which the relief does not cover: split such trades into lines',
    'whose prices lie within $1.',
  ].join('\n'),
  sources: [...weightedAverageRelief],
  check({ doc, report }) {
    const definitions = footnotesById(doc);
    const explained = new Map<FootnoteDefinition, RelatedLocation[]>();
    // Many rows cite the same footnote: read each footnote's text once.
    const speaksOfAverage = new Map<FootnoteDefinition, boolean>();
    const weightedAverage = (footnote: FootnoteDefinition): boolean => {
      let answer = speaksOfAverage.get(footnote);
      if (answer === undefined) speaksOfAverage.set(footnote, (answer = mentionsWeightedAverage(footnote.text)));
      return answer;
    };
    for (const row of transactionRows(doc)) {
      for (const ref of row.pricePerShare?.footnotes ?? []) {
        const footnote = definitions.get(ref.id);
        if (!footnote || !weightedAverage(footnote)) continue;
        const places = explained.get(footnote) ?? [];
        places.push({ span: row.pricePerShare?.value?.span ?? ref.span, message: `Weighted-average price of ${rowLabel(row)}` });
        explained.set(footnote, places);
      }
    }
    if (explained.size === 0) return;
    // The undertaking is often given once for several ranges ("see the last sentence of footnote 2").
    const undertakingGiven = doc.footnotes.some((f) => mentionsUndertaking(f.text)) || mentionsUndertaking(doc.remarks?.raw ?? '');
    for (const [footnote, related] of explained) {
      const range = priceRange(footnote.text);
      const spread = range && spreadOverOneDollar(range);
      if (range && spread) {
        report({
          span: footnote.textSpan,
          severity: 'warning',
          message: `Footnote ${footnote.id}: weighted-average price range ${range.text} spans $${spread.toString()}, more than the $1 the SEC staff's relief allows on one line.`,
          related,
          data: { spread: spread.toString() },
        });
        continue;
      }
      const missing = [...(range ? [] : ['range']), ...(undertakingGiven ? [] : ['undertaking'])];
      if (missing.length === 0) continue;
      const what =
        missing.length === 2
          ? 'neither the price range nor the undertaking'
          : missing[0] === 'range'
            ? 'no price range (lowest to highest price)'
            : 'no undertaking to provide the details on request';
      report({
        span: footnote.textSpan,
        message: `Footnote ${footnote.id} gives a weighted-average price but ${what}.`,
        related,
        data: { missing: missing.join(',') },
      });
    }
  },
});
