/**
 * Render parity with EDGAR: every real filing of Forms 3, 4 and 5 is rendered by the SEC's own current stylesheet
 * (`xsltproc` with ../shared/sec/xsl/v5.5: 3_X07.xsl, 4_X09.xsl, 5_X09.xsl) and by ours, and the text of every
 * cell of Table I, Table II and the Reporting Owners table is compared, row by row and column by column: the same
 * values in the same columns. Where ours differs on purpose, the difference is one of `differences` below, each
 * saying why ours is clearer; every one must occur on the corpus, so the list stays true.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { analyze, render } from '../../server/src/engine/index';
import { escapeXml } from '../helpers/form4Fixture';
import { findAll, isElement, parseRenderedHtml, textOf, type HtmlElement } from '../helpers/htmlTree';
import { corpusFiles, sharedDir, type CorpusForm } from '../helpers/shared';

type TableName = 'I' | 'II' | 'owners';
const tableNames: readonly TableName[] = ['I', 'II', 'owners'];

/** The stylesheet EDGAR renders each form with today. */
const stylesheets: Readonly<Record<CorpusForm, string>> = { form3: '3_X07.xsl', form4: '4_X09.xsl', form5: '5_X09.xsl' };

/**
 * A cell's text as a reader sees it: no-break spaces as spaces, runs of white space as one, none after a `$` nor
 * before a footnote mark (`(1)`, which EDGAR writes after a line break and ours right after the value).
 */
function normalise(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\$ /g, '$')
    .replace(/ \((\d+)\)/g, '($1)')
    .trim();
}

// ---- The differences ours makes on purpose ----

interface Difference {
  readonly name: string;
  /** Why ours is clearer. */
  readonly why: string;
  /** True when EDGAR's text and ours differ in this way only. */
  applies(edgar: string, ours: string, table: TableName, column: number): boolean;
}

/** A figure with an optional `$` and sign, then what follows it (footnote marks). */
const figure = /^(-?\$?-?)([\d,]+(?:\.\d+)?)(.*)$/;

function figureParts(text: string): { prefix: string; value: number; digits: string; rest: string } | undefined {
  const m = figure.exec(text);
  if (!m) return undefined;
  const digits = m[2].replace(/,/g, '');
  return { prefix: m[1], value: Number(digits), digits, rest: m[3] };
}

export const differences: readonly Difference[] = [
  {
    name: 'all decimals',
    why: "EDGAR's format-number('###,##0.####') rounds a figure to four decimals (and Form 5's stylesheet pads one decimal to two); ours shows the figure as filed, with thousands separators, so the preview shows what the filing says.",
    applies(edgar, ours) {
      const e = figureParts(edgar);
      const o = figureParts(ours);
      if (!e || !o || e.prefix !== o.prefix || e.rest !== o.rest) return false;
      return Math.abs(Math.round(o.value * 1e4) - Math.round(e.value * 1e4)) === 0 && e.digits !== o.digits;
    },
  },
  {
    name: 'no dollar sign without a figure',
    why: 'EDGAR writes `$` before a price cell that holds only footnote marks; ours writes a `$` only before a figure.',
    applies: (edgar, ours) => edgar.startsWith('$') && !/^\$\d/.test(edgar) && edgar.slice(1).trim() === ours,
  },
];

// ---- EDGAR's rendering ----

/**
 * EDGAR's rendering of many filings in one xsltproc run (a process per filing cost most of the test's time): a
 * stylesheet that imports EDGAR's, reads a list of filings and applies EDGAR's templates to each (`apply-imports` on
 * each filing's root), writing XML so that the output parses as our own page does. Each filing's page is one
 * `filing` element of the result, named by its URL.
 */
