/**
 * What the scenarios expect, read straight from the example files' text (not from the engine under test): the
 * Table I rows with the line and column of each value, and which amounts owned break the running balance.
 * The examples are written one element (XML) or one key (YAML) a line, which is all this scanner relies on.
 */

export interface Located {
  readonly value: string;
  /** 1-based, as the editor shows them. */
  readonly line: number;
  readonly column: number;
}

export interface TableIRow {
  readonly index: number;
  readonly date?: Located;
  readonly code?: Located;
  readonly shares?: Located;
  readonly acquiredDisposed?: Located;
  readonly owned?: Located;
}

type Field = Exclude<keyof TableIRow, 'index'>;

const fieldOfElement: Readonly<Record<string, Field>> = {
  transactionDate: 'date',
  transactionCode: 'code',
  transactionShares: 'shares',
  transactionAcquiredDisposedCode: 'acquiredDisposed',
  sharesOwnedFollowingTransaction: 'owned',
};

const elementNames = Object.keys(fieldOfElement).join('|');
/** `<name>v</name>` or `<name><value>v</value>`. */
const xmlField = new RegExp(`<(${elementNames})>(?:\\s*<value>)?([^<]*)<`);
/** `name: v`. */
const yamlField = new RegExp(`^\\s*(${elementNames}):[ \\t]*([^#\\s][^#]*?)\\s*(?:#.*)?$`);

function located(line: string, lineIndex: number, value: string, searchFrom: number): Located {
  return { value, line: lineIndex + 1, column: line.indexOf(value, searchFrom) + 1 };
}

/** Table I transaction rows of an EDGAR XML example, in order. */
export function xmlTableIRows(text: string): TableIRow[] {
  const rows: TableIRow[] = [];
  let inTable = false;
  let row: Record<string, unknown> | undefined;
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.includes('<nonDerivativeTable>')) inTable = true;
    if (line.includes('</nonDerivativeTable>')) inTable = false;
    if (!inTable) return;
    if (line.includes('<nonDerivativeTransaction>')) row = { index: rows.length + 1 };
    const m = xmlField.exec(line);
    if (row && m && m[1] && m[2] !== undefined) {
      const field = fieldOfElement[m[1]];
      if (field) row[field] = located(line, i, m[2], m.index + m[0].length - 1 - m[2].length);
    }
    if (line.includes('</nonDerivativeTransaction>') && row) {
      rows.push(row as unknown as TableIRow);
      row = undefined;
    }
  });
  return rows;
}

/** Table I transaction rows of a YAML draft (element names as keys), in order. */
export function yamlTableIRows(text: string): TableIRow[] {
  const rows: TableIRow[] = [];
  let inTable = false;
  let row: Record<string, unknown> | undefined;
  const flush = () => {
    if (row) rows.push(row as unknown as TableIRow);
    row = undefined;
  };
  text.split(/\r?\n/).forEach((line, i) => {
    if (/^\S/.test(line)) {
      flush();
      inTable = /^nonDerivativeTable:/.test(line);
      return;
    }
    if (!inTable) return;
    if (/^\s*-\s*nonDerivativeTransaction:/.test(line)) {
      flush();
      row = { index: rows.length + 1 };
      return;
    }
    if (/^\s*-\s*nonDerivativeHolding:/.test(line)) {
      flush();
      return;
    }
    const m = yamlField.exec(line);
    if (row && m && m[1] && m[2] !== undefined) {
      const field = fieldOfElement[m[1]];
      if (field) row[field] = located(line, i, m[2], line.indexOf(':') + 1);
    }
  });
  flush();
  return rows;
}

function amount(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(/[,_]/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

/** Formats like the forms do: 101000 -> "101,000". */
export function grouped(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

export interface BalanceBreak {
  readonly row: TableIRow;
  /** The previous row's amount owned plus (A) or minus (D) this row's shares. */
  readonly expected: number;
  readonly previous: number;
}

/**
 * Rows whose amount owned is not the previous row's amount owned plus or minus their own shares. The examples hold
 * one security and one direct holding in Table I, so all rows form one series.
 */
export function balanceBreaks(rows: readonly TableIRow[]): BalanceBreak[] {
  const breaks: BalanceBreak[] = [];
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i];
    const previous = amount(rows[i - 1]?.owned?.value);
    const shares = amount(row?.shares?.value);
    const owned = amount(row?.owned?.value);
    if (!row || previous === undefined || shares === undefined || owned === undefined) continue;
    const expected = previous + (row.acquiredDisposed?.value === 'D' ? -shares : shares);
    if (expected !== owned) breaks.push({ row, expected, previous });
  }
  return breaks;
}

export interface RepeatedAmount {
  /** The amount owned every row shows. */
  readonly amount: number;
  readonly rows: readonly TableIRow[];
  /** What the rows should show if the repeated amount is the holding after the last row (rolled back). */
  readonly ifLastRight: readonly number[];
  /** What the rows should show if it is the holding after the first row (rolled forward). */
  readonly ifFirstRight: readonly number[];
}

/**
 * The amount every Table I row repeats although their shares change it (the seed's mistake: the final holding typed
 * on every row), with the amounts the rows should show in each reading; undefined when the rows differ.
 */
export function repeatedAmount(rows: readonly TableIRow[]): RepeatedAmount | undefined {
  const owned = rows.map((r) => amount(r.owned?.value));
  const changes = rows.map((r) => {
    const shares = amount(r.shares?.value);
    return shares === undefined ? undefined : r.acquiredDisposed?.value === 'D' ? -shares : shares;
  });
  const first = owned[0];
  if (rows.length < 2 || first === undefined || owned.some((o) => o !== first) || changes.some((c) => c === undefined)) return undefined;
  const signed = changes as number[];
  if (signed.slice(1).every((c) => c === 0)) return undefined;
  const net = signed.reduce((a, b) => a + b, 0);
  const tally = (start: number, from: number) => {
    const out: number[] = [];
    let held = start;
    signed.forEach((c, i) => out.push(i < from ? held : (held += c)));
    return out;
  };
  return { amount: first, rows, ifLastRight: tally(first - net, 0), ifFirstRight: tally(first, 1) };
}
