import { columnLabel, rowPlace } from '../../model/place';
import { BoundedMemo } from '../../model/boundedMemo';
import { normaliseWords } from '../../model/normalise';
import { rowLabel } from '../../model/rows';
import { derivativeNamedBy, namesPlainStock } from '../../model/securityTitles';
import { tableOneConversions } from '../../model/tableOneConversions';
import type { Field, OwnershipDocument, Row, Table } from '../../model/types';
import { defineRule, allForms } from '../rule';
import { formInstructions, techSpec } from '../../docs/sources';

interface Titled {
  readonly row: Row;
  readonly title: Field<string>;
}

/** One misplaced title: the rows that carry it and what is wrong with it, worked out once. */
interface Misplaced {
  readonly rows: Titled[];
  readonly problem: string;
}

/**
 * Verdicts on titles already read, by table and title. Most filings repeat a handful of titles ("Common Stock",
 * "Stock Option (right to buy)"), row after row and filing after filing, and reading one takes a dozen expressions.
 * Only short titles are kept, so odd input cannot make it hold much.
 */
const verdicts = new BoundedMemo<string, string | undefined>(4096);
const maxRememberedLength = 200;

/** What is wrong with a title in its table, or undefined when it fits there. */
function misplacement(table: Table, title: string): string | undefined {
  if (title.length > maxRememberedLength) return readMisplacement(table, title);
  return verdicts.get(`${table} ${title}`, () => readMisplacement(table, title));
}

function readMisplacement(table: Table, title: string): string | undefined {
  if (table === 'I') {
    const derivative = derivativeNamedBy(title);
    return derivative && `names ${derivative}, a derivative security: report it in Table II (derivative securities)`;
  }
  return namesPlainStock(title)
    ? 'is plain common stock, not a derivative security: report it in Table I, or name the derivative the row holds'
    : undefined;
}

/** Titles of units that the issuer converts inside Table I, which are reported there on purpose. */
function convertedInTableI(doc: OwnershipDocument): Set<string> {
  const titles = tableOneConversions(doc).map((pair) => pair.from.securityTitle?.value?.value);
  return new Set(titles.filter((t): t is string => t !== undefined).map(normaliseWords));
}

/** The rows of each misplaced title, grouped so that a title typed on several rows is one finding. */
function misplacedTitles(doc: OwnershipDocument): Map<string, Misplaced> {
  const exempt = convertedInTableI(doc);
  const groups = new Map<string, Misplaced>();
  for (const row of doc.rows) {
    const title = row.securityTitle?.value;
    if (!title?.value) continue;
    const words = normaliseWords(title.value);
    if (row.table === 'I' && exempt.has(words)) continue;
    const key = `${row.table} ${words}`;
    const group = groups.get(key);
    if (group) {
      group.rows.push({ row, title });
      continue;
    }
    const problem = misplacement(row.table, title.value);
    if (problem) groups.set(key, { rows: [{ row, title }], problem });
  }
  return groups;
}

export const wrongTable = defineRule({
  id: 'derivative/wrong-table',
  category: 'derivative',
  severity: 'warning',
  forms: allForms,
  summary: 'Options, warrants, rights, units and convertible notes are in Table II; plain common stock is in Table I.',
  explanation: [
    'Table I reports non-derivative securities (shares of stock), Table II derivative securities: options, warrants,',
    'rights, stock appreciation rights, restricted and performance stock units, convertible notes, anything with an',
    'exercise or conversion privilege. Table II has the columns such a security needs (exercise price, dates',
    'exercisable and expiring, the underlying security); in Table I they are lost, and the holdings of stock look',
    'larger than they are. Plain common stock in Table II is the reverse slip.',
    '',
    'The rule reads the words that name the security, not every word of the title: "Restricted Stock" (shares) is',
    'Table I and "Restricted Stock Units" Table II; "Common Stock acquired upon exercise of options" is stock;',
    '"Class B Common Stock" in Table II converts into another class and is left alone; a parenthesis that only',
    'describes the shares ("Common Stock (Right to receive ...)") is not read as naming a right. Some issuers report',
    'units and the stock they settle in both in Table I, a C (or M) row giving up the units matched by one receiving',
    'the same number of shares of another title on the same day: such units are left alone.',
    '',
    'Move the rows to the table the security belongs in, or correct the title.',
  ].join('\n'),
  sources: [
    formInstructions('Instruction 4 (Table I, non-derivative securities) and Instruction 5 (Table II, derivative securities)'),
    techSpec('nonDerivativeTable and derivativeTable'),
  ],
  check({ doc, report }) {
    for (const { rows, problem } of misplacedTitles(doc).values()) {
      const [first, ...others] = rows;
      const more = others.length ? ` and ${others.length} more row${others.length > 1 ? 's' : ''}` : '';
      report({
        span: first.title.span,
        message: `${rowPlace(first.row)}${more}, ${columnLabel(first.row.form, first.row.table, 'securityTitle')}: "${first.title.value}" ${problem}.`,
        related: others.map((o) => ({ span: o.title.span, message: `${rowLabel(o.row)}: the same title` })),
        data: { table: first.row.table === 'I' ? 'II' : 'I' },
      });
    }
  },
});
