import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, check, makeDate, newDraftSnippet, renderSnippet, snippetDefinitions } from '../../../server/src/engine/index';
import { applyEdits } from '../../helpers/edits';
import { offsetOf } from './fixtures';

/** What the editor leaves when every tab stop is accepted: defaults and first choices; bare stops get `fill`. */
function expand(snippet: string, fill: (n: number) => string): string {
  return snippet
    .replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_, _n, choices: string) => choices.split(',')[0])
    .replace(/\$\{(\d+):([^}]*)\}/g, (_, _n, placeholder: string) => placeholder)
    .replace(/\$(\d+)/g, (_, n: string) => fill(Number(n)))
    .replace(/\\([$}\\])/g, '$1');
}

const filled = (n: number) => ['1234', 'Example Corp', 'EXMP', '5678', 'Doe Jane', 'CFO', '100', '25.5', '900', '/s/ Jane Doe'][n % 10];

function structuralProblems(text: string, format: 'xml' | 'yaml'): string[] {
  const doc = analyze(text, format);
  return check(doc, { today: makeDate(2024, 1, 1) })
    .filter((f) => /^(xml|yaml|schema)\//.test(f.rule) && f.rule !== 'schema/invalid-value')
    .map((f) => `${f.rule}: ${f.message}`);
}

test('the new-draft snippet is a complete Form 4 in both formats: once filled in, its structure is valid', () => {
  for (const format of ['xml', 'yaml'] as const) {
    const text = expand(newDraftSnippet(format), filled).replace(/YYYY-MM-DD/g, '2024-01-02');
    assert.deepEqual(structuralProblems(text, format), [], `${format}:\n${text}`);
  }
});

test('tab stops are numbered in document order without gaps', () => {
  for (const format of ['xml', 'yaml'] as const) {
    const numbers = [...newDraftSnippet(format).matchAll(/\$\{?(\d+)/g)].map((m) => Number(m[1]));
    assert.deepEqual(
      numbers,
      numbers.map((_, i) => i + 1),
    );
  }
});

/** A filled-in Form 4 with empty Table II and footnotes sections to insert into. */
function base(format: 'xml' | 'yaml'): string {
  const form = expand(newDraftSnippet(format), filled).replace(/YYYY-MM-DD/g, '2024-01-02');
  return format === 'xml'
    ? form.replace(
        '</nonDerivativeTable>\n',
        '</nonDerivativeTable>\n  <derivativeTable>\n  </derivativeTable>\n  <footnotes>\n  </footnotes>\n',
      )
    : form.replace('ownerSignature:', 'derivativeTable:\nfootnotes:\nownerSignature:');
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
      const snippet = expand(renderSnippet(definition.id, format, '  ', 'F1'), filled).replace(/YYYY-MM-DD/g, '2024-01-02');
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
          format === 'xml' ? `<${definition.element}` : definition.element === 'footnote' ? 'F1: ' : `- ${definition.element}:`,
        ),
      );
      assert.deepEqual(structuralProblems(result, format), [], `${definition.id} in ${format}:\n${result}`);
    }
  }
});
