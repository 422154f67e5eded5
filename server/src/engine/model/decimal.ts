/**
 * Exact decimal amounts as EDGAR allows them: at most 4 digits after the point. Stored as a bigint count of
 * ten-thousandths, so sums and differences of shares and prices are exact (no binary floating point).
 */
import { withThousandsSeparators } from '../text/thousands';

export const decimalScale = 4;
const unitsPerOne = 10n ** BigInt(decimalScale);
const decimalPattern = /^([+-]?)(\d*)(?:\.(\d*))?$/;

export class Decimal {
  private constructor(readonly units: bigint) {}

  static readonly zero = new Decimal(0n);

  /**
   * Parses the lexical form of xs:decimal (surrounding whitespace ignored). Returns undefined for anything that is
   * not a decimal, or that has more than 4 significant digits after the point (it cannot be held exactly).
   */
  static parse(text: string): Decimal | undefined {
    const m = decimalPattern.exec(text.trim());
    if (!m) return undefined;
    const [, sign, whole, fractionRaw = ''] = m;
    if (whole === '' && fractionRaw === '') return undefined;
    const fraction = withoutTrailingZeros(fractionRaw);
    if (fraction.length > decimalScale) return undefined;
    const units = BigInt(whole || '0') * unitsPerOne + BigInt((fraction + '0000').slice(0, decimalScale));
    return new Decimal(sign === '-' ? -units : units);
  }

  static fromUnits(units: bigint): Decimal {
    return new Decimal(units);
  }

  plus(other: Decimal): Decimal {
    return new Decimal(this.units + other.units);
  }

  minus(other: Decimal): Decimal {
    return new Decimal(this.units - other.units);
  }

  /**
   * The quotient, rounded half away from zero to 4 places (a price per share from a total and a number of shares);
   * undefined when dividing by zero.
   */
  dividedBy(other: Decimal): Decimal | undefined {
    if (other.units === 0n) return undefined;
    const negative = this.units < 0n !== other.units < 0n;
    const [n, d] = [this.units < 0n ? -this.units : this.units, other.units < 0n ? -other.units : other.units];
    const units = (n * unitsPerOne * 2n + d) / (2n * d);
    return new Decimal(negative ? -units : units);
  }

  negate(): Decimal {
    return new Decimal(-this.units);
  }

  compare(other: Decimal): -1 | 0 | 1 {
    return this.units < other.units ? -1 : this.units > other.units ? 1 : 0;
  }

  equals(other: Decimal): boolean {
    return this.units === other.units;
  }

  isZero(): boolean {
    return this.units === 0n;
  }

  isNegative(): boolean {
    return this.units < 0n;
  }

  abs(): Decimal {
    return this.units < 0n ? new Decimal(-this.units) : this;
  }

  /** Canonical text: no leading zeros, no trailing fraction zeros ("1500", "12.5", "-0.0001"). */
  toString(): string {
    return this.render(false);
  }

  /** With thousands separators, as EDGAR shows amounts ("56,800", "1,234.5"). */
  format(): string {
    return this.render(true);
  }

  /** With thousands separators and at least `minFraction` fraction digits ("12.50" with 2). */
  formatFixed(minFraction: number): string {
    const text = this.render(true);
    const [whole, fraction = ''] = text.split('.');
    const padded = fraction.padEnd(Math.min(minFraction, decimalScale), '0');
    return padded ? `${whole}.${padded}` : whole;
  }

  private render(groupThousands: boolean): string {
    const negative = this.units < 0n;
    const abs = negative ? -this.units : this.units;
    let whole = (abs / unitsPerOne).toString();
    const fraction = (abs % unitsPerOne).toString().padStart(decimalScale, '0').replace(/0+$/, '');
    if (groupThousands) whole = withThousandsSeparators(whole);
    return `${negative ? '-' : ''}${whole}${fraction ? '.' + fraction : ''}`;
  }
}

/** The digits without trailing zeros, in one pass (`/0+$/` is quadratic on a long run of zeros before a digit). */
function withoutTrailingZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 0x30) end--;
  return digits.slice(0, end);
}
