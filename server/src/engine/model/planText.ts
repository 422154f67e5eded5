/**
 * Reading footnotes and remarks for Rule 10b5-1 plans: whether a text speaks of such a plan (and not of its absence),
 * whether it gives a date, and which date it gives as the plan's adoption ("adopted by the reporting person on
 * March 13, 2025", "entered into on 11/03/2025"). Wording varies from filer to filer, so the rules that use this stay
 * at warning level.
 */
import { compareDates, type CalendarDate } from './date';
import { explanatoryTexts, type ExplanatoryText } from './explanatoryTexts';
import { perRun } from './perRun';
import { footnoteRefsInRow, transactionRows } from './rows';
import { fullDatesInText, type FullTextDate } from './textDates';
import type { OwnershipDocument, TransactionRow } from './types';
import type { Span } from '../text/span';

/** "10b5-1", "10b-5-1", "10(b)5-1", with a hyphen or an en dash. */
const rule10b51 = /10\s*\(?\s*b\s*\)?\s*[-–]?\s*5\s*[-–]\s*1/i;
const negation = /\b(?:not|no|neither|nor|outside)\b/i;

function sentences(text: string): string[] {
  return text.split(/(?<=[.;!?])\s+/);
}

/** True when some sentence says a transaction was made under a 10b5-1 plan, not that it was not. */
export function affirmsRule10b51Plan(text: string): boolean {
  // A sentence can name the rule only if the whole text does: most footnotes are settled without splitting them.
  if (!rule10b51.test(text)) return false;
  return sentences(text).some((sentence) => rule10b51.test(sentence) && !negation.test(sentence));
}

function containsFullDate(text: string): boolean {
  return fullDatesInText(text).length > 0;
}

/** A text that could carry the plan's adoption date: it names Rule 10b5-1 or speaks of adopting a plan. */
export function speaksOfPlanAdoption(text: string): boolean {
  return rule10b51.test(text) || /\badopt/i.test(text);
}

/** Words that introduce the day a plan was made (a modification counts: Rule 10b5-1(c)(1)(iv) makes it an adoption). */
const adoptionWord = /\b(?:adopt(?:ed|ion)|entered\s+into|established|dated|put\s+in\s+place|modified|amended)\b/gi;
/** Between the word and the date: no other event ("adopted by X, and the sale occurred on ..."). */
const otherEvent =
  /\b(?:sold|sales?|purchased?|bought|effected|executed|occurred|made|transferred|exercised|vest\w*|expir\w*|settl\w*|matur\w*)\b/i;
/** How far a date may follow its adoption word ("adopted by the reporting person's trust on"). */
const maximumGap = 60;

/**
 * The dates the text gives as a plan's adoption (or modification): a full date after an adoption word, in the same
 * sentence, with no other event between. "Related transactions effected on April 13, 2022" is not an adoption date.
 */
export function statedAdoptionDates(text: string): FullTextDate[] {
  return fullDatesInText(text).filter((d) => {
    const before = text.slice(Math.max(0, d.start - maximumGap - 30), d.start);
    let word: RegExpExecArray | undefined;
    for (const m of before.matchAll(adoptionWord)) word = m;
    if (!word) return false;
    const gap = before.slice(word.index + word[0].length);
    return gap.length <= maximumGap && !/[.;!?]\s/.test(gap) && !otherEvent.test(gap) && !containsFullDate(gap);
  });
}

/** A footnote or remark that speaks of a Rule 10b5-1 plan and says when the plan was adopted. */
export interface PlanAdoption {
  readonly text: ExplanatoryText;
  /** The latest adoption date the text gives (a modification starts the plan afresh). */
  readonly adopted: FullTextDate;
  /**
   * The dated trades the text explains, earliest first: the transaction rows that refer to the footnote, else (the
   * remarks, or a footnote no row refers to) every transaction row.
   */
  readonly trades: readonly PlanTrade[];
}

export interface PlanTrade {
  readonly row: TransactionRow;
  readonly date: CalendarDate;
  /** The transaction date's span. */
  readonly span: Span;
}

function tradesOf(rows: readonly TransactionRow[]): PlanTrade[] {
  const trades = rows.flatMap((row) => {
    const field = row.transactionDate?.value;
    return field?.value ? [{ row, date: field.value, span: field.span }] : [];
  });
  return trades.sort((a, b) => compareDates(a.date, b.date));
}

/** Texts that affirm a Rule 10b5-1 plan and give its adoption date, once per run. */
export function planAdoptions(doc: OwnershipDocument): readonly PlanAdoption[] {
  return perRun(doc, planAdoptionsOf);
}

function planAdoptionsOf(doc: OwnershipDocument): readonly PlanAdoption[] {
  const all = transactionRows(doc);
  const adoptions: PlanAdoption[] = [];
  for (const text of explanatoryTexts(doc)) {
    if (!affirmsRule10b51Plan(text.text)) continue;
    const stated = statedAdoptionDates(text.text);
    if (stated.length === 0) continue;
    const adopted = stated.reduce((latest, d) => (compareDates(d.date, latest.date) > 0 ? d : latest));
    const referring = text.footnoteId ? all.filter((row) => footnoteRefsInRow(row).some((ref) => ref.id === text.footnoteId)) : [];
    adoptions.push({ text, adopted, trades: tradesOf(referring.length > 0 ? referring : all) });
  }
  return adoptions;
}

/** The checkbox is checked, or a footnote or remark says a trade was made under a Rule 10b5-1 plan. */
export function reportsPlanTrades(doc: OwnershipDocument): boolean {
  return perRun(doc, reportsPlanTradesOf);
}

function reportsPlanTradesOf(doc: OwnershipDocument): boolean {
  return doc.aff10b5One?.value === true || explanatoryTexts(doc).some((t) => affirmsRule10b51Plan(t.text));
}