function edgarPages(files: readonly string[], stylesheet: string, dir: string): Map<string, HtmlElement> {
  const wrapper = path.join(dir, `many-${stylesheet}`);
  writeFileSync(
    wrapper,
    '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">' +
      `<xsl:import href="${pathToFileURL(path.join(sharedDir, 'sec', 'xsl', 'v5.5', stylesheet)).href}"/>` +
      '<xsl:output method="xml" encoding="UTF-8" omit-xml-declaration="yes"/>' +
      '<xsl:template match="/"><xsl:choose>' +
      '<xsl:when test="filings"><filings><xsl:for-each select="filings/filing">' +
      '<filing name="{@href}"><xsl:apply-templates select="document(@href)"/></filing>' +
      '</xsl:for-each></filings></xsl:when>' +
      '<xsl:otherwise><xsl:apply-imports/></xsl:otherwise>' +
      '</xsl:choose></xsl:template></xsl:stylesheet>',
  );
  const list = path.join(dir, `list-${stylesheet}.xml`);
  const entries = files.map((file) => `<filing href="${escapeXml(pathToFileURL(file).href)}"/>`);
  writeFileSync(list, `<filings>${entries.join('')}</filings>`);
  const result = spawnSync('xsltproc', [wrapper, list], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  assert.equal(result.status, 0, `xsltproc ${stylesheet}: ${result.stderr}`);
  const tree = parseRenderedHtml(result.stdout.replace(/^<!DOCTYPE[^>]*>\s*/, ''));
  const pages = new Map<string, HtmlElement>();
  for (const filing of findAll(tree, (el) => el.tag === 'filing')) pages.set(fileURLToPath(filing.attrs.name), filing);
  return pages;
}

/** A cell's text, a line break (`<br/>`) read as a space, as a reader sees it. */
function cellText(node: HtmlElement | string): string {
  if (typeof node === 'string') return node;
  return node.tag === 'br' ? ' ' : node.children.map(cellText).join('');
}

function directRows(table: HtmlElement): HtmlElement[] {
  return table.children.filter((c): c is HtmlElement => isElement(c) && c.tag === 'tr');
}

function cells(row: HtmlElement): HtmlElement[] {
  return row.children.filter((c): c is HtmlElement => isElement(c) && (c.tag === 'td' || c.tag === 'th'));
}

/** The table whose first row's first cell starts with one of `headings`. */
function tableHeadedBy(tree: HtmlElement, headings: readonly string[]): HtmlElement | undefined {
  return findAll(tree, (el) => {
    if (el.tag !== 'table') return false;
    const first = directRows(el)[0];
    const cell = first && cells(first)[0];
    const text = cell ? normalise(textOf(cell)) : '';
    return headings.some((h) => text.startsWith(h));
  })[0];
}

/** The data rows of an EDGAR table: the rows after its heading rows (two when a group has sub-columns). */
function edgarRows(table: HtmlElement | undefined, headingRows: number): string[][] {
  if (!table) return [];
  return directRows(table)
    .slice(headingRows)
    .map((row) => cells(row).map((c) => normalise(cellText(c))));
}

function edgarTables(tree: HtmlElement, headingRows: Readonly<Record<'I' | 'II', number>>): Record<TableName, string[][]> {
  return {
    I: edgarRows(tableHeadedBy(tree, ['1.Title of Security', '1. Title of Security']), headingRows.I),
    II: edgarRows(tableHeadedBy(tree, ['1. Title of Derivative Security']), headingRows.II),
    owners: edgarRows(tableHeadedBy(tree, ['Reporting Owner Name / Address']), 2),
  };
}

// ---- Ours ----

function ourTables(html: string): Record<TableName, string[][]> {
  const tree = parseRenderedHtml(html);
  const rows = (name: TableName) => {
    const table = findAll(tree, (el) => el.tag === 'table' && el.attrs['data-table'] === name)[0];
    assert.ok(table, `our page has table ${name}`);
    const body = findAll(table, (el) => el.tag === 'tbody')[0];
    return body ? directRows(body).map((row) => cells(row).map((c) => normalise(textOf(c)))) : [];
  };
  // The owners table's first cell is compared by the owner's name alone (EDGAR and ours write the address differently).
  const ownerNames = findAll(tree, (el) => el.tag === 'td' && el.attrs['data-col'] === 'owner').map((td) =>
    normalise(findAll(td, (el) => (el.attrs.class ?? '').split(' ').includes('f4-owners-name')).map((el) => textOf(el))[0] ?? ''),
  );
  const owners = rows('owners').map((row, i) => [ownerNames[i] ?? '', ...row.slice(1)]);
  return { I: rows('I'), II: rows('II'), owners };
}

function headingRowsOf(html: string): Record<'I' | 'II', number> {
  const tree = parseRenderedHtml(html);
  const count = (name: string) => {
    const table = findAll(tree, (el) => el.tag === 'table' && el.attrs['data-table'] === name)[0];
    return findAll(table, (el) => el.tag === 'thead')[0].children.filter((c) => isElement(c) && c.tag === 'tr' && cells(c).length > 0)
      .length;
  };
  return { I: count('I'), II: count('II') };
}

// ---- The comparison ----

interface Mismatch {
  readonly where: string;
  readonly edgar: string;
  readonly ours: string;
}

const seen = new Map<string, number>();
/** Cells compared with a value in them, by form: the test must compare something. */
let filledCells = 0;

function compareCell(edgar: string, ours: string, table: TableName, column: number): boolean {
  if (edgar !== '') filledCells++;
  if (edgar === ours) return true;
  const difference = differences.find((d) => d.applies(edgar, ours, table, column));
  if (!difference) return false;
  seen.set(difference.name, (seen.get(difference.name) ?? 0) + 1);
  return true;
}

function compareOwners(edgar: readonly string[], ours: readonly string[], where: string, out: Mismatch[]): void {
  // Name and address: EDGAR writes them as one run of lines, the name first; ours shows the same name.
  const name = ours[0] ?? '';
  if (name === '' || !`${edgar[0] ?? ''} `.startsWith(`${name} `)) out.push({ where: `${where} owner`, edgar: edgar[0] ?? '', ours: name });
  for (let c = 1; c < Math.max(edgar.length, ours.length); c++) {
    if (!compareCell(edgar[c] ?? '', ours[c] ?? '', 'owners', c))
      out.push({ where: `${where} column ${c + 1}`, edgar: edgar[c] ?? '', ours: ours[c] ?? '' });
  }
}

function compareTables(edgar: Record<TableName, string[][]>, ours: Record<TableName, string[][]>): Mismatch[] {
  const out: Mismatch[] = [];
  for (const table of tableNames) {
    const e = edgar[table];
    const o = ours[table];
    if (e.length !== o.length) out.push({ where: `table ${table} rows`, edgar: String(e.length), ours: String(o.length) });
    for (let r = 0; r < Math.min(e.length, o.length); r++) {
      const where = `table ${table} row ${r + 1}`;
      if (table === 'owners') {
        compareOwners(e[r], o[r], where, out);
        continue;
      }
      if (e[r].length !== o[r].length) out.push({ where: `${where} cells`, edgar: e[r].join(' | '), ours: o[r].join(' | ') });
      for (let c = 0; c < Math.min(e[r].length, o[r].length); c++) {
        if (!compareCell(e[r][c], o[r][c], table, c)) out.push({ where: `${where} column ${c + 1}`, edgar: e[r][c], ours: o[r][c] });
      }
    }
  }
  return out;
}

function ourHtml(file: string): string {
  const analyzed = analyze(readFileSync(file, 'utf8'), 'xml');
  const html = render(analyzed, { standalone: false });
  assert.ok(html, `${path.basename(file)} renders`);
  return html;
}

describe('rendered tables match EDGAR, cell by cell', () => {
  const probe = spawnSync('xsltproc', ['--version'], { encoding: 'utf8' });
  const dir = mkdtempSync(path.join(tmpdir(), 'form4-parity-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const form of ['form3', 'form4', 'form5'] as const) {
    describe(form, () => {
      const files = corpusFiles(form);
      it('has at least 20 filings and xsltproc to render them', () => {
        assert.ok(files.length >= 20, `${files.length} ${form} filings`);
        if (probe.status !== 0)
          assert.fail('xsltproc is not installed, and the parity test needs it: install it with `apt-get install -y xsltproc`.');
      });
      let pages: Map<string, HtmlElement> | undefined;
      const before = { filled: 0 };
      it('starts counting', () => {
        before.filled = filledCells;
      });
      for (const file of files) {
        it(path.basename(file), () => {
          const html = ourHtml(file);
          pages ??= edgarPages(files, stylesheets[form], dir);
          const edgar = pages.get(file);
          assert.ok(edgar, 'EDGAR rendered it');
          const mismatches = compareTables(edgarTables(edgar, headingRowsOf(html)), ourTables(html));
          assert.deepEqual(mismatches, []);
        });
      }
      it('compared the values of every table', () =>
        assert.ok(filledCells - before.filled >= 20 * files.length, `${filledCells - before.filled} filled cells`));
    });
  }

  it('makes every listed difference somewhere on the corpus, so the list stays true', () => {
    for (const d of differences) assert.ok((seen.get(d.name) ?? 0) > 0, `difference "${d.name}" never occurs`);
    console.log(`differences: ${JSON.stringify(Object.fromEntries(seen))}`);
  });
});
