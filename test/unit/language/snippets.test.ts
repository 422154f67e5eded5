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
function fillIn(snippet: string, format: 'xml' | 'yaml', typedFacts: Readonly<Record<string, string>> = facts): string {
  const fields = stopFields(snippet, format);
  const typed = (n: string, otherwise: string) => typedFacts[fields.get(Number(n))!] ?? otherwise;
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

/** The stops every form's draft starts with: who files, where, in which relationship, for which company. */
const ownerFields = [
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
];
/** A Table I transaction's stops (Forms 4 and 5): what happened and when, then the 10b5-1 box. */
const transactionFields = [
  'securityTitle',
  'transactionDate',
  'transactionCode',
  'transactionShares',
  'transactionAcquiredDisposedCode',
  'transactionPricePerShare',
  'sharesOwnedFollowingTransaction',
  'directOrIndirectOwnership',
  'aff10b5One',
];
const closingFields = ['footnote', 'remarks', 'signatureName', 'signatureDate'];

test("Tab walks the new draft's fields in the filer's order (who, which company, what happened, when), in both formats", () => {
  const expected = [...ownerFields, ...transactionFields, ...closingFields];
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

test('every form has a new draft of its own document type', () => {
  for (const form of ['3', '3/A', '4', '4/A', '5', '5/A'] as const) {
    assert.ok(newDraftSnippet('xml', { form })?.includes(`<documentType>${form}</documentType>`), form);
    assert.match(newDraftSnippet('yaml', { form }) ?? '', new RegExp(`^documentType: ${form.replace('/', '\\/')}$`, 'm'), form);
  }
});

/**
 * What a filer types at each stop of a Form 3 or Form 5 draft: an insider since 2023-12-28 (Form 3, due ten days
 * later), and a small acquisition in the fiscal year ended 2023-12-31 (Form 5, due 45 days later); `today` is in time
 * for both. Each amendment names its original's filing date.
 */
const forms35Facts: Readonly<Record<'3' | '5', Readonly<Record<string, string>>>> = {
  '3': { ...tradeFacts, officerTitle: '', periodOfReport: '2023-12-28', footnote: 'Includes 500 restricted stock units.' },
  '5': {
    ...tradeFacts,
    officerTitle: '',
    periodOfReport: '2023-12-31',
    transactionDate: '2023-06-15',
    transactionCode: 'L',
    transactionShares: '100',
    footnote: 'A small acquisition under Rule 16a-6.',
  },
};

test('the new Form 3, 3/A, 5 and 5/A drafts, each fact typed at its tab stop, have no finding at all, in both formats', () => {
  for (const form of ['3', '3/A', '5', '5/A'] as const) {
    const typedFacts = { ...forms35Facts[form[0] as '3' | '5'], dateOfOriginalSubmission: '2024-01-02' };
    for (const format of ['xml', 'yaml'] as const) {
      const text = fillIn(newDraftSnippet(format, { form, today })!, format, typedFacts);
      const findings = check(analyze(text, format), { today }).map((f) => `${f.severity} ${f.rule}: ${f.message}`);
      assert.deepEqual(findings, [], `Form ${form} ${format}:\n${text}`);
    }
  }
});

test("a Form 3 draft holds and a Form 5 draft defers: Tab walks each form's own fields", () => {
  const expected = {
    // Box 2, the date of the event, before what is held; Box 3 of a Form 5, the fiscal year end, before its items.
    '3': [
      ...ownerFields,
      'periodOfReport',
      'securityTitle',
      'sharesOwnedFollowingTransaction',
      'directOrIndirectOwnership',
      ...closingFields,
    ],
    '5': [...ownerFields, 'periodOfReport', ...transactionFields, ...closingFields],
  };
  for (const form of ['3', '5'] as const) {
    for (const format of ['xml', 'yaml'] as const) {
      const snippet = newDraftSnippet(format, { form })!;
      const fields = stopFields(snippet, format);
      assert.deepEqual(
        [...fields.entries()].sort((a, b) => a[0] - b[0]).map(([, field]) => field),
        expected[form],
        `Form ${form} ${format}`,
      );
      // Form 3 is holdings only, with no 10b5-1 box and no noSecuritiesOwned (the draft holds something).
      if (form === '3') assert.doesNotMatch(snippet, /nonDerivativeTransaction|transactionDate|aff10b5One|noSecuritiesOwned/, format);
      // Form 5's row is a Form 5 item, coded with what may wait for the year's end; EDGAR sets the two "reported" boxes.
      if (form === '5') {
        assert.match(snippet, format === 'xml' ? /<transactionFormType>5<\/transactionFormType>/ : /transactionFormType: 5$/m);
        assert.match(snippet, /\|L,W,J,Z,G\|/);
        assert.doesNotMatch(snippet, /Reported/);
      }
    }
  }
});

/** A filled-in draft of a form with empty Table II and footnotes sections to insert into. */
function base(format: 'xml' | 'yaml', form: '3' | '4' | '5' = '4'): string {
  const draftText =
    form === '4' ? fillIn(draft(format), format) : fillIn(newDraftSnippet(format, { form, today })!, format, forms35Facts[form]);
  return format === 'xml'
    ? draftText.replace('</nonDerivativeTable>\n', '</nonDerivativeTable>\n  <derivativeTable>\n  </derivativeTable>\n')
    : draftText.replace('ownerSignature:', 'derivativeTable:\nownerSignature:');
}

/** Where the parent's content ends: before its end tag in XML, before the next top-level key in YAML. */
function endOfParent(text: string, format: 'xml' | 'yaml', parent: string): number {
  if (format === 'xml') return offsetOf(text, `  </${parent}>`);
  const key = offsetOf(text, `\n${parent}:`);
  return text.slice(key + 1).search(/\n[a-z]/) + key + 2;
}

test("every row and footnote snippet of each form, inserted into its parent, keeps the form's document structurally valid", () => {
  for (const form of ['4', '3', '5'] as const) {
    // A Form 3 has no transactions: completion offers no transaction row there (its schema has no place for one).
    const definitions = snippetDefinitions.filter((d) => d.parent && !(form === '3' && d.element.endsWith('Transaction')));
    for (const definition of definitions) {
      for (const format of ['xml', 'yaml'] as const) {
        const text = base(format, form);
        const snippet = expand(renderSnippet(definition.id, format, '  ', 'F2', undefined, form), filled).replace(
          /YYYY-MM-DD/g,
          '2023-06-02',
        );
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
        assert.deepEqual(structuralProblems(result, format), [], `Form ${form}: ${definition.id} in ${format}:\n${result}`);
        // A Form 5 row is a Form 5 item, not a late Form 4 one.
        if (form === '5' && definition.element.endsWith('Transaction'))
          assert.match(snippet, format === 'xml' ? /<transactionFormType>5</ : /transactionFormType: 5/, definition.id);
      }
    }
  }
});

test('a Form 3 transaction row is not a snippet the form has a place for', () => {
  assert.throws(() => renderSnippet('nonDerivativeTransaction', 'yaml', '  ', 'F1', undefined, '3'), /not in Form 3's schema/);
  assert.doesNotMatch(renderSnippet('derivativeHolding', 'yaml', '  ', 'F1', undefined, '3'), /postTransactionAmounts/);
});
