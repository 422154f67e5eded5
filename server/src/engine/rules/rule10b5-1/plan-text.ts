/**
 * Reading footnotes and remarks for Rule 10b5-1 plans: whether a text speaks of such a plan (and not of its absence),
 * and whether it gives a date. Wording varies from filer to filer, so the rules that use this stay at warning level.
 */

/** "10b5-1", "10b-5-1", "10(b)5-1", with a hyphen or an en dash. */
const rule10b51 = /10\s*\(?\s*b\s*\)?\s*[-–]?\s*5\s*[-–]\s*1/i;
const negation = /\b(?:not|no|neither|nor|outside)\b/i;
const month = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
/** A full date: "August 16, 2021", "Aug. 16, 2021", "16 August 2021", "8/16/2021", "2021-08-16". */
const datePatterns = [
  new RegExp(String.raw`\b${month}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b`, 'i'),
  new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${month}\.?,?\s+\d{4}\b`, 'i'),
  /\b\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})\b/,
  /\b\d{4}-\d{2}-\d{2}\b/,
];

export function mentionsRule10b51(text: string): boolean {
  return rule10b51.test(text);
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.;!?])\s+/);
}

/** True when some sentence says a transaction was made under a 10b5-1 plan, not that it was not. */
export function affirmsRule10b51Plan(text: string): boolean {
  // A sentence can name the rule only if the whole text does: most footnotes are settled without splitting them.
  if (!rule10b51.test(text)) return false;
  return sentences(text).some((sentence) => rule10b51.test(sentence) && !negation.test(sentence));
}

export function containsFullDate(text: string): boolean {
  return datePatterns.some((pattern) => pattern.test(text));
}

/** A text that could carry the plan's adoption date: it names Rule 10b5-1 or speaks of adopting a plan. */
export function speaksOfPlanAdoption(text: string): boolean {
  return rule10b51.test(text) || /\badopt/i.test(text);
}
