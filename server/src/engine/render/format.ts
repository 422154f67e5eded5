/**
 * Values as EDGAR's rendering shows them: amounts with thousands separators ("1,000"), prices and dollar values with
 * a `$` ("$0.96", "$1,250.5"), dates as MM/DD/YYYY. A value that cannot be read as its type is shown as written, so
 * the filer sees the typo the diagnostics talk about (never a 0 or an empty cell in its place).
 */
import { formatUsDate, type CalendarDate } from '../model/date';
import type { Decimal } from '../model/decimal';
import type { Field } from '../model/types';
import type { Span } from '../text/span';

export type Formatter<T> = (field: Field<T>) => string;

export const asText: Formatter<unknown> = (field) => field.raw.trim();

export const asAmount: Formatter<Decimal> = (field) => field.value?.format() ?? field.raw.trim();

export const asDollars: Formatter<Decimal> = (field) => {
  const value = field.value;
  if (!value) return field.raw.trim();
  return `${value.isNegative() ? '-' : ''}$${value.abs().format()}`;
};

export const asDate: Formatter<CalendarDate> = (field) => (field.value ? formatUsDate(field.value) : field.raw.trim());

/** Footnote ids are `F1`, `F2`...; EDGAR marks them `(1)`, `(2)`. Any other id is shown as written. */
export function footnoteLabel(id: string): string {
  const m = /^F(\d+)$/.exec(id);
  return m ? m[1] : id;
}

/**
 * The range of the value itself, without the whitespace around it, so a click selects just the value. Trimming is
 * only possible when the source range holds the raw text one for one (no entity references, no YAML quotes).
 */
export function valueSpan(field: Field<unknown>): Span {
  const { raw, span } = field;
  if (span.end - span.start !== raw.length || raw.trim() === '') return span;
  const leading = raw.length - raw.trimStart().length;
  const trailing = raw.length - raw.trimEnd().length;
  return { start: span.start + leading, end: span.end - trailing };
}

/** True when the field holds something to show (not missing, not blank). */
export function hasText(field: Field<unknown> | undefined): boolean {
  return field !== undefined && field.raw.trim() !== '';
}
