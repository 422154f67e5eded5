/**
 * The rendered form, checked without snapshots: the HTML is parsed back and every value of every row is looked for
 * in its table and column, formatted as EDGAR shows it, footnote marks after it, and tagged with its source range.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  analyze,
  render,
  type AnalyzedDocument,
  type Cell,
  type Field,
  type FootnoteRef,
  type OwnershipDocument,
  type RenderRequest,
  type Row,
} from '../../../server/src/engine/index';
// eslint-disable-next-line no-restricted-imports -- showing the CCC is the renderer's own option, which no adapter passes
import { renderForm } from '../../../server/src/engine/render/html';
import { fixtureXml, type FixtureSlots } from '../../helpers/form4Fixture';
import { cellParts, findAll, findOne, hasClass, parseRenderedHtml, textOf, type HtmlElement } from '../../helpers/htmlTree';
import { standalonePage } from '../../helpers/standalonePage';

const corpusDirs = ['form3', 'form4', 'form5'].map((form) => join(__dirname, `../../../../shared/corpus/real/${form}`));
const examplesDir = join(__dirname, '../../../examples');

interface Rendered {
  readonly text: string;
  readonly analyzed: AnalyzedDocument;
  readonly doc: OwnershipDocument;
  readonly html: string;
  readonly tree: HtmlElement;
}

/** The form as the front door renders it; an ownership document always renders. */
function renderedHtml(analyzed: AnalyzedDocument, request: RenderRequest): string {
  const html = render(analyzed, request);
  assert.ok(html !== undefined, 'an ownership document renders');
  return html;
}

function renderXml(text: string, request: RenderRequest = { standalone: false }): Rendered {
  const analyzed = analyze(text, 'xml');
  assert.ok(analyzed.model, 'the fixture is an ownership document');
  const html = renderedHtml(analyzed, request);
  return { text, analyzed, doc: analyzed.model, html, tree: parseRenderedHtml(html) };
}

// ---- What the paper form shows, worked out here independently of the renderer ----

const tableIColumns = [
  'title',
  'date',
  'deemed',
  'code',
  'v',
  'amount',
  'acquired-disposed',
  'price',
  'owned-following',
  'ownership-form',
  'nature',
];
const tableIIColumns = [
  'title',
  'conversion-price',
  'date',
  'deemed',
  'code',
  'v',
  'acquired',
  'disposed',
  'exercisable',
  'expiration',
  'underlying-title',
  'underlying-amount',
  'price',
  'owned-following',
  'ownership-form',
  'nature',
];

/** Form 3 holds no transactions (3_X07.xsl); Form 5 has one code column for Form 4's Code and V (5_X09.xsl). */
const form3Columns = {
  I: ['title', 'owned-following', 'ownership-form', 'nature'],
  II: ['title', 'exercisable', 'expiration', 'underlying-title', 'underlying-amount', 'conversion-price', 'ownership-form', 'nature'],
};
const oneCodeColumn = (columns: readonly string[]) => columns.filter((c) => c !== 'v').map((c) => (c === 'code' ? 'code-5' : c));

function columnsFor(form: string, table: 'I' | 'II'): readonly string[] {
  const form4 = table === 'I' ? tableIColumns : tableIIColumns;
  if (form === '3' || form === '3/A') return form3Columns[table];
  if (form === '5' || form === '5/A') return oneCodeColumn(form4);
  return form4;
}

function usDate(raw: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw.trim());
  return m ? `${m[2]}/${m[3]}/${m[1]}` : raw.trim();
}

function amount(raw: string): string {
  const t = raw.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) return t;
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 }).format(Number(t));
}

function dollars(raw: string): string {
  const a = amount(raw);
  return /^-?[\d,.]+$/.test(a) ? a.replace(/^(-?)/, '$1$$') : a;
}

const mark = (ref: FootnoteRef) => `(${ref.id.replace(/^F(\d+)$/, '$1')})`;

