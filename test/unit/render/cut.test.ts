/**
 * The page stays bounded whatever the input: each table draws at most `maxRowsPerTable` rows and the footnotes at
 * most `maxFootnotes`, each saying where it stopped (how many it left out and how many findings are in them), and a
 * hover title is cut at `maxMarkTitle`.
 * Through the front door, with the limits made small; the default limits are the same code with larger numbers.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, check, defaultRenderLimits, render, renderCuts, type AnalyzedDocument } from '../../../server/src/engine/index';
// eslint-disable-next-line no-restricted-imports -- the title cut's own edge (a surrogate pair) is the module's
import { cutTitle } from '../../../server/src/engine/render/marks';
import { form4Xml, holding, transaction } from '../../helpers/form4';
import { findAll, findOne, hasClass, parseRenderedHtml, textOf, type HtmlElement } from '../../helpers/htmlTree';
import { standalonePage } from '../../helpers/standalonePage';

/** Seven Table I rows (each with findings: a purchase disposed of, amounts owned that do not add up) and two Table II holdings. */
function filing(): AnalyzedDocument {
  const rows = [
    ...Array.from({ length: 7 }, (_, i) => transaction({ code: 'P', shares: String(100 + i), owned: String(1000 + i) })),
    holding({ table: 'II', title: 'Stock Option' }),
    holding({ table: 'II', title: 'Warrant' }),
  ];
  const doc = analyze(form4Xml({ rows }), 'xml');
  assert.ok(doc.model, 'the fixture is an ownership document');
  return doc;
}

function table(tree: HtmlElement, which: 'I' | 'II'): HtmlElement {
  return findOne(tree, (el) => el.tag === 'section' && hasClass(el, `f4-table-${which}`), `Table ${which}`);
}

function drawnRows(section: HtmlElement): HtmlElement[] {
  return findAll(section, (el) => el.tag === 'tr' && hasClass(el, 'f4-row'));
}

function cutNotes(section: HtmlElement): HtmlElement[] {
  return findAll(section, (el) => el.attrs['data-cut'] !== undefined);
}

describe('a table with more rows than the page draws', () => {
  const doc = filing();
  const findings = check(doc);
  const limits = { maxRowsPerTable: 3 };
  const html = render(doc, { standalone: false, findings, limits });
  assert.ok(html !== undefined);
  const tree = parseRenderedHtml(html);

  it('draws the first rows only, in document order', () => {
    const rows = drawnRows(table(tree, 'I'));
    assert.deepEqual(
      rows.map((r) => r.attrs['data-row']),
      ['0', '1', '2'],
    );
  });

  it('says where it stopped, with the rows left out and the findings in them', () => {
    const rowsLeft = doc.model!.rows.filter((r) => r.table === 'I').slice(3);
    const within = { start: rowsLeft[0]!.node.span.start, end: rowsLeft[rowsLeft.length - 1]!.node.span.end };
    // A finding is in them when it marks something there: its own range or a marked related place.
    const inside = (span: { start: number; end: number }) => span.start >= within.start && span.end <= within.end;
    const inThem = findings.filter((f) => inside(f.span) || (f.related ?? []).some((r) => r.marked === true && inside(r.span)));
    assert.ok(
      inThem.some((f) => f.message.startsWith('Table I row 6 ')),
      'the findings of the sixth row are found though the row is not drawn',
    );
    const notes = cutNotes(table(tree, 'I'));
    assert.equal(notes.length, 1);
    assert.equal(
      textOf(notes[0]!),
      `Table I: showing the first 3 of 7 rows; the other 4 are checked but not drawn (${inThem.length} ${inThem.length === 1 ? 'finding' : 'findings'} in them, in the list of problems).`,
    );
    assert.equal(notes[0]!.attrs.role, 'note');
  });

  it('leaves a table within the limit whole and unannotated', () => {
    const section = table(tree, 'II');
    assert.equal(drawnRows(section).length, 2);
    assert.deepEqual(cutNotes(section), []);
  });

  it('is listed by renderCuts, for the host to say beside the page', () => {
    assert.deepEqual(renderCuts(doc, limits), [{ part: 'I', drawn: 3, total: 7 }]);
    assert.deepEqual(renderCuts(doc, { maxRowsPerTable: 1 }), [
      { part: 'I', drawn: 1, total: 7 },
      { part: 'II', drawn: 1, total: 2 },
    ]);
  });

  it('cuts the standalone page the same way', () => {
    const page = render(doc, standalonePage({ findings, limits }));
    assert.ok(page !== undefined);
    const section = table(parseRenderedHtml(page), 'I');
    assert.equal(drawnRows(section).length, 3);
    assert.equal(cutNotes(section).length, 1);
  });
});

