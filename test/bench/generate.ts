/**
 * Generated Form 4s for the benchmarks: a real filing whose Table I is replaced by `rows` real transaction rows
 * taken from the corpus, so the sizes the issue asks for (30 rows, the EDGAR per-table limit; 300; 5,000, a stress
 * size) exist without inventing markup. Deterministic: the same corpus gives the same documents.
 *
 * Every row is put in one series (the base filing's security, held directly, on the base filing's date) and its
 * "amount owned following" is recomputed, so the running balances add up and the holdings rules walk the whole
 * chain, as they would on a correct filing. Footnote references of the borrowed rows are pointed, in turn, at the
 * base filing's own footnotes, so every reference resolves and every footnote is used.
 */
import { Decimal } from '../../server/src/engine/model/decimal';

export interface CorpusText {
  readonly name: string;
  readonly text: string;
}

/**
 * The base filing: a clean, plain Form 4 (one reporting owner, nine sales in Table I, a derivative table, footnotes
 * on prices and ownership). Fixed by name so the generated documents do not change when the corpus grows.
 */
export const baseFilingName = 'TSLA_2022-11-08_1494730_0000899243-22-035394.xml';

/**
 * Codes of rows that stand alone in Table I. Exercises and conversions (M, C, X, O) are paired with Table II rows
 * by the derivative rules, and gifts or "other" codes want explanations of their own; those rows are left out so the
 * generated document is a correct filing and the benchmark measures the checking, not the reporting of problems.
 */
const standaloneCodes = new Set(['S', 'P', 'A', 'F']);

const rowPattern = /<nonDerivativeTransaction>[\s\S]*?<\/nonDerivativeTransaction>/g;
const footnoteRefPattern = /(<footnoteId\s+id=")[^"]*(")/g;

/** A Table I row ready to be placed: its markup with the amount owned left as a placeholder. */
interface RowTemplate {
  readonly markup: string;
  readonly direction: 'A' | 'D';
  readonly shares: Decimal;
}

const ownedPlaceholder = '\u0000OWNED\u0000';

function valueOf(row: string, element: string): string | undefined {
  return new RegExp(`<${element}>\\s*<value>([^<]*)</value>`).exec(row)?.[1];
}

function rowTemplate(row: string, date: string): RowTemplate | undefined {
  const code = /<transactionCode>([^<]*)<\/transactionCode>/.exec(row)?.[1]?.trim();
  const direction = valueOf(row, 'transactionAcquiredDisposedCode')?.trim();
  const shares = Decimal.parse(valueOf(row, 'transactionShares') ?? '');
  const owned = valueOf(row, 'sharesOwnedFollowingTransaction');
  if (!code || !standaloneCodes.has(code) || (direction !== 'A' && direction !== 'D')) return undefined;
  if (!shares || shares.isZero() || shares.isNegative() || owned === undefined) return undefined;
  const markup = row
    .replace(/(<securityTitle>\s*<value>)[^<]*(<\/value>)/, '$1Common Stock$2')
    .replace(/(<transactionDate>\s*<value>)[^<]*(<\/value>)/, `$1${date}$2`)
    .replace(/\s*<deemedExecutionDate\s*\/>|\s*<deemedExecutionDate>[\s\S]*?<\/deemedExecutionDate>/, '')
    .replace(/(<sharesOwnedFollowingTransaction>\s*<value>)[^<]*(<\/value>)/, `$1${ownedPlaceholder}$2`)
    .replace(
      /<ownershipNature>[\s\S]*?<\/ownershipNature>/,
      '<ownershipNature>\n                <directOrIndirectOwnership>\n                    <value>D</value>\n                </directOrIndirectOwnership>\n            </ownershipNature>',
    );
  return { markup, direction, shares };
}

/** The standalone Table I rows of the whole corpus, in file-name order then document order. */
export function rowTemplates(corpus: readonly CorpusText[], date: string): RowTemplate[] {
  const sorted = [...corpus].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const templates: RowTemplate[] = [];
  for (const file of sorted) {
    for (const match of file.text.matchAll(rowPattern)) {
      const template = rowTemplate(match[0], date);
      if (template) templates.push(template);
    }
  }
  return templates;
}

function signed(template: RowTemplate): Decimal {
  return template.direction === 'A' ? template.shares : template.shares.negate();
}

/** The balance before the first row: enough that no row disposes of more than is held, plus a round lot. */
function openingBalance(sequence: readonly RowTemplate[]): Decimal {
  let running = Decimal.zero;
  let lowest = Decimal.zero;
  for (const template of sequence) {
    running = running.plus(signed(template));
    if (running.compare(lowest) < 0) lowest = running;
  }
  return lowest.negate().plus(Decimal.parse('100000')!);
}

/** The base filing with `rows` transaction rows in Table I (its holding rows dropped), as EDGAR XML. */
export function generateForm4(corpus: readonly CorpusText[], rows: number): string {
  const base = corpus.find((file) => file.name === baseFilingName);
  if (!base) throw new Error(`the corpus has no ${baseFilingName}, the base of the generated documents`);
  const date = /<periodOfReport>([^<]*)<\/periodOfReport>/.exec(base.text)?.[1]?.trim();
  const footnoteIds = [...base.text.matchAll(/<footnote\s+id="([^"]+)"/g)].map((m) => m[1]);
  if (!date || footnoteIds.length === 0) throw new Error(`${baseFilingName} lost its period of report or footnotes`);
  const templates = rowTemplates(corpus, date);
  const sequence = Array.from({ length: rows }, (_, i) => templates[i % templates.length]);

  let balance = openingBalance(sequence);
  let nextFootnote = 0;
  const markup = sequence.map((template) => {
    balance = balance.plus(signed(template));
    return template.markup
      .replace(ownedPlaceholder, balance.toString())
      .replace(
        footnoteRefPattern,
        (_m, open: string, close: string) => `${open}${footnoteIds[nextFootnote++ % footnoteIds.length]}${close}`,
      );
  });
  // Footnotes not reached by the rows (fewer references than footnotes) are referenced from the first row's title.
  const unused = footnoteIds.slice(Math.min(nextFootnote, footnoteIds.length));
  if (unused.length > 0 && markup.length > 0) {
    const refs = unused.map((id) => `<footnoteId id="${id}"/>`).join('');
    markup[0] = markup[0].replace(/(<securityTitle>\s*<value>[^<]*<\/value>)/, `$1${refs}`);
  }
  const table = `<nonDerivativeTable>\n        ${markup.join('\n        ')}\n    </nonDerivativeTable>`;
  return base.text.replace(/<nonDerivativeTable>[\s\S]*?<\/nonDerivativeTable>/, table);
}
