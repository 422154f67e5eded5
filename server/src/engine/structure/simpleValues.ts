/**
 * Checks a value against one of our schema's simple types exactly as XML Schema 1.0 does: its whitespace rule first
 * (xs:string keeps whitespace, so ' S' is not the code S; xs:date, xs:boolean, xs:decimal and collapse-typed strings
 * are trimmed), then the lexical form, then the facets. Lengths count Unicode code points, as XML Schema does, not
 * UTF-16 units. The answer is the problem in plain words ("must be one of A, C, D ... (got 'K')"), or undefined.
 */
import type { BooleanType, DateType, DecimalType, SimpleType, StringType } from './schema';
import { collapseXml, trimXml } from './xmlWhitespace';

/** Whether the type's whitespace rule trims the value before checking it (everything but a plain xs:string). */
export function trimsWhitespace(type: SimpleType): boolean {
  return type.kind !== 'string' || type.collapse === true;
}

/** What is wrong with `raw` as a value of `type`, phrased to follow the name of the element or attribute. */
export function simpleValueProblem(type: SimpleType, raw: string): string | undefined {
  switch (type.kind) {
    case 'string':
      return stringProblem(type, raw);
    case 'decimal':
      return decimalProblem(type, trimXml(raw));
    case 'date':
      return dateProblem(type, trimXml(raw));
    case 'boolean':
      return booleanProblem(type, trimXml(raw));
  }
}

// ---- strings ---------------------------------------------------------------------------------------------------

const patternCache = new WeakMap<StringType, RegExp>();

function patternOf(type: StringType & { pattern: NonNullable<StringType['pattern']> }): RegExp {
  let re = patternCache.get(type);
  if (!re) {
    // XML Schema patterns match the whole value; the ones in our schema mean the same in JavaScript.
    re = new RegExp(`^(?:${type.pattern.source})$`, 'u');
    patternCache.set(type, re);
  }
  return re;
}

function stringProblem(type: StringType, raw: string): string | undefined {
  const value = type.collapse ? collapseXml(raw) : raw;
  const problem = stringFacetProblem(type, value);
  if (problem === undefined) return undefined;
  // xs:string keeps whitespace: say so when the spaces are the whole trouble.
  if (!type.collapse && value !== trimXml(value) && stringFacetProblem(type, trimXml(value)) === undefined) {
    return `${problem}: remove the spaces around it`;
  }
  return problem;
}

function stringFacetProblem(type: StringType, value: string): string | undefined {
  if (type.enumeration && !type.enumeration.includes(value)) {
    return `must be ${describeEnumeration(type.enumeration)} ${got(value)}`;
  }
  if (type.pattern && !patternOf(type as StringType & { pattern: NonNullable<StringType['pattern']> }).test(value)) {
    return `must be ${type.pattern.description} ${got(value)}`;
  }
  const length = codePointCount(value);
  if (type.length !== undefined && length !== type.length) {
    return `must be exactly ${characters(type.length)} long (it has ${length})`;
  }
  if (type.minLength !== undefined && length < type.minLength) {
    return type.minLength === 1 ? 'must not be empty' : `must be at least ${characters(type.minLength)} long (it has ${length})`;
  }
  if (type.maxLength !== undefined && length > type.maxLength) {
    return `must be at most ${characters(type.maxLength)} long (it has ${length})`;
  }
  return undefined;
}

/** Short lists are spelt out; long code lists (the states) are described by a few examples. */
const listedValuesLimit = 20;

function describeEnumeration(values: readonly string[]): string {
  const named = values.filter((v) => trimXml(v) !== '');
  const blank = named.length < values.length;
  if (named.length > listedValuesLimit) {
    return `one of the ${named.length} allowed codes, such as ${orList(named.slice(0, 3))}${blank ? ', or blank' : ''}`;
  }
  if (named.length === 1 && !blank) return named[0];
  return `one of ${named.join(', ')}${blank ? ', or blank' : ''}`;
}

function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function characters(n: number): string {
  return n === 1 ? '1 character' : `${n} characters`;
}

/** Unicode code points: a character outside the Basic Multilingual Plane (an emoji) counts once. */
export function codePointCount(value: string): number {
  let count = value.length;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

// ---- POSITIVE_DECIMAL ------------------------------------------------------------------------------------------

/** xs:decimal's lexical form: an optional sign, digits with at most one point, at least one digit; nothing else. */
const decimalLexical = /^([+-]?)([0-9]*)(?:\.([0-9]*))?$/;

/**
 * EDGAR's POSITIVE_DECIMAL facets: minInclusive 0, maxInclusive 999999999999.9999, fractionDigits 4 and totalDigits
 * 16. With at most 4 decimal places, the maximum is exceeded exactly when the whole part has more than 12 significant
 * digits, and 12 + 4 digits can never exceed 16, so the last facet never decides on its own.
 */
const maxIntegerDigits = 12;
const maxFractionDigits = 4;

function decimalProblem(_type: DecimalType, value: string): string | undefined {
  if (isPlainAmount(value)) return undefined;
  const m = decimalLexical.exec(value);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) {
    return `must be a number such as 1500 or 12.25: digits with at most one decimal point, no commas, currency signs or spaces ${got(value)}`;
  }
  // Facets apply to the number, not to how it is written: leading and trailing zeros do not count as digits.
  const integerDigits = m[2].replace(/^0+/, '');
  const fractionDigits = withoutTrailingZeros(m[3] ?? '');
  if (m[1] === '-' && (integerDigits !== '' || fractionDigits !== '')) return `must not be negative ${got(value)}`;
  if (integerDigits.length > maxIntegerDigits) return `must be at most 999999999999.9999 ${got(value)}`;
  if (fractionDigits.length > maxFractionDigits) return `can have at most ${maxFractionDigits} decimal places ${got(value)}`;
  return undefined;
}

