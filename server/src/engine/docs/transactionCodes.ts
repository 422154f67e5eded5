/**
 * The Form 4 transaction codes (General Instruction 8), in our words after the SEC's "Ownership Form Codes" page:
 * what each code means, the group the SEC files it under, the direction (acquired A / disposed of D) it usually
 * takes in each table, and whether EDGAR's XML accepts it. One source of truth for hovers, completion, the preview
 * and the code rules.
 *
 * Directions come in two strengths:
 * - `fixed`: the code's definition itself is an acquisition or a disposition (P is a purchase, S a sale), so the
 *   other direction is a mistake;
 * - `usual`: what the code normally means in each table, where legitimate exceptions exist (an exercise gives up
 *   the derivative in Table II and receives the shares in Table I; a put exercise goes the other way).
 * Where neither is given the code goes either way (a gift given or received).
 */
import type { Table } from '../model/types';

export type CodeGroup = 'general' | 'rule16b-3' | 'derivative' | 'exempt' | 'other';
export type Direction = 'A' | 'D';

/** The SEC's headings for the groups, in the order its code list shows them. */
export const codeGroupTitles: Readonly<Record<CodeGroup, string>> = {
  general: 'General transaction codes',
  'rule16b-3': 'Rule 16b-3 transaction codes',
  derivative: 'Derivative securities codes (except transactions exempted under Rule 16b-3)',
  exempt: 'Other Section 16(b)-exempt transactions and small acquisition codes',
  other: 'Other transaction codes',
};

export interface TransactionCodeInfo {
  readonly code: string;
  /** Short meaning for messages and completion ("open-market or private sale"). */
  readonly meaning: string;
  /** A sentence or two for hovers: what the code covers and how it is used. */
  readonly explanation: string;
  readonly group: CodeGroup;
  /** The direction the definition fixes; the opposite one is an error. */
  readonly fixed?: Direction;
  /** The direction the code normally takes in each table, when that is not fixed; exceptions are legitimate. */
  readonly usual?: Readonly<Partial<Record<Table, Direction>>>;
  /** The tables the code normally appears in. */
  readonly tables: readonly Table[];
  /** False for the paper form's K and V, which EDGAR's code list does not accept. */
  readonly inXml: boolean;
}

const both: readonly Table[] = ['I', 'II'];
const exercise = { I: 'A', II: 'D' } as const;

