/**
 * What kind of security a title names, read as a filer writes it: the words that name the security (the head) come
 * before a comma, a parenthesis or a phrase that describes it ("Warrant to purchase Common Stock", "Common Stock,
 * par value $0.01", "Common Stock acquired upon exercise of options"). Only the head counts, so a title that
 * mentions an option while naming shares is read as shares. Kept strict: an ambiguous title names nothing.
 */

/** Words that begin a description of the security rather than its name. */
const descriptionStart =
  /[,;:]|\s[-–]\s|\s(?:to|for|of|due|and|&|with|including|plus|underlying|issuable|issued|acquired|received|upon|from|under|held|in|on|into|per|par|which|that)\b/;

function headOf(text: string): string {
  const cut = descriptionStart.exec(text);
  const head = cut ? text.slice(0, cut.index) : text;
  return head
    .replace(/\$?\d[\d.,]*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The title without its parentheses, lower case, one space between words. */
function mainText(title: string): string {
  return title
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function parentheticals(title: string): string[] {
  return [...title.matchAll(/\(([^()]*)\)/g)].map((m) => m[1].replace(/\s+/g, ' ').trim().toLowerCase());
}

/** Derivative securities by the words that name them, most specific first, with how a message names them. */
const derivativeNames: readonly { readonly pattern: RegExp; readonly name: string }[] = [
  { pattern: /\b(?:restricted (?:stock|share) units?|rsus?)\b/, name: 'restricted stock units' },
  { pattern: /\b(?:performance (?:stock|share) units?|psus?)\b/, name: 'performance share units' },
  { pattern: /\bconvertible (?:(?:senior|subordinated|promissory|secured) )*(?:notes?|debentures?|bonds?)\b/, name: 'a convertible note' },
  { pattern: /\bwarrants?\b/, name: 'a warrant' },
  { pattern: /\boptions?\b/, name: 'an option' },
  { pattern: /\brights?\b/, name: 'a right' },
];

/**
 * In parentheses a title may name what the security is ("Common Stock (restricted stock units)"), or say what a
 * share carries or comes from ("Common Stock (Right to receive ...)"): only a parenthesis that is itself the name of
 * units, an option or a warrant counts, and never a right.
 */
const namedInParentheses = derivativeNames.filter((d) => d.name !== 'a right');

/** How a message names the derivative security the title names (e.g. "an option"), or undefined. */
export function derivativeNamedBy(title: string): string | undefined {
  const head = headOf(mainText(title));
  const inHead = derivativeNames.find((d) => d.pattern.test(head));
  if (inHead) return inHead.name;
  for (const text of parentheticals(title)) {
    const name = headOf(text);
    const found = namedInParentheses.find((d) => new RegExp(`^(?:[a-z-]+ ){0,3}?(?:${d.pattern.source})$`).test(name));
    if (found) return found.name;
  }
  return undefined;
}

/** Unqualified common stock: no class, no series, nothing in parentheses ("Class B Common Stock" converts). */
const plainStock = /^(?:common(?: stock| shares?)?|ordinary shares?)$/;

/** True when the title is plain common stock (or ordinary shares), which is never a derivative security. */
export function namesPlainStock(title: string): boolean {
  return parentheticals(title).length === 0 && plainStock.test(headOf(mainText(title)));
}

/** What a title says of the equity it names, where it says it: its kind, and its class or series ("class a"). */
interface NamedEquity {
  readonly kind?: 'common' | 'preferred';
  readonly designator?: string;
}

const preferredWords = /\b(?:preferred|preference)\b/;
const commonWords = /\b(?:common|ordinary|capital stock|depositary|ads|adrs?)\b/;
const classOrSeries = /\b(?:class|series) ([a-z0-9]+(?:-[a-z0-9]+)?)\b/;

function namedEquity(title: string): NamedEquity {
  const head = headOf(mainText(title));
  const kind = preferredWords.test(head) ? 'preferred' : commonWords.test(head) ? 'common' : undefined;
  const designator = [mainText(title), ...parentheticals(title)].map((text) => classOrSeries.exec(text)?.[0]).find((d) => d);
  return { kind, designator };
}

/**
 * True when two titles name different securities for certain: different classes or series ("Class A Common Stock",
 * "Class B Common Stock"), or common against preferred stock. A title that leaves something unsaid ("Common Stock"
 * beside "Class A Common Stock", par values, "shares" or "stock") differs from nothing.
 */
export function nameDifferentSecurities(a: string, b: string): boolean {
  const x = namedEquity(a);
  const y = namedEquity(b);
  const differ = (p: string | undefined, q: string | undefined) => p !== undefined && q !== undefined && p !== q;
  return differ(x.kind, y.kind) || differ(x.designator, y.designator);
}
