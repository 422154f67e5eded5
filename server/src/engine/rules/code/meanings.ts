/**
 * What each Form 4 transaction code means, in our words after the SEC's "Ownership Form Codes" page, and which
 * direction (acquired A / disposed of D) the code's definition fixes. Messages, hovers and completion read this.
 */

export interface CodeMeaning {
  readonly code: string;
  /** Short meaning for messages ("open-market or private sale"). */
  readonly meaning: string;
  /** The direction the definition itself fixes; undefined where either is possible. */
  readonly direction?: 'A' | 'D';
}

const meanings: readonly CodeMeaning[] = [
  { code: 'P', meaning: 'open-market or private purchase', direction: 'A' },
  { code: 'S', meaning: 'open-market or private sale', direction: 'D' },
  { code: 'V', meaning: 'transaction voluntarily reported earlier than required (a paper-form mark, not an XML code)' },
  { code: 'A', meaning: 'grant, award or other acquisition under Rule 16b-3(d)', direction: 'A' },
  { code: 'D', meaning: 'disposition to the issuer under Rule 16b-3(e)', direction: 'D' },
  { code: 'F', meaning: 'payment of exercise price or tax by delivering or withholding securities', direction: 'D' },
  { code: 'I', meaning: 'discretionary transaction under Rule 16b-3(f)' },
  { code: 'M', meaning: 'exercise or conversion of a derivative security exempted under Rule 16b-3' },
  { code: 'C', meaning: 'conversion of a derivative security' },
  { code: 'E', meaning: 'expiration of a short derivative position' },
  { code: 'H', meaning: 'expiration or cancellation of a long derivative position with value received', direction: 'D' },
  { code: 'O', meaning: 'exercise of an out-of-the-money derivative security' },
  { code: 'X', meaning: 'exercise of an in-the-money or at-the-money derivative security' },
  { code: 'G', meaning: 'bona fide gift' },
  { code: 'L', meaning: 'small acquisition under Rule 16a-6', direction: 'A' },
  { code: 'W', meaning: 'acquisition or disposition by will or the laws of descent and distribution' },
  { code: 'Z', meaning: 'deposit into or withdrawal from a voting trust' },
  { code: 'J', meaning: 'other acquisition or disposition (must be described)' },
  { code: 'K', meaning: 'transaction in an equity swap or similar instrument (a paper-form code, not an XML code)' },
  { code: 'U', meaning: 'disposition by tender of shares in a change-of-control transaction', direction: 'D' },
];

const byCode = new Map(meanings.map((m) => [m.code, m]));

export function codeMeaning(code: string): CodeMeaning | undefined {
  return byCode.get(code);
}

/** "S (open-market or private sale)", or just the code when it is not one we know. */
export function describeCode(code: string): string {
  const meaning = byCode.get(code);
  return meaning ? `${code} (${meaning.meaning})` : code;
}

/** Exercise and conversion codes: the derivative is given up (Table II, D) and the underlying received (Table I, A). */
export const exerciseCodes: ReadonlySet<string> = new Set(['M', 'X', 'O', 'C']);