interface Expected {
  value: string;
  marks: string[];
  /** The field whose text the cell shows, for the source-range check. */
  source?: Field<unknown>;
}

const empty = (): Expected => ({ value: '', marks: [] });

function expectCell<T>(cell: Cell<T> | undefined, format: (raw: string) => string): Expected {
  if (!cell) return empty();
  const raw = cell.value?.raw ?? '';
  const shown = raw.trim() === '' ? '' : format(raw);
  return { value: shown, marks: cell.footnotes.map(mark), source: shown ? cell.value : undefined };
}

const text = (raw: string) => raw.trim();

function expectedRow(row: Row): Record<string, Expected> {
  const post = row.postTransaction;
  const owned = expectCell(post?.sharesOwned, amount);
  const ownedValue = expectCell(post?.valueOwned, dollars);
  const cells: Record<string, Expected> = {
    title: expectCell(row.securityTitle, text),
    'owned-following': owned.value || owned.marks.length ? owned : ownedValue,
    'ownership-form': expectCell(row.ownership?.directOrIndirect, text),
    nature: expectCell(row.ownership?.natureOfOwnership, text),
  };
  if (row.table === 'II') {
    const d = row.derivative;
    const underlyingShares = expectCell(d?.underlying?.shares, amount);
    cells['conversion-price'] = expectCell(d?.conversionOrExercisePrice, dollars);
    cells.exercisable = expectCell(d?.exerciseDate, usDate);
    cells.expiration = expectCell(d?.expirationDate, usDate);
    cells['underlying-title'] = expectCell(d?.underlying?.title, text);
    cells['underlying-amount'] =
      underlyingShares.value || underlyingShares.marks.length ? underlyingShares : expectCell(d?.underlying?.value, dollars);
  }
  if (row.kind === 'holding' && row.coding) {
    cells['code-5'] = { value: row.coding.formType?.raw.trim() === '3' ? '3' : '', marks: row.coding.footnotes.map(mark) };
  }
  if (row.kind === 'transaction') {
    const code = row.coding?.code;
    cells.date = expectCell(row.transactionDate, usDate);
    cells.deemed = expectCell(row.deemedExecutionDate, usDate);
    const written = (code?.raw.trim() ?? '') + (row.coding?.equitySwapInvolved?.value === true ? '/K' : '');
    const codeMarks = (row.coding?.footnotes ?? []).map(mark);
    cells.code = { value: written, marks: codeMarks, source: code?.raw.trim() ? code : undefined };
    // Form 5's code column: the code and the form the item belongs on (4: a late Form 4 item; 5 and late: 5).
    const formType = row.coding?.formType?.raw.trim();
    const onForm = formType === '4' ? '4' : formType === '5' && row.timeliness?.value?.raw.trim() === 'L' ? '5' : '';
    if (row.coding) cells['code-5'] = { value: formType === '3' ? '3' : written + onForm, marks: codeMarks, source: cells.code.source };
    const early = row.coding?.formType?.raw.trim() === '5' || row.timeliness?.value?.raw.trim() === 'E';
    cells.v = { value: early ? 'V' : '', marks: (row.timeliness?.footnotes ?? []).map(mark) };
    cells.price = expectCell(row.pricePerShare, dollars);
    const shares = expectCell(row.shares, amount);
    const number = shares.value || shares.marks.length ? shares : expectCell(row.totalValue, dollars);
    const ad = row.acquiredDisposed;
    if (row.table === 'I') {
      cells.amount = number;
      cells['acquired-disposed'] = expectCell(ad, text);
    } else {
      const withCode = { ...number, marks: [...number.marks, ...(ad?.footnotes ?? []).map(mark)] };
      cells[ad?.value?.raw.trim() === 'D' ? 'disposed' : 'acquired'] = withCode;
    }
  }
  return cells;
}

