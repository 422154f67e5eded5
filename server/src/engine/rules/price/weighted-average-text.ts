/**
 * Reading a weighted-average price footnote: does it give the range of prices, and the undertaking to provide the
 * detail on request? Filers word these freely ("at prices ranging from $159.42 to $160.41", "the range of sale prices
 * ... was $15.00 to $15.045 per share"), so the patterns are loose and only look for the two facts.
 */
import { Decimal } from '../../model/decimal';

const weightedAverage = /weighted[\s-]*average/i;
const undertaking = /undertak/i;
const amount = String.raw`(\d[\d,]*(?:\.\d+)?)`;
/** "$1.93 to $1.95", "$15.00 - $15.045", "from 11.00 to 11.04", "between $2.21 and $2.42". */
const rangePatterns = [
  new RegExp(String.raw`\$\s?${amount}\s*(?:to|through|and|-|–|—)\s*\$?\s?${amount}`, 'i'),
  new RegExp(String.raw`(?:from|between)\s+\$?\s?${amount}\s+(?:to|through|and)\s+\$?\s?${amount}`, 'i'),
];

export function mentionsWeightedAverage(text: string): boolean {
  return weightedAverage.test(text);
}

export function mentionsUndertaking(text: string): boolean {
  return undertaking.test(text);
}

export interface PriceRange {
  /** The range as written, e.g. "$159.42 to $160.41". */
  readonly text: string;
  /** The bounds, when both read as exact decimals (at most 4 places). */
  readonly low?: Decimal;
  readonly high?: Decimal;
}

export function priceRange(text: string): PriceRange | undefined {
  for (const pattern of rangePatterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [low, high] = [match[1], match[2]].map((s) => Decimal.parse(s.replace(/,/g, '')));
    return { text: match[0].trim(), low, high };
  }
  return undefined;
}

const oneDollar = Decimal.parse('1') as Decimal;

/** The spread of a range when it is wider than the $1 the SEC staff's relief allows; undefined otherwise. */
export function spreadOverOneDollar(range: PriceRange): Decimal | undefined {
  if (!range.low || !range.high) return undefined;
  const spread = range.high.minus(range.low).abs();
  return spread.compare(oneDollar) > 0 ? spread : undefined;
}
