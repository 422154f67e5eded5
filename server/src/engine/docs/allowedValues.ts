/**
 * The values a field accepts, in plain words, read from the structural schema (never restated by hand), and what
 * each enumerated value means. Hovers show these; completion offers the enumerated values with their meanings.
 */
import { stateCodes } from '../structure/stateCodes';
import { elementParticles, valueTypeOf, isValueWrapper, type SimpleType, type TypeDef } from '../structure/schema';
import { transactionCodeInfo } from './transactionCodes';

export interface EnumeratedValue {
  readonly value: string;
  /** What the value means, when we know; '' otherwise. */
  readonly meaning: string;
}

const stateNames = new Map(stateCodes.map((s) => [s.code, s.obsolete ? `${s.name} (obsolete code)` : s.name]));

/** A lookup over a fixed table of meanings. */
function meanings(table: Readonly<Record<string, string>>): (value: string) => string {
  return (value) => (Object.prototype.hasOwnProperty.call(table, value) ? table[value] : '');
}

/**
 * Meanings of the listed values, by the schema type's name: the one wording of each value, which hovers,
 * completion and the draft format's JSON Schema all show.
 */
const valueMeanings: Readonly<Record<string, (value: string) => string>> = {
  TRANS_CODE_PICKLIST: (v) => transactionCodeInfo(v)?.meaning ?? '',
  ACQ_DISP_CODE_PICKLIST: meanings({ A: 'acquired', D: 'disposed of' }),
  OWNERSHIP_TYPE_PICKLIST: meanings({ D: 'direct ownership', I: 'indirect ownership (say how in natureOfOwnership)' }),
  TRANS_TIMELY_PICKLIST: meanings({ '': 'on time (no mark)', E: 'voluntarily reported early', L: 'reported late, after its deadline' }),
  TRANS_FORM4_TYPE_PICKLIST: meanings({
    '4': 'due on Form 4 (the usual case)',
    '5': "could have waited for Form 5: reported early, the paper form's V",
  }),
  TRANS_FORM5_TYPE_PICKLIST: meanings({
    '4': 'a Form 4 transaction reported late, on this Form 5',
    '5': 'a Form 5 item (exempt or deferred)',
  }),
  LATE_HOLDING: meanings({ '3': 'a holding that should have been reported on Form 3', '': 'no mark' }),
  DOCUMENT_TYPE: meanings({
    '3': 'Form 3: Initial Statement of Beneficial Ownership',
    '3/A': 'Form 3/A: amendment of a Form 3',
    '4': 'Form 4: Statement of Changes in Beneficial Ownership',
    '4/A': 'Form 4/A: amendment of a Form 4',
    '5': 'Form 5: Annual Statement of Changes in Beneficial Ownership',
    '5/A': 'Form 5/A: amendment of a Form 5',
  }),
  STATE_PICKLIST: (v) => (v.trim() === '' ? 'blank (no state)' : (stateNames.get(v) ?? '')),
  COUNTRY_PICKLIST: (v) => (v.trim() === '' ? 'blank (no country)' : (stateNames.get(v) ?? '')),
};

const booleanMeaning = meanings({ '1': 'yes', true: 'yes', '0': 'no', false: 'no' });

/**
 * Types the SEC states as a pattern that really is a short list: the values worth offering. (Timeliness is
 * `[E|L]{0,1}` in EDGAR's schema, which is E, L or nothing.)
 */
const listedPatternValues: Readonly<Record<string, readonly string[]>> = {
  TRANS_TIMELY_PICKLIST: ['E', 'L'],
  LATE_HOLDING: ['3'],
};

/** The values worth offering for a simple type, with their meanings; empty when the type is not a short list. */
export function enumeratedValues(type: SimpleType): EnumeratedValue[] {
  if (type.kind === 'boolean') {
    return [
      { value: '1', meaning: 'yes (true)' },
      { value: '0', meaning: 'no (false)' },
    ];
  }
  if (type.kind !== 'string') return [];
  const values = type.enumeration ?? listedPatternValues[type.name];
  if (!values) return [];
  const meaning = valueMeanings[type.name] ?? (() => '');
  return values.map((value) => ({ value, meaning: meaning(value) }));
}

/** What a value means, when the type lists it ("S" -> "open-market or private sale"); '' when unknown. */
export function meaningOfValue(type: SimpleType, value: string): string {
  if (type.kind === 'boolean') return booleanMeaning(value.trim());
  if (type.kind !== 'string') return '';
  return valueMeanings[type.name]?.(type.collapse ? value.trim() : value) ?? '';
}

/** Lists longer than this are summarised rather than spelled out. */
export const longListThreshold = 24;

function lengthWords(type: Extract<SimpleType, { kind: 'string' }>): string | undefined {
  if (type.length !== undefined) return `exactly ${type.length} characters`;
  const min = type.minLength ?? 0;
  if (type.maxLength !== undefined) return min > 0 ? `${min} to ${type.maxLength} characters` : `at most ${type.maxLength} characters`;
  if (min > 0) return `at least ${min} character${min === 1 ? '' : 's'}`;
  return undefined;
}

function describeEnumeration(type: Extract<SimpleType, { kind: 'string' }>): string {
  const values = enumeratedValues(type);
  if (values.length > longListThreshold) {
    return `one of the ${values.filter((v) => v.value.trim() !== '').length} EDGAR codes of its list (or blank)`;
  }
  const listed = values.map((v) => `\`${v.value === '' ? '(empty)' : v.value}\`${v.meaning ? ` ${v.meaning}` : ''}`).join('; ');
  return type.enumeration ? listed : `${listed}; or empty`;
}

/** The allowed values of a simple type in plain words, e.g. "a date, YYYY-MM-DD" or "`A` acquired; `D` disposed of". */
export function describeSimpleType(type: SimpleType): string {
  switch (type.kind) {
    case 'decimal':
      return 'a number from 0 to 999,999,999,999.9999, with at most 4 digits after the point (no thousands separators)';
    case 'date':
      return 'a date, YYYY-MM-DD';
    case 'boolean':
      return '`1` or `true` (yes), `0` or `false` (no)';
    case 'string': {
      if (type.enumeration || listedPatternValues[type.name]) return describeEnumeration(type);
      const parts = [type.pattern?.description, lengthWords(type)].filter((p): p is string => Boolean(p));
      return parts.length ? `text: ${parts.join(', ')}` : 'any text';
    }
  }
}

/**
 * The allowed values of an element of any type: its own simple type, or for a table cell the type of its `value`
 * (noting when a footnote may stand in for it); undefined for elements that only hold other elements.
 */
export function describeAllowedValues(type: TypeDef): string | undefined {
  if (type.kind !== 'complex') return describeSimpleType(type);
  if (!isValueWrapper(type)) return undefined;
  const valueType = valueTypeOf(type);
  if (!valueType) return undefined;
  const valueDecl = elementParticles(type.content).find((p) => p.name === 'value');
  const footnoteMayReplace = type.content?.particles[0]?.kind === 'choice';
  const optional = valueDecl !== undefined && valueDecl.min === 0;
  let words = describeSimpleType(valueType);
  if (footnoteMayReplace) words += '; or leave the value out and give a footnote instead';
  else if (optional) words += '; the value may be left out';
  return words;
}