function rowsOf(tree: HtmlElement, table: 'I' | 'II'): HtmlElement[] {
  const tableEl = findOne(tree, (el) => el.tag === 'table' && el.attrs['data-table'] === table, `table ${table}`);
  const body = findOne(tableEl, (el) => el.tag === 'tbody', 'tbody');
  return body.children.filter((c): c is HtmlElement => typeof c !== 'string' && c.tag === 'tr');
}

function cellsOf(tr: HtmlElement): HtmlElement[] {
  return tr.children.filter((c): c is HtmlElement => typeof c !== 'string' && c.tag === 'td');
}

/** Every row of the model is in its table, in order, every value in its column, formatted and footnoted. */
function assertTablesMatch(r: Rendered, label: string): void {
  for (const table of ['I', 'II'] as const) {
    const modelRows = r.doc.rows.filter((row) => row.table === table);
    const htmlRows = rowsOf(r.tree, table);
    assert.equal(htmlRows.length, modelRows.length, `${label}: rows of table ${table}`);
    const order = columnsFor(r.doc.form, table);
    modelRows.forEach((row, i) => {
      const tr = htmlRows[i];
      assert.equal(tr.attrs['data-row'], String(row.index));
      const tds = cellsOf(tr);
      assert.deepEqual(
        tds.map((td) => td.attrs['data-col']),
        order,
        `${label}: columns of table ${table} row ${i}`,
      );
      const expected = expectedRow(row);
      order.forEach((col, c) => {
        const want = expected[col] ?? empty();
        const got = cellParts(tds[c]);
        assert.deepEqual(got, { value: want.value, marks: want.marks }, `${label}: table ${table} row ${i} column ${col}`);
        const source = want.source;
        if (source && source.span.end - source.span.start === source.raw.length) {
          const start = Number(tds[c].attrs['data-start']);
          const end = Number(tds[c].attrs['data-end']);
          assert.equal(r.text.slice(start, end), source.raw.trim(), `${label}: source range of table ${table} row ${i} column ${col}`);
        }
      });
    });
  }
}

function assertRangesInside(r: Rendered, label: string): void {
  for (const el of findAll(r.tree, (e) => e.attrs['data-start'] !== undefined)) {
    const start = Number(el.attrs['data-start']);
    const end = Number(el.attrs['data-end']);
    assert.ok(
      Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= r.text.length,
      `${label}: range ${start}-${end}`,
    );
  }
}

function byClass(tree: HtmlElement, name: string): HtmlElement[] {
  return findAll(tree, (el) => hasClass(el, name));
}

function assertHeaderMatches(r: Rendered, label: string): void {
  const { doc, tree } = r;
  assert.deepEqual(
    byClass(tree, 'f4-owner-name').map((el) => textOf(el)),
    doc.reportingOwners.filter((o) => o.name?.raw.trim()).map((o) => o.name!.raw.trim()),
    `${label}: owners`,
  );
  assert.deepEqual(
    byClass(tree, 'f4-issuer-name').map((el) => textOf(el)),
    doc.issuer?.name?.raw.trim() ? [doc.issuer.name.raw.trim()] : [],
    `${label}: issuer`,
  );
  assert.deepEqual(
    byClass(tree, 'f4-period').map((el) => textOf(el)),
    doc.periodOfReport ? [usDate(doc.periodOfReport.raw)] : [],
    `${label}: period`,
  );
  const footnotes = byClass(tree, 'f4-footnote');
  assert.deepEqual(
    footnotes.map((li) => textOf(li)),
    doc.footnotes.map((fn) => `${fn.id.replace(/^F(\d+)$/, '$1')}. ${fn.text}`),
    `${label}: footnotes`,
  );
  const signatures = byClass(tree, 'f4-signature').filter((el) => !hasClass(el, 'f4-signature-captions'));
  assert.deepEqual(
    signatures.map((s) => [textOf(byClass(s, 'f4-signature-name')[0]), textOf(byClass(s, 'f4-signature-date')[0])]),
    doc.signatures.map((s) => [s.name?.raw.trim() ?? '', s.date ? usDate(s.date.raw) : '']),
    `${label}: signatures`,
  );
  const remarks = doc.remarks?.raw.trim() ?? '';
  assert.equal(textOf(findOne(tree, (el) => hasClass(el, 'f4-remarks'), 'remarks')), `Remarks:${remarks}`, `${label}: remarks`);
}

