import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, check, makeDate, newDraftSnippet, renderSnippet, snippetDefinitions } from '../../../server/src/engine/index';
import { applyEdits } from '../../helpers/edits';
import { offsetOf } from './fixtures';
import { tradeFacts } from '../../helpers/tradeFacts';

/** What the editor leaves when every tab stop is accepted: defaults and first choices; bare stops get `fill`. */
function expand(snippet: string, fill: (n: number) => string): string {
  return snippet
    .replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_, _n, choices: string) => choices.split(',')[0])
    .replace(/\$\{(\d+):([^}]*)\}/g, (_, _n, placeholder: string) => placeholder)
    .replace(/\$(\d+)/g, (_, n: string) => fill(Number(n)))
    .replace(/\\([$}\\])/g, '$1');
}

const filled = (n: number) => ['1234', 'Example Corp', 'EXMP', '5678', 'Doe Jane', 'CFO', '100', '25.5', '900', '/s/ Jane Doe'][n % 10];
const today = makeDate(2024, 1, 4);

function structuralProblems(text: string, format: 'xml' | 'yaml'): string[] {
  const doc = analyze(text, format);
  return check(doc, { today: makeDate(2024, 1, 1) })
    .filter((f) => /^(xml|yaml|schema)\//.test(f.rule) && f.rule !== 'schema/invalid-value')
    .map((f) => `${f.rule}: ${f.message}`);
}

function draft(format: 'xml' | 'yaml'): string {
  const text = newDraftSnippet(format, { today });
  assert.ok(text, 'Form 4 has a new draft');
  return text;
}

/** The facts of a trade, by the field a tab stop fills: what a filer types at each stop. */
const facts: Readonly<Record<string, string>> = { ...tradeFacts, officerTitle: '', transactionDate: '2024-01-02' };

/** The field each tab stop fills, by its number: the element named on the stop's line (a cell's `value` belongs to the cell above). */
function stopFields(snippet: string, format: 'xml' | 'yaml'): Map<number, string> {
  const fields = new Map<number, string>();
  const lines = snippet.split('\n');
  lines.forEach((line, i) => {
    for (const m of line.matchAll(/\$\{?(\d+)/g)) {
      const own = format === 'xml' ? /<(?!value>)([A-Za-z0-9]+)[^>]*>[^<]*\$/.exec(line)?.[1] : /^[ -]*([A-Za-z0-9]+):/.exec(line)?.[1];
      const cell =
        format === 'xml' ? /<([A-Za-z0-9]+)>\s*$/.exec(lines[i - 1] ?? '')?.[1] : /^\s*([A-Za-z]+):\s*$/.exec(lines[i - 1] ?? '')?.[1];
      const field = own === 'value' || own === undefined ? cell : own === 'F1' ? 'footnote' : own;
      // periodOfReport mirrors the transaction date's stop: the field is the date's.
      if (!fields.has(Number(m[1])) || fields.get(Number(m[1])) === 'periodOfReport') fields.set(Number(m[1]), field ?? '?');
    }
  });
  return fields;
}

/** The draft as a filer leaves it who types each fact at its stop (Tab onwards), accepting the defaults elsewhere. */
function fillIn(snippet: string, format: 'xml' | 'yaml'): string {
  const fields = stopFields(snippet, format);
  const typed = (n: string, otherwise: string) => facts[fields.get(Number(n))!] ?? otherwise;
  return snippet
    .replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_, n: string, choices: string) => typed(n, choices.split(',')[0]))
    .replace(/\$\{(\d+):([^}]*)\}/g, (_, n: string, placeholder: string) => typed(n, placeholder))
    .replace(/\$(\d+)/g, (_, n: string) => typed(n, ''))
    .replace(/\\([$}\\])/g, '$1');
}

test('the new Form 4 draft, each fact typed at its tab stop, has no finding at all, in both formats', () => {
  for (const format of ['xml', 'yaml'] as const) {
    const text = fillIn(draft(format), format);
    const findings = check(analyze(text, format), { today }).map((f) => `${f.severity} ${f.rule}: ${f.message}`);
    assert.deepEqual(findings, [], `${format}:\n${text}`);
    assert.match(text, /2024-01-04/, 'the signature date defaults to today');
  }
});