describe('footnotes past the limit', () => {
  // Five footnotes, none referenced: each is a footnote/unused finding, so the ones left out carry findings.
  const notes = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`F${i + 1}`, `Note ${i + 1}.`]));
  const doc = analyze(form4Xml({ rows: [transaction({ acquiredDisposed: 'A' })], footnotes: notes }), 'xml');
  const findings = check(doc);
  const limits = { maxFootnotes: 2 };
  const tree = parseRenderedHtml(render(doc, { standalone: false, findings, limits })!);
  const section = findOne(tree, (el) => el.tag === 'section' && hasClass(el, 'f4-footnotes'), 'the footnotes');

  it('draws the first footnotes only and says where the list stopped, with the findings in the rest', () => {
    const drawn = findAll(section, (el) => el.tag === 'li' && hasClass(el, 'f4-footnote'));
    assert.deepEqual(
      drawn.map((li) => li.attrs['data-footnote']),
      ['F1', 'F2'],
    );
    const left = findings.filter((f) => f.rule === 'footnote/unused' && /\bF[345]\b/.test(f.message));
    assert.equal(left.length, 3, findings.map((f) => `${f.rule}: ${f.message}`).join('\n'));
    const notes = cutNotes(section);
    assert.equal(notes.length, 1);
    assert.equal(
      textOf(notes[0]!),
      'Footnotes: showing the first 2 of 5 footnotes; the other 3 are checked but not drawn (3 findings in them, in the list of problems).',
    );
  });

  it('is listed by renderCuts after the tables', () => {
    assert.deepEqual(renderCuts(doc, { ...limits, maxRowsPerTable: 0 }), [
      { part: 'I', drawn: 0, total: 1 },
      { part: 'footnotes', drawn: 2, total: 5 },
    ]);
  });
});

describe('the default limits', () => {
  it('draw every row of a genuine filing and say nothing', () => {
    const doc = filing();
    const tree = parseRenderedHtml(render(doc, { standalone: false, findings: check(doc) })!);
    assert.equal(drawnRows(table(tree, 'I')).length, 7);
    assert.deepEqual(
      findAll(tree, (el) => el.attrs['data-cut'] !== undefined),
      [],
    );
    assert.deepEqual(renderCuts(doc), []);
    assert.ok(defaultRenderLimits.maxRowsPerTable >= 30, 'EDGAR takes 30 rows a table: the page draws at least that');
    assert.ok(defaultRenderLimits.maxFootnotes >= 99, 'a genuine filing has at most 99 footnotes (F1 to F99): the page draws them all');
  });
});

describe('hover titles', () => {
  it('are cut at maxMarkTitle, saying how much was left out', () => {
    const doc = filing();
    const findings = check(doc);
    const marked = (max: number) =>
      findAll(
        parseRenderedHtml(render(doc, { standalone: false, findings, limits: { maxMarkTitle: max } })!),
        (el) => el.attrs.title !== undefined,
      );
    const whole = marked(1_000_000).map((el) => el.attrs.title!);
    const longest = Math.max(...whole.map((t) => t.length));
    assert.ok(longest > 40, 'the fixture has a message longer than the cut');
    assert.ok(
      whole.some((t) => t.includes('\n')),
      'the fixture has a value marked by several findings',
    );
    // Cuts inside a message, inside its " [rule]", at a line end and in a later line: each the cut of the whole title.
    for (let max = 40; max <= longest + 1; max += 13) {
      const cut = marked(max).map((el) => el.attrs.title!);
      assert.equal(cut.length, whole.length, 'the same values are marked');
      cut.forEach((title, i) => {
        if (whole[i]!.length <= max) assert.equal(title, whole[i]);
        else
          assert.equal(
            title,
            `${whole[i]!.slice(0, max)}... (${(whole[i]!.length - max).toLocaleString('en-US')} more characters: the list of problems has every message in full)`,
          );
      });
    }
  });

  it('are not cut between the halves of a surrogate pair', () => {
    assert.equal(cutTitle('ab\u{1F600}cd', 3).slice(0, 3), 'ab.');
    assert.equal(cutTitle('ab\u{1F600}cd', 4).slice(0, 4), 'ab\u{1F600}');
    assert.equal(cutTitle('short', 5), 'short');
  });
});