describe('renderForm on the real corpus and the examples', () => {
  const files = [
    ...corpusDirs.flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.xml'))
        .map((f) => join(dir, f)),
    ),
    ...readdirSync(examplesDir)
      .filter((f) => f.endsWith('.xml'))
      .map((f) => join(examplesDir, f)),
  ];

  it('has files to check', () => assert.ok(files.length >= 40, `found ${files.length}`));

  for (const file of files) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    it(`shows every value of ${name} in its place`, () => {
      const r = renderXml(readFileSync(file, 'utf8'));
      assertTablesMatch(r, name);
      assertHeaderMatches(r, name);
      assertRangesInside(r, name);
      // The standalone page holds the same form and is well-formed too.
      parseRenderedHtml(renderedHtml(r.analyzed, standalonePage()));
    });
  }
});

describe('renderForm formats', () => {
  const r = renderXml(fixtureXml());
  const [t1, h1] = rowsOf(r.tree, 'I').map(cellsOf);
  const [t2, h2] = rowsOf(r.tree, 'II').map(cellsOf);
  const col = (cells: HtmlElement[], key: string) => cellParts(cells.find((td) => td.attrs['data-col'] === key)!);

  it('shows amounts with thousands separators and prices with a dollar sign, exactly', () => {
    assert.deepEqual(col(t1, 'amount'), { value: '1,234,567.5', marks: [] });
    assert.deepEqual(col(t1, 'price'), { value: '$48.1234', marks: ['(2)'] });
    assert.deepEqual(col(t1, 'owned-following'), { value: '50,000', marks: [] });
    assert.deepEqual(col(t2, 'conversion-price'), { value: '$12.5', marks: [] });
    assert.deepEqual(col(t2, 'price'), { value: '$0', marks: [] });
    assert.deepEqual(col(h2, 'underlying-amount'), { value: '$2,500.75', marks: [] });
    assert.deepEqual(col(h2, 'owned-following'), { value: '$1,000,000', marks: [] });
  });

  it('shows dates as MM/DD/YYYY', () => {
    assert.deepEqual(col(t1, 'date'), { value: '11/23/2026', marks: [] });
    assert.deepEqual(col(t2, 'deemed'), { value: '11/25/2026', marks: [] });
    assert.equal(textOf(byClass(r.tree, 'f4-period')[0]), '11/23/2026');
    assert.equal(textOf(byClass(r.tree, 'f4-signature-date')[0]), '11/24/2026');
  });

  it('shows footnote-only cells as just their marks', () => {
    assert.deepEqual(col(t2, 'exercisable'), { value: '', marks: ['(1)'] });
    assert.deepEqual(col(h2, 'conversion-price'), { value: '', marks: ['(2)'] });
    assert.deepEqual(col(h1, 'nature'), { value: 'By Family Trust', marks: ['(1)'] });
  });

  it('puts the Table II number under (A) or (D) as its code says', () => {
    assert.deepEqual(col(t2, 'disposed'), { value: '10,000', marks: [] });
    assert.deepEqual(col(t2, 'acquired'), { value: '', marks: [] });
    const acquired = renderXml(fixtureXml({ t2AcquiredDisposed: 'A' }));
    const cells = cellsOf(rowsOf(acquired.tree, 'II')[0]);
    assert.deepEqual(col(cells, 'acquired'), { value: '10,000', marks: [] });
    assert.deepEqual(col(cells, 'disposed'), { value: '', marks: [] });
    const odd = renderXml(fixtureXml({ t2AcquiredDisposed: 'Q' }));
    assert.deepEqual(col(cellsOf(rowsOf(odd.tree, 'II')[0]), 'acquired'), { value: '10,000Q', marks: [] });
  });

  it('marks V for an early transaction and shows the code', () => {
    assert.deepEqual(col(t1, 'code'), { value: 'S', marks: [] });
    assert.deepEqual(col(t1, 'v'), { value: 'V', marks: [] });
    assert.deepEqual(col(t2, 'v'), { value: '', marks: [] });
    const form5 = renderXml(fixtureXml({ t2FormType: '5' }));
    assert.deepEqual(col(cellsOf(rowsOf(form5.tree, 'II')[0]), 'v'), { value: 'V', marks: [] });
  });

  it('shows holdings with only their own columns filled', () => {
    assert.deepEqual(
      h1.map((td) => textOf(td)),
      ['Common Stock', '', '', '', '', '', '', '', '12,000', 'I', 'By Family Trust(1)'],
    );
  });

  it('shows a value that is not of its type as written, never as 0 or blank', () => {
    const bad = renderXml(fixtureXml({ t1Shares: '12x', t1Price: 'n/a', t1Date: '2026-02-30' }));
    const cells = cellsOf(rowsOf(bad.tree, 'I')[0]);
    assert.deepEqual(col(cells, 'amount'), { value: '12x', marks: [] });
    assert.deepEqual(col(cells, 'price'), { value: 'n/a', marks: ['(2)'] });
    assert.deepEqual(col(cells, 'date'), { value: '2026-02-30', marks: [] });
  });

  it('ties each value cell to the exact range of its value', () => {
    const price = t1.find((td) => td.attrs['data-col'] === 'price')!;
    const start = r.text.indexOf('<value>48.1234</value>') + '<value>'.length;
    assert.deepEqual([Number(price.attrs['data-start']), Number(price.attrs['data-end'])], [start, start + '48.1234'.length]);
    const mark = findOne(price, (el) => el.tag === 'sup', 'footnote mark');
    const ref = r.text.indexOf('<footnoteId id="F2"/>') + '<footnoteId id="'.length;
    assert.deepEqual([Number(mark.attrs['data-start']), Number(mark.attrs['data-end'])], [ref, ref + 2]);
    // Whitespace around a value is not part of what a click selects.
    const spaced = renderXml(fixtureXml().replace('<value>Common Stock</value>', '<value>  Common Stock \n</value>'));
    const title = cellsOf(rowsOf(spaced.tree, 'I')[0])[0];
    const titleStart = spaced.text.indexOf('  Common Stock \n') + 2;
    assert.deepEqual(
      [Number(title.attrs['data-start']), Number(title.attrs['data-end'])],
      [titleStart, titleStart + 'Common Stock'.length],
    );
  });
});