export const transactionCodeList: readonly TransactionCodeInfo[] = [
  {
    code: 'P',
    meaning: 'open-market or private purchase',
    explanation: 'A purchase of securities in the open market or in a private transaction.',
    group: 'general',
    fixed: 'A',
    tables: both,
    inXml: true,
  },
  {
    code: 'S',
    meaning: 'open-market or private sale',
    explanation: 'A sale of securities in the open market or in a private transaction.',
    group: 'general',
    fixed: 'D',
    tables: both,
    inXml: true,
  },
  {
    code: 'V',
    meaning: 'transaction voluntarily reported earlier than required',
    explanation:
      'On the paper form V is a mark beside the code, not a code. In EDGAR XML it is not accepted as a transaction code: ' +
      'report the real code and mark the early report with `transactionFormType` 5 (or `transactionTimeliness` E).',
    group: 'general',
    tables: both,
    inXml: false,
  },
  {
    code: 'A',
    meaning: 'grant, award or other acquisition under Rule 16b-3(d)',
    explanation: 'A grant, award or other acquisition from the issuer that is exempt under Rule 16b-3(d), such as a stock or option grant.',
    group: 'rule16b-3',
    fixed: 'A',
    tables: both,
    inXml: true,
  },
  {
    code: 'D',
    meaning: 'disposition to the issuer under Rule 16b-3(e)',
    explanation: 'A sale or other disposition of securities back to the issuer, exempt under Rule 16b-3(e).',
    group: 'rule16b-3',
    fixed: 'D',
    tables: both,
    inXml: true,
  },
  {
    code: 'F',
    meaning: 'payment of exercise price or tax by delivering or withholding securities',
    explanation:
      'Paying the exercise price or the tax due on the receipt, exercise or vesting of a Rule 16b-3 award by delivering ' +
      'securities or having them withheld (for example shares withheld for tax when restricted stock units vest).',
    group: 'rule16b-3',
    fixed: 'D',
    tables: ['I'],
    inXml: true,
  },
  {
    code: 'I',
    meaning: 'discretionary transaction under Rule 16b-3(f)',
    explanation:
      'A discretionary transaction under Rule 16b-3(f), such as a switch between funds of an employee benefit plan; it can ' +
      'acquire or dispose of securities.',
    group: 'rule16b-3',
    tables: both,
    inXml: true,
  },
  {
    code: 'M',
    meaning: 'exercise or conversion of a derivative security exempted under Rule 16b-3',
    explanation:
      'The exercise or conversion of a derivative security exempt under Rule 16b-3. It is usually reported twice: in Table II ' +
      'the derivative given up (D), in Table I the shares received (A).',
    group: 'rule16b-3',
    usual: exercise,
    tables: both,
    inXml: true,
  },
  {
    code: 'C',
    meaning: 'conversion of a derivative security',
    explanation:
      'The conversion of a derivative security not exempt under Rule 16b-3: the derivative given up in Table II (D), the securities received in Table I (A).',
    group: 'derivative',
    usual: exercise,
    tables: both,
    inXml: true,
  },
  {
    code: 'E',
    meaning: 'expiration of a short derivative position',
    explanation: 'The expiration of a short derivative position (for example a written option); it belongs in Table II.',
    group: 'derivative',
    usual: { II: 'D' },
    tables: ['II'],
    inXml: true,
  },
  {
    code: 'H',
    meaning: 'expiration or cancellation of a long derivative position with value received',
    explanation: 'The expiration or cancellation of a long derivative position for which value was received; it belongs in Table II.',
    group: 'derivative',
    fixed: 'D',
    tables: ['II'],
    inXml: true,
  },
  {
    code: 'O',
    meaning: 'exercise of an out-of-the-money derivative security',
    explanation:
      'The exercise of a derivative security that is out of the money. Table II gives up the derivative (D); Table I receives the ' +
      'shares (A) for a call, or delivers them (D) for a put.',
    group: 'derivative',
    usual: exercise,
    tables: both,
    inXml: true,
  },
  {
    code: 'X',
    meaning: 'exercise of an in-the-money or at-the-money derivative security',
    explanation:
      'The exercise of a derivative security that is in or at the money. Table II gives up the derivative (D); Table I receives ' +
      'the shares (A) for a call, or delivers them (D) for a put.',
    group: 'derivative',
    usual: exercise,
    tables: both,
    inXml: true,
  },
  {
    code: 'G',
    meaning: 'bona fide gift',
    explanation:
      'A bona fide gift, given (D) or received (A). Since 27 February 2023 a gift disposition is due on Form 4 within two ' +
      'business days like any other transaction.',
    group: 'exempt',
    tables: both,
    inXml: true,
  },
  {
    code: 'L',
    meaning: 'small acquisition under Rule 16a-6',
    explanation: 'A small acquisition under Rule 16a-6 (small acquisitions that may be deferred to Form 5).',
    group: 'exempt',
    fixed: 'A',
    tables: both,
    inXml: true,
  },
  {
    code: 'W',
    meaning: 'acquisition or disposition by will or the laws of descent and distribution',
    explanation: 'An acquisition or disposition by will or under the laws of descent and distribution.',
    group: 'exempt',
    tables: both,
    inXml: true,
  },
  {
    code: 'Z',
    meaning: 'deposit into or withdrawal from a voting trust',
    explanation: 'A deposit of securities into, or a withdrawal from, a voting trust.',
    group: 'exempt',
    tables: both,
    inXml: true,
  },
  {
    code: 'J',
    meaning: 'other acquisition or disposition (must be described)',
    explanation: 'Any other acquisition or disposition; describe the transaction in a footnote or in the remarks.',
    group: 'other',
    tables: both,
    inXml: true,
  },
  {
    code: 'K',
    meaning: 'transaction in an equity swap or similar instrument',
    explanation:
      'A transaction in an equity swap or a similar instrument. EDGAR XML has no code K: report the transaction with its code ' +
      'and set `equitySwapInvolved` to 1.',
    group: 'other',
    tables: both,
    inXml: false,
  },
  {
    code: 'U',
    meaning: 'disposition by tender of shares in a change-of-control transaction',
    explanation: 'A disposition of securities by tendering them in a change-of-control transaction.',
    group: 'other',
    fixed: 'D',
    tables: both,
    inXml: true,
  },
];

const byCode = new Map(transactionCodeList.map((info) => [info.code, info]));

/**
 * The transaction codes in the order filers use them: counted over the Form 4 filings in the real corpus
 * (../shared/corpus/real/form4: S 174, M 91, A 67, P 34, F 28, C 12, G 11, J 9, X 6, L 2, H 1), then the codes
 * seen there never, alphabetically. Completion and the new draft's choice offer them so.
 */
export const transactionCodesByUse: readonly string[] = [
  'S',
  'M',
  'A',
  'P',
  'F',
  'C',
  'G',
  'J',
  'X',
  'L',
  'H',
  'D',
  'E',
  'I',
  'O',
  'U',
  'W',
  'Z',
];

export function transactionCodeInfo(code: string): TransactionCodeInfo | undefined {
  return byCode.get(code.trim());
}

/** The direction a code takes in a table: the fixed one, else the usual one there; undefined when either is normal. */
export function expectedDirection(info: TransactionCodeInfo, table: Table): Direction | undefined {
  return info.fixed ?? info.usual?.[table];
}

const directionWords: Readonly<Record<Direction, string>> = { A: 'A (acquired)', D: 'D (disposed of)' };

/**
 * The direction in words, for hovers and completion: "always D (disposed of)", "usually D (disposed of) in Table II,
 * A (acquired) in Table I", "A (acquired) or D (disposed of)". With a table, only that table's direction.
 */
export function describeDirection(info: TransactionCodeInfo, table?: Table): string {
  if (info.fixed) return `always ${directionWords[info.fixed]}`;
  const usual = info.usual;
  if (usual && table && usual[table]) return `usually ${directionWords[usual[table]!]} in Table ${table}`;
  if (usual && !table) {
    const parts = (['II', 'I'] as const).filter((t) => usual[t]).map((t) => `${directionWords[usual[t]!]} in Table ${t}`);
    if (parts.length) return `usually ${parts.join(', ')}`;
  }
  return `${directionWords.A} or ${directionWords.D}`;
}