test("Tab walks the new draft's fields in the filer's order (who, which company, what happened, when), in both formats", () => {
  const expected = [
    'rptOwnerName',
    'rptOwnerCik',
    'rptOwnerStreet1',
    'rptOwnerCity',
    'rptOwnerState',
    'rptOwnerZipCode',
    'isDirector',
    'isOfficer',
    'officerTitle',
    'isTenPercentOwner',
    'isOther',
    'issuerName',
    'issuerCik',
    'issuerTradingSymbol',
    'securityTitle',
    'transactionDate',
    'transactionCode',
    'transactionShares',
    'transactionAcquiredDisposedCode',
    'transactionPricePerShare',
    'sharesOwnedFollowingTransaction',
    'directOrIndirectOwnership',
    'aff10b5One',
    'footnote',
    'remarks',
    'signatureName',
    'signatureDate',
  ];
  for (const format of ['xml', 'yaml'] as const) {
    const fields = stopFields(draft(format), format);
    const byNumber = [...fields.entries()].sort((a, b) => a[0] - b[0]).map(([, field]) => field);
    assert.deepEqual(byNumber, expected, format);
    assert.deepEqual(
      [...fields.keys()].sort((a, b) => a - b),
      expected.map((_, i) => i + 1),
      `${format}: numbered without gaps`,
    );
  }
});

test("the draft's periodOfReport is its transaction date's stop, typed once: Box 3 is the earliest transaction date", () => {
  assert.match(draft('xml'), /<periodOfReport>\$\{16:YYYY-MM-DD\}<\/periodOfReport>[\s\S]*<transactionDate>\s*<value>\$\{16:YYYY-MM-DD\}/);
  assert.match(draft('yaml'), /transactionDate: \$\{16:YYYY-MM-DD\}[\s\S]*periodOfReport: \$\{16:YYYY-MM-DD\}/);
});

test('choices keep the value clean: bare codes, in the order filers use them', () => {
  assert.match(draft('yaml'), /transactionCode: \$\{17\|S,M,A,P,F,C,G,J,X,L,H,D,E,I,O,U,W,Z\|\}/);
  assert.match(draft('yaml'), /isDirector: \$\{7\|0,1\|\}/);
});

test('a form without a draft plan has no new draft', () => {
  assert.equal(newDraftSnippet('yaml', { form: '3' }), undefined);
  assert.ok(newDraftSnippet('xml', { form: '4/A' })?.includes('<documentType>4/A</documentType>'));
});

/** A filled-in Form 4 with empty Table II and footnotes sections to insert into. */
function base(format: 'xml' | 'yaml'): string {
  const form = fillIn(draft(format), format);
  return format === 'xml'
    ? form.replace('</nonDerivativeTable>\n', '</nonDerivativeTable>\n  <derivativeTable>\n  </derivativeTable>\n')
    : form.replace('ownerSignature:', 'derivativeTable:\nownerSignature:');
}

/** Where the parent's content ends: before its end tag in XML, before the next top-level key in YAML. */
function endOfParent(text: string, format: 'xml' | 'yaml', parent: string): number {
  if (format === 'xml') return offsetOf(text, `  </${parent}>`);
  const key = offsetOf(text, `\n${parent}:`);
  return text.slice(key + 1).search(/\n[a-z]/) + key + 2;
}

test('every row and footnote snippet, inserted into its parent, keeps the document structurally valid', () => {
  for (const definition of snippetDefinitions.filter((d) => d.parent)) {
    for (const format of ['xml', 'yaml'] as const) {
      const text = base(format);
      const snippet = expand(renderSnippet(definition.id, format, '  ', 'F2'), filled).replace(/YYYY-MM-DD/g, '2024-01-02');
      const indent = format === 'xml' ? '    ' : '  ';
      const block =
        snippet
          .split('\n')
          .map((line) => indent + line)
          .join('\n') + '\n';
      const at = endOfParent(text, format, definition.parent!);
      const result = applyEdits(text, [{ span: { start: at, end: at }, newText: block }]);
      assert.ok(
        result.includes(
          format === 'xml' ? `<${definition.element}` : definition.element === 'footnote' ? 'F2: ' : `- ${definition.element}:`,
        ),
      );
      assert.deepEqual(structuralProblems(result, format), [], `${definition.id} in ${format}:\n${result}`);
    }
  }
});
