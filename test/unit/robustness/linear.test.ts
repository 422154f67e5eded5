/**
 * No super-linear path (issue 13): shapes of input that once cost time quadratic in their size, pinned at small
 * sizes by how their cost grows (test/helpers/growth.ts: a ratio of CPU times, never a time), with the findings they
 * give checked exactly.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, check, makeDate, render, type Finding } from '../../../server/src/engine/index';
import { form4Xml, form4Yaml, transaction } from '../../helpers/form4';
import { growth } from '../../helpers/growth';
import { marked } from '../../helpers/markers';

const today = makeDate(2026, 11, 27);

/** A cost ratio at sizes 16 times apart: about 16 when linear, about 256 when quadratic. */
const sizeFactor = 16;
const linearBound = 48;

function readFindingSpans(text: string): Array<{ rule: string; text: string; start: number; end: number }> {
  return analyze(text, 'yaml').readFindings.map((f) => ({ rule: f.rule, text: text.slice(f.span.start, f.span.end), ...f.span }));
}

describe('a YAML draft of many documents', () => {
  it('points at the second document once, for it and all after it: its `---`, or its first character after `...`', () => {
    const sources = ['a: 1\n«---»\nb: 2\n', 'a: 1\n...\n«b»: 2\n', 'a: 1\n...\n# note\n«b»: 2\n--- x\n', 'a: 1\n«---»\n---\n---\n'];
    for (const source of sources) {
      const { text, spans } = marked(source);
      const found = analyze(text, 'yaml').readFindings;
      assert.deepEqual(
        found.map((f) => [f.rule, f.span, f.message]),
        spans.map((span) => [
          'yaml/syntax',
          span,
          'A draft is a single YAML document; this second one (after `---`) is ignored, and everything after it.',
        ]),
        JSON.stringify(text),
      );
    }
  });

  it('still reports the first document’s own syntax errors, and none of the later ones’', () => {
    const { text, spans } = marked('a: «"»open\n---\nb: "also open\n');
    const found = readFindingSpans(text);
    assert.deepEqual(
      found.map((f) => [f.rule, f.text, f.start]),
      [
        ['yaml/syntax', '"open', spans[0]!.start],
        ['yaml/syntax', '---', text.indexOf('---')],
      ],
    );
  });

  it('gives one finding for 5,000 later documents', () => {
    const text = 'a: 1\n' + '---\n'.repeat(5000);
    const findings = check(analyze(text, 'yaml'), { today }).filter((f) => f.rule === 'yaml/syntax');
    assert.deepEqual(
      findings.map((f) => f.span),
      [{ start: 5, end: 8 }],
    );
  });

  it('is read in time linear in the number of documents (or better: those after the second are not parsed)', () => {
    const g = growth(
      (n) => 'a: 1\n' + '---\n'.repeat(n),
      (text) => analyze(text, 'yaml'),
      1000,
      1000 * sizeFactor,
    );
    assert.ok(g.ratio < linearBound, `16 times the documents cost ${g.ratio.toFixed(1)} times the time (${JSON.stringify(g)})`);
  });
});

describe('rendering a filing with many findings', () => {
  /** A filing of `rows` rows with a finding on every `<value>`: cells and findings grow together. */
  function markedFiling(rows: number): { doc: ReturnType<typeof analyze>; findings: Finding[] } {
    const text = form4Xml({ rows: Array.from({ length: rows }, () => transaction()) });
    const findings = [...text.matchAll(/<value>/g)].map((m) => ({
      rule: 'schema/unexpected-text' as const,
      severity: 'warning' as const,
      message: `Value at ${m.index}.`,
      span: { start: m.index, end: m.index + '<value>'.length },
    }));
    return { doc: analyze(text, 'xml'), findings };
  }

  it('marks each cell with the findings on it', () => {
    const { doc, findings } = markedFiling(3);
    const html = render(doc, { standalone: false, findings }) ?? '';
    const titles = [...html.matchAll(/title="Value at (\d+)\. \[schema\/unexpected-text\]"/g)].map((m) => Number(m[1]));
    assert.deepEqual(new Set(titles), new Set(findings.map((f) => f.span.start)), 'every finding marks a value');
  });

  it('takes time linear in cells plus findings', () => {
    // Every row drawn: the page's row limit (1,000) would otherwise cut the larger filing and flatter the ratio.
    const limits = { maxRowsPerTable: Number.MAX_SAFE_INTEGER };
    const g = growth(markedFiling, ({ doc, findings }) => render(doc, { standalone: false, findings, limits }), 80, 80 * sizeFactor);
    assert.ok(g.ratio < linearBound, `16 times the rows and findings cost ${g.ratio.toFixed(1)} times the time (${JSON.stringify(g)})`);
  });
});

describe('findings capped per rule', () => {
  /** 1,234 footnotes, none referenced: 1,234 footnote/unused findings before the cap. */
  const footnotes = Object.fromEntries(Array.from({ length: 1234 }, (_, i) => [`F${i + 1}`, `Note ${i + 1}.`]));
  const drafts = { xml: form4Xml({ footnotes }), yaml: form4Yaml({ footnotes }) } as const;

  for (const format of ['xml', 'yaml'] as const) {
    it(`lists a rule's first 1,000 findings and one for the other 234 (${format})`, () => {
      const text = drafts[format];
      const unused = check(analyze(text, format), { today }).filter((f) => f.rule === 'footnote/unused');
      assert.equal(unused.length, 1001);
      assert.deepEqual(
        unused.slice(0, 1000).map((f) => text.slice(f.span.start, f.span.end)),
        Array.from({ length: 1000 }, (_, i) => `F${i + 1}`),
        'the first thousand in document order',
      );
      const summary = unused[1000]!;
      assert.equal(text.slice(summary.span.start, summary.span.end), 'F1001', 'at the first one left out');
      assert.deepEqual(
        { severity: summary.severity, message: summary.message, omitted: summary.omitted },
        {
          severity: 'warning',
          message: 'And 234 more findings of footnote/unused, not listed: fix the listed ones first, then check again.',
          omitted: 234,
        },
      );
    });
  }

  it('follows the rule’s configured severity, and goes with the rule turned off', () => {
    const doc = analyze(drafts.xml, 'xml');
    const raised = check(doc, { today, rules: { 'footnote/unused': 'error' } }).filter((f) => f.omitted !== undefined);
    assert.deepEqual(
      raised.map((f) => [f.rule, f.severity, f.omitted]),
      // In document order: the unused summary sits at F1001, the invalid-id one (ids past F99) at F1100.
      [
        ['footnote/unused', 'error', 234],
        ['schema/invalid-value', 'error', 1234 - 99 - 1000],
      ],
    );
    const off = check(doc, { today, rules: { 'footnote/unused': 'off' } });
    assert.equal(off.filter((f) => f.rule === 'footnote/unused').length, 0);
  });

  it('keeps a document under the limit whole', () => {
    const few = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`F${i + 1}`, `Note ${i + 1}.`]));
    const unused = check(analyze(form4Xml({ footnotes: few }), 'xml'), { today }).filter((f) => f.rule === 'footnote/unused');
    assert.equal(unused.length, 40);
    assert.ok(unused.every((f) => f.omitted === undefined));
  });
});
