/** `form4 history`'s three outputs: a table per owner as text, the same data as JSON, one line per holding as CSV. */
import { formatFigure as amount, lineDifference, type HoldingLine, type OwnerTable } from '../../engine/index';

function note(line: HoldingLine): string {
  switch (line.status) {
    case 'first':
      return 'no earlier filing of this owner in the set';
    case 'new':
      return 'not in the previous filing';
    case 'continues':
      return 'continues';
    case 'unknown':
      return line.reason ? `cannot compare: ${line.reason}` : 'cannot compare';
    case 'break':
    case 'explained': {
      const words = lineDifference(line) ?? '';
      const hint = line.hint ? `; ${line.hint}` : '';
      return `${line.status === 'break' ? 'BREAK' : 'explained by a footnote'}: previous filing closed ${amount(line.previousCloses)} (${words}${hint})`;
    }
  }
}

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!)))
    .join('  ')
    .trimEnd();
}

export function formatHistoryText(tables: readonly OwnerTable[]): string {
  const out: string[] = [];
  for (const table of tables) {
    out.push(`${table.issuer} (CIK ${table.issuerCik}), ${table.owner} (CIK ${table.ownerCik}): ${table.filings.length} filings`);
    const rows: string[][] = [['#', 'filing', 'form', 'period', 'signed', 'holding', 'opens', 'closes', '']];
    table.filings.forEach((filing, i) => {
      const name = filing.replaces ? `${filing.file} (amends ${filing.replaces})` : filing.file;
      if (filing.holdings.length === 0)
        rows.push([String(i + 1), name, filing.form, filing.period ?? '?', filing.signed ?? '?', '(no rows)', '', '', '']);
      const repeated = new Set(
        filing.holdings.filter((h, j) => filing.holdings.findIndex((o) => o.holding === h.holding) !== j).map((h) => h.holding),
      );
      filing.holdings.forEach((line, j) => {
        const head = j === 0 ? [String(i + 1), name, filing.form, filing.period ?? '?', filing.signed ?? '?'] : ['', '', '', '', ''];
        // Two holdings of one name (told apart by footnotes) are told apart here by their rows.
        const holding = repeated.has(line.holding) ? `${line.table}: ${line.holding}, ${line.row}` : `${line.table}: ${line.holding}`;
        rows.push([...head, holding, amount(line.opens), amount(line.closes), note(line)]);
      });
    });
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
    out.push(...rows.map((r) => `  ${pad(r, widths)}`), '');
  }
  return out.join('\n') + (out.length ? '' : 'No owner has more than one filing in the set.\n');
}

export function formatHistoryJson(tables: readonly OwnerTable[]): string {
  return JSON.stringify(tables, null, 2) + '\n';
}

function csvCell(text: string | number | undefined): string {
  const s = text === undefined ? '' : String(text);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function formatHistoryCsv(tables: readonly OwnerTable[]): string {
  const header = [
    'issuer_cik',
    'issuer',
    'owner_cik',
    'owner',
    'filing',
    'form',
    'period',
    'signed',
    'amends',
    'table',
    'holding',
    'opens',
    'closes',
    'previous_closes',
    'difference',
    'status',
    'reason',
    'row',
  ];
  const lines = [header.join(',')];
  for (const t of tables)
    for (const f of t.filings)
      for (const h of f.holdings)
        lines.push(
          [
            t.issuerCik,
            t.issuer,
            t.ownerCik,
            t.owner,
            f.file,
            f.form,
            f.period,
            f.signed,
            f.replaces,
            h.table,
            h.holding,
            h.opens,
            h.closes,
            h.previousCloses,
            h.difference,
            h.status,
            h.reason,
            h.row,
          ]
            .map(csvCell)
            .join(','),
        );
  return lines.join('\n') + '\n';
}