describe('renderForm header boxes', () => {
  it('fills boxes 1-6 and the checkboxes', () => {
    const { tree } = renderXml(fixtureXml({ documentType: '4/A', notSubjectToSection16: '1', isTenPercentOwner: '0' }));
    const box = (n: string) => findOne(tree, (el) => hasClass(el, `f4-box-${n}`), `box ${n}`);
    const checked = (el: HtmlElement) => findAll(el, (e) => hasClass(e, 'f4-check')).map((c) => c.attrs['aria-label']);
    assert.match(
      textOf(box('1')),
      /^1\. Name and Address of Reporting Person\*Smith Jordan ACIK 0001888888\(Last\) \(First\) \(Middle\)100 Example WaySuite 5\(Street\)Palo Alto California 94301\(City\) \(State\) \(Zip\)California\(Country\)$/,
    );
    assert.equal(
      textOf(box('2')),
      '2. Issuer Name and Ticker or Trading SymbolExample Robotics, Inc. [ EXRB ]CIK 00019999992a. Foreign Trading Symbol',
    );
    assert.equal(textOf(box('3')), '3. Date of Earliest Transaction (Month/Day/Year)11/23/2026');
    assert.equal(textOf(box('4')), '4. If Amendment, Date of Original Filed (Month/Day/Year)11/20/2026');
    assert.deepEqual(checked(box('5')), ['checked', 'not checked', 'checked', 'checked']);
    assert.match(textOf(box('5')), /Chief Financial OfficerTrustee of a holder$/);
    assert.deepEqual(checked(box('6')), ['checked', 'not checked']);
    const checks = findOne(tree, (el) => hasClass(el, 'f4-checks'), 'checkboxes');
    assert.deepEqual(checked(checks), ['checked', 'checked']);
    assert.equal(textOf(findOne(tree, (el) => hasClass(el, 'f4-formname'), 'form name')), 'FORM 4/A');
  });

  it('checks "more than one reporting person" for a joint filing', () => {
    const xml = fixtureXml();
    const owner = xml.slice(xml.indexOf('<reportingOwner>'), xml.indexOf('</reportingOwner>') + '</reportingOwner>'.length);
    const joint = xml.replace(owner, owner + owner.replace('Smith Jordan A', 'Smith Family Trust'));
    const { tree } = renderXml(joint);
    const box6 = findOne(tree, (el) => hasClass(el, 'f4-box-6'), 'box 6');
    assert.deepEqual(
      findAll(box6, (e) => hasClass(e, 'f4-check')).map((c) => c.attrs['aria-label']),
      ['not checked', 'checked'],
    );
    assert.deepEqual(
      byClass(tree, 'f4-owner-name').map((el) => textOf(el)),
      ['Smith Jordan A', 'Smith Family Trust'],
    );
    assert.deepEqual(
      byClass(tree, 'f4-relationship-owner').map((el) => textOf(el)),
      ['Smith Jordan A', 'Smith Family Trust'],
    );
  });

  it('shows an unreadable checkbox value as written', () => {
    const { tree } = renderXml(fixtureXml({ aff10b5One: 'yes' }));
    const checks = findOne(tree, (el) => hasClass(el, 'f4-checks'), 'checkboxes');
    const boxes = findAll(checks, (e) => hasClass(e, 'f4-check'));
    assert.deepEqual([boxes[1].attrs['aria-label'], textOf(boxes[1])], ['unreadable', 'yes']);
  });
});