/**
 * The way nearly every amount is written, checked without the regular expression and the strings it makes: no sign,
 * at most 12 digits before the point and 4 after it, at least one digit. Such a value is always valid; anything
 * else is decided by the full check.
 */
function isPlainAmount(value: string): boolean {
  let i = 0;
  while (i < value.length && isDigit(value.charCodeAt(i))) i++;
  const wholeDigits = i;
  if (wholeDigits > maxIntegerDigits) return false;
  if (i === value.length) return wholeDigits > 0;
  if (value.charCodeAt(i) !== 0x2e /* . */) return false;
  const fractionStart = ++i;
  while (i < value.length && isDigit(value.charCodeAt(i))) i++;
  const fractionDigits = i - fractionStart;
  return i === value.length && fractionDigits <= maxFractionDigits && wholeDigits + fractionDigits > 0;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

// ---- xs:date ---------------------------------------------------------------------------------------------------

/** xs:date: an optional minus, a year of 4 or more digits, month, day, and an optional time zone. */
const dateLexical = /^-?([0-9]{4,})-([0-9]{2})-([0-9]{2})(Z|[+-]([0-9]{2}):([0-9]{2}))?$/;

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function dateProblem(_type: DateType, value: string): string | undefined {
  if (isPlainDate(value)) return undefined;
  const m = dateLexical.exec(value);
  // A year of more than 4 digits may not start with 0.
  if (!m || (m[1].length > 4 && m[1].startsWith('0'))) {
    return `must be a date written YYYY-MM-DD, such as 2024-03-15 ${got(value)}`;
  }
  const [, year, monthText, dayText, zone, zoneHours, zoneMinutes] = m;
  if (/^0+$/.test(year)) return `must be a real date: there is no year 0000 ${got(value)}`;
  const month = Number(monthText);
  if (month < 1 || month > 12) return `must be a real date: there is no month ${monthText} ${got(value)}`;
  const day = Number(dayText);
  const days = daysIn(month, year);
  if (day < 1 || day > days) {
    return day < 1
      ? `must be a real date: there is no day 00 ${got(value)}`
      : `must be a real date: ${monthNames[month - 1]} ${year.replace(/^0+(?=\d{4})/, '')} has ${days} days ${got(value)}`;
  }
  if (zone !== undefined && zone !== 'Z') {
    const hours = Number(zoneHours);
    const minutes = Number(zoneMinutes);
    if (minutes > 59 || hours > 14 || (hours === 14 && minutes > 0)) {
      return `has a time zone out of range: it must be Z or from -14:00 to +14:00; better, leave it out ${got(value)}`;
    }
  }
  return undefined;
}

/** YYYY-MM-DD naming a real day, checked without the regular expression; anything else gets the full check. */
function isPlainDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 0x2d || value.charCodeAt(7) !== 0x2d) return false;
  for (const at of plainDateDigits) if (!isDigit(value.charCodeAt(at))) return false;
  const month = twoDigits(value, 5);
  const day = twoDigits(value, 8);
  if (value.startsWith('0000') || month < 1 || month > 12 || day < 1) return false;
  // The year matters only in February.
  return day <= daysIn(month, month === 2 ? value.slice(0, 4) : '');
}

const plainDateDigits = [0, 1, 2, 3, 5, 6, 8, 9];

function twoDigits(value: string, at: number): number {
  return (value.charCodeAt(at) - 0x30) * 10 + (value.charCodeAt(at + 1) - 0x30);
}

function daysIn(month: number, year: string): number {
  if (month !== 2) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  // Leap years repeat every 400 years, and 10000 is a multiple of 400, so the last four digits decide (of any sign).
  const y = Number(year.slice(-4));
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
}

// ---- xs:boolean ------------------------------------------------------------------------------------------------

function booleanProblem(_type: BooleanType, value: string): string | undefined {
  if (value === 'true' || value === 'false' || value === '1' || value === '0') return undefined;
  return `must be true or false (or 1 or 0) ${got(value)}`;
}

// ---- showing values --------------------------------------------------------------------------------------------

const shownLimit = 40;

/** The closing part of a message: what the value was. */
function got(value: string): string {
  return value === '' ? '(it is empty)' : `(got ${shown(value)})`;
}

/** A value quoted for a message: control characters made visible, long values cut short. */
export function shown(value: string): string {
  if (value === '') return "''";
  const chars = Array.from(value);
  const cut = chars.length > shownLimit ? `${chars.slice(0, shownLimit).join('')}…` : value;
  return `'${cut.replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}'`;
}

/** The digits without trailing zeros, in one pass (`/0+$/` is quadratic on a long run of zeros before a digit). */
function withoutTrailingZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 0x30) end--;
  return digits.slice(0, end);
}
