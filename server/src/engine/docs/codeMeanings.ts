/**
 * The view of the transaction code list (docs/transactionCodes.ts, the one source of truth) that the code rules
 * and their messages use.
 */
import { transactionCodeInfo, transactionCodeList, type Direction } from './transactionCodes';

export interface CodeMeaning {
  readonly code: string;
  /** Short meaning for messages ("open-market or private sale"). */
  readonly meaning: string;
  /** The direction the code's definition fixes; undefined where either is possible. */
  readonly direction?: Direction;
}

export function codeMeaning(code: string): CodeMeaning | undefined {
  const info = transactionCodeInfo(code);
  return info && { code: info.code, meaning: info.meaning, direction: info.fixed };
}

/** "S (open-market or private sale)", or just the code when it is not one we know. */
export function describeCode(code: string): string {
  const info = transactionCodeInfo(code);
  return info ? `${code} (${info.meaning})` : code;
}

/**
 * Exercise and conversion codes: the derivative is normally given up (Table II, D) and the underlying received
 * (Table I, A), which is what a usual direction per table says.
 */
export const exerciseCodes: ReadonlySet<string> = new Set(
  transactionCodeList.filter((info) => info.usual?.I === 'A' && info.usual?.II === 'D').map((info) => info.code),
);

/**
 * The acquired/disposed code a transaction code calls for in a table: fixed by the code's definition (P is A, S is
 * D), or the usual direction of an exercise or conversion (the underlying acquired in Table I, the derivative
 * disposed of in Table II); undefined where either is possible.
 */
export function expectedDirection(
  table: 'I' | 'II',
  code: string,
): { readonly expected: Direction; readonly byDefinition: boolean } | undefined {
  const fixed = codeMeaning(code)?.direction;
  if (fixed) return { expected: fixed, byDefinition: true };
  if (!exerciseCodes.has(code)) return undefined;
  return { expected: table === 'II' ? 'D' : 'A', byDefinition: false };
}