describe('renderForm escaping', () => {
  const hostile = ['<script>alert(1)</script>', 'say "hi" & \'bye\'', 'Smith & Sons <b>', '</td></tr></table><p>x'];
  const slots: (keyof FixtureSlots)[] = [
    'ownerName',
    'ownerStreet1',
    'ownerStreet2',
    'ownerCity',
    'issuerName',
    'officerTitle',
    'otherText',
    't1Title',
    't1Nature',
    't2Title',
    't2UnderlyingTitle',
    'footnoteText',
    'remarks',
    'signatureName',
  ];
  const cleanRows = (tree: HtmlElement) => (['I', 'II'] as const).map((t) => rowsOf(tree, t).map((tr) => cellsOf(tr).length));
  const expectedShape = cleanRows(renderXml(fixtureXml()).tree);

  for (const payload of hostile) {
    it(`shows ${JSON.stringify(payload)} as text in every field`, () => {
      const overrides = Object.fromEntries(slots.map((s) => [s, payload]));
      const r = renderXml(fixtureXml(overrides));
      for (const html of [r.html, renderedHtml(r.analyzed, standalonePage())]) {
        assert.ok(!/<script/i.test(html), 'no script element');
        if (/[<&"]/.test(payload)) assert.ok(!html.includes(payload), 'the payload only appears escaped');
        parseRenderedHtml(html);
      }
      assert.deepEqual(cleanRows(r.tree), expectedShape, 'the tables keep their shape');
      const t1 = cellsOf(rowsOf(r.tree, 'I')[0]);
      const t2 = cellsOf(rowsOf(r.tree, 'II')[0]);
      assert.equal(textOf(t1[0]), payload);
      assert.equal(textOf(t1[10]), payload);
      assert.equal(textOf(t2[0]), payload);
      assert.equal(textOf(t2[10]), payload);
      assert.equal(textOf(byClass(r.tree, 'f4-owner-name')[0]), payload);
      assert.equal(textOf(byClass(r.tree, 'f4-issuer-name')[0]), payload);
      assert.equal(textOf(byClass(r.tree, 'f4-officer-title')[0]), payload);
      assert.equal(textOf(byClass(r.tree, 'f4-footnote-text')[0]), payload);
      assert.equal(textOf(findOne(r.tree, (el) => hasClass(el, 'f4-remarks'), 'remarks')), `Remarks:${payload}`);
      assert.equal(textOf(byClass(r.tree, 'f4-signature-name')[0]), payload);
      const box1 = textOf(findOne(r.tree, (el) => hasClass(el, 'f4-box-1'), 'box 1'));
      assert.equal(box1.split(payload).length - 1, 4, 'name, two street lines and city');
    });
  }

  it('escapes footnote ids, which also go into attributes', () => {
    const id = 'F"><script>x</script>';
    const r = renderXml(fixtureXml({ footnoteId: id }));
    assert.doesNotMatch(r.html, /<script/);
    const li = byClass(r.tree, 'f4-footnote')[0];
    assert.equal(li.attrs['data-footnote'], id);
    assert.equal(textOf(byClass(li, 'f4-footnote-id')[0]), `${id}.`);
  });
});

describe('renderForm secrets', () => {
  it('never shows the CCC unless asked to', () => {
    const r = renderXml(fixtureXml({ ownerCcc: 'zq9#cc8x' }));
    assert.doesNotMatch(r.html, /zq9#cc8x/);
    assert.doesNotMatch(renderedHtml(r.analyzed, standalonePage()), /zq9#cc8x/);
    const shown = parseRenderedHtml(renderForm(r.doc, r.analyzed.form.layout, { standalone: false, showCcc: true }));
    assert.match(textOf(findOne(shown, (el) => hasClass(el, 'f4-box-1'), 'box 1')), /CCC zq9#cc8x/);
  });
});

describe('renderForm finding marks', () => {
  const r = renderXml(fixtureXml());
  const row = r.doc.rows[0];
  assert.ok(row.kind === 'transaction');

  function marked(findings: RenderRequest['findings']): HtmlElement {
    return parseRenderedHtml(renderedHtml(r.analyzed, { standalone: false, findings }));
  }

  it('marks the cell whose value a finding covers, with the message as its title', () => {
    const span = row.pricePerShare!.value!.span;
    const tree = marked([{ rule: 'price/weighted-average-range', severity: 'error', message: 'Price "x" & <b>', span }]);
    const marks = findAll(tree, (el) => hasClass(el, 'f4-error'));
    assert.deepEqual(
      marks.map((el) => el.attrs['data-col']),
      ['price'],
    );
    assert.equal(marks[0].attrs.title, 'Price "x" & <b> [price/weighted-average-range]');
  });

  it('marks by severity, the worst deciding, and lists every message', () => {
    const span = row.shares!.value!.span;
    const tree = marked([
      { rule: 'holdings/running-balance', severity: 'warning', message: 'first', span },
      { rule: 'code/direction', severity: 'error', message: 'second', span: { start: span.start + 1, end: span.start + 2 } },
      { rule: 'ownership/nature-missing', severity: 'information', message: 'third', span: row.ownership!.directOrIndirect!.node.nameSpan },
    ]);
    const amountCell = findOne(
      tree,
      (el) => el.tag === 'td' && el.attrs['data-col'] === 'amount' && hasClass(el, 'f4-error'),
      'marked amount',
    );
    assert.equal(amountCell.attrs.title, 'first [holdings/running-balance]\nsecond [code/direction]');
    const form = findAll(tree, (el) => hasClass(el, 'f4-info'));
    assert.deepEqual(
      form.map((el) => el.attrs['data-col']),
      ['ownership-form'],
    );
  });

  it('marks a footnote mark, a row and a header value by their own ranges', () => {
    const ref = row.pricePerShare!.footnotes[0];
    const tree = marked([
      { rule: 'footnote/undefined', severity: 'error', message: 'no such footnote', span: ref.span },
      { rule: 'schema/missing-element', severity: 'error', message: 'missing', span: row.node.nameSpan },
      { rule: 'document/trading-symbol', severity: 'warning', message: 'odd name', span: r.doc.issuer!.name!.span },
    ]);
    const errors = findAll(tree, (el) => hasClass(el, 'f4-error'));
    assert.deepEqual(
      errors.map((el) => el.tag),
      ['tr', 'sup'],
    );
    assert.deepEqual(
      findAll(tree, (el) => hasClass(el, 'f4-warning')).map((el) => textOf(el)),
      ['Example Robotics, Inc.'],
    );
  });

  it('marks nothing a finding does not touch', () => {
    const end = r.text.length;
    const tree = marked([{ rule: 'document/no-transaction', severity: 'error', message: 'at the end', span: { start: end, end } }]);
    assert.equal(findAll(tree, (el) => hasClass(el, 'f4-error')).length, 0);
  });
});

describe('renderForm standalone page', () => {
  const r = renderXml(fixtureXml());

  it('is a complete page with a strict CSP, no script, and its stylesheet allowed by hash', () => {
    const html = renderedHtml(r.analyzed, standalonePage());
    assert.match(
      html,
      /^<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"\/><meta http-equiv="Content-Security-Policy" content="/,
    );
    const tree = parseRenderedHtml(html);
    const csp = findOne(tree, (el) => el.tag === 'meta' && el.attrs['http-equiv'] === 'Content-Security-Policy', 'CSP').attrs.content;
    assert.match(csp, /(^|; )default-src 'none'(;|$)/);
    assert.match(csp, /(^|; )script-src 'none'(;|$)/);
    assert.doesNotMatch(html, /<script|javascript:|<link|<img|<iframe|<form|<input/i);
    const style = textOf(findOne(tree, (el) => el.tag === 'style', 'style'));
    const hash = createHash('sha256').update(style).digest('base64');
    assert.match(csp, new RegExp(`style-src 'sha256-${hash.replace(/[+/]/g, '\\$&')}'`));
    assert.equal(findAll(tree, (el) => el.attrs.style !== undefined).length, 0, 'no inline style attributes');
  });

  it('uses a given nonce, and refuses one that would break the policy', () => {
    const policyOf = (html: string) =>
      findOne(parseRenderedHtml(html), (el) => el.attrs['http-equiv'] === 'Content-Security-Policy', 'CSP').attrs.content;
    const html = renderedHtml(r.analyzed, standalonePage({ nonce: 'abc123', cspSource: 'https://file+.vscode-resource.vscode-cdn.net' }));
    assert.match(policyOf(html), /; style-src 'nonce-abc123' https:\/\/file\+\.vscode-resource\.vscode-cdn\.net;/);
    assert.match(html, /<style nonce="abc123">/);
    const hostile = policyOf(renderedHtml(r.analyzed, standalonePage({ nonce: "x'; script-src *", cspSource: "* 'unsafe-inline'" })));
    assert.match(hostile, /; style-src 'sha256-[A-Za-z0-9+/=]+';/);
    assert.ok(!/unsafe-inline|script-src \*/.test(hostile), hostile);
  });

  it('is only the form itself in the webview fragment', () => {
    assert.match(r.html, /^<div class="f4-form">/);
    assert.ok(!/<(html|head|style|meta|script)[\s>]/.test(r.html), 'no page parts in the fragment');
  });
});
