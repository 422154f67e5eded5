import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, check, codeActions, fixAll, fixableRules, type AnalyzedDocument, type Finding } from '../../../server/src/engine/index';
import { applyEdits } from '../../helpers/edits';
import { form4Xml as buildXml, form4Yaml as buildYaml, transaction } from '../../helpers/form4';
import { analyzed, checkDay, form4Xml, form4Yaml } from './fixtures';

const formats = ['xml', 'yaml'] as const;

function findingsOf(doc: AnalyzedDocument): Finding[] {
  return check(doc, { today: checkDay });
}

function countOf(findings: readonly Finding[], rule: string): number {
  return findings.filter((f) => f.rule === rule).length;
}

/**
 * Syntax and schema findings, but the one the fixture has on purpose: it lacks the Rule 10b5-1 box, which today's
 * schema requires (the structure check's finding has the box's two fixes). A fix must never add another.
 */
function readProblems(findings: readonly Finding[]): string[] {
  return findings
    .filter((f) => /^(xml|yaml|schema)\//.test(f.rule) && !(f.rule === 'schema/missing-element' && f.data?.missing === 'aff10b5One'))
    .map((f) => `${f.rule}: ${f.message}`);
}

for (const format of formats) {
  test(`${format}: every fix removes its finding and adds no syntax or schema problem`, () => {
    const doc = analyzed(format);
    const before = findingsOf(doc);
    assert.deepEqual(readProblems(before), []);
    let fixed = 0;
    for (const finding of before) {
      const actions = codeActions(doc, before, finding.span).filter(
        (a) => a.findingRule === finding.rule && a.findingSpan === finding.span,
      );
      if (!fixableRules.includes(finding.rule)) {
        assert.deepEqual(actions, [], `${finding.rule} has no fix`);
        continue;
      }
      assert.ok(actions.length > 0, `no fix for ${finding.rule} at ${finding.span.start}`);
      for (const action of actions) {
        const text = applyEdits(doc.text, action.edits);
        const after = findingsOf(analyze(text, format));
        assert.deepEqual(readProblems(after), [], `${action.title} broke the document:\n${text}`);
        assert.equal(countOf(after, finding.rule), countOf(before, finding.rule) - 1, `${action.title} did not remove its finding`);
        fixed++;
      }
    }
    // Every fixable rule occurs in the fixture: 1 late filing (its 4 rows), 1 balance (row 2's wrong code is
    // code/direction's alone), 1 of each other, 2 checkbox choices.
    assert.equal(fixed, 1 + 1 + 1 + 1 + 1 + 2);
  });
}

function fixFor(doc: AnalyzedDocument, rule: string, nth = 0) {
  const findings = findingsOf(doc);
  const finding = findings.filter((f) => f.rule === rule)[nth];
  assert.ok(finding, `no ${rule} finding`);
  return codeActions(doc, findings, finding.span);
}

function onlyEdit(actions: ReturnType<typeof fixFor>) {
  assert.equal(actions.length, 1);
  assert.equal(actions[0].edits.length, 1);
  return actions[0].edits[0];
}

test('code/direction: replaces the A/D value only, keeping the YAML quoting', () => {
  const xml = analyzed('xml');
  const edit = onlyEdit(fixFor(xml, 'code/direction'));
  assert.equal(xml.text.slice(edit.span.start, edit.span.end), 'A');
  assert.equal(edit.newText, 'D');
  const yaml = analyzed('yaml');
  const actions = fixFor(yaml, 'code/direction');
  assert.equal(actions[0].title, 'Set acquired/disposed to D');
  assert.equal(actions[0].isPreferred, true);
  const yamlEdit = onlyEdit(actions);
  assert.equal(yaml.text.slice(yamlEdit.span.start, yamlEdit.span.end), "'A'");
  assert.equal(yamlEdit.newText, "'D'");
});

test('holdings/running-balance: sets the expected balance, keeping a quoted YAML scalar quoted', () => {
  const yaml = analyzed('yaml');
  const actions = fixFor(yaml, 'holdings/running-balance');
  assert.equal(actions[0].title, 'Set the amount owned to 9,000 (the running balance)');
  const edit = onlyEdit(actions);
  assert.equal(yaml.text.slice(edit.span.start, edit.span.end), '"8500"');
  assert.equal(edit.newText, '"9000"');
});

test('document/period-of-report: sets the earliest transaction date', () => {
  for (const format of formats) {
    const doc = analyzed(format);
    const edit = onlyEdit(fixFor(doc, 'document/period-of-report'));
    assert.equal(doc.text.slice(edit.span.start, edit.span.end), '2024-03-12');
    assert.equal(edit.newText, '2024-03-11');
  }
});

test('document/trading-symbol: upper-cases the symbol, and the finding goes', () => {
  for (const format of formats) {
    const doc = analyze((format === 'xml' ? form4Xml : form4Yaml).replace('EXMP', 'exmp'), format);
    const actions = fixFor(doc, 'document/trading-symbol');
    assert.equal(actions[0].title, 'Set the trading symbol to EXMP');
    const edit = onlyEdit(actions);
    assert.equal(doc.text.slice(edit.span.start, edit.span.end), 'exmp');
    const after = findingsOf(analyze(applyEdits(doc.text, [edit]), format));
    assert.equal(countOf(after, 'document/trading-symbol'), 0);
    assert.deepEqual(readProblems(after), []);
  }
});

test('footnote/undefined: adds the footnote after F1, indented like it', () => {
  const xml = analyzed('xml');
  const xmlEdit = onlyEdit(fixFor(xml, 'footnote/undefined'));
  assert.equal(xmlEdit.newText, '\n        <footnote id="F3"></footnote>');
  assert.equal(xml.text.slice(xmlEdit.span.start - 11, xmlEdit.span.start), '</footnote>');
  const yaml = analyzed('yaml');
  const yamlEdit = onlyEdit(fixFor(yaml, 'footnote/undefined'));
  assert.equal(yamlEdit.newText, '\n  F3: ""');
  assert.equal(yaml.text.slice(yamlEdit.span.start - 15, yamlEdit.span.start), 'full details on request.'.slice(-15));
});

test('footnote/undefined: the added footnote puts the cursor in its text, as a snippet', () => {
  const xmlEdit = onlyEdit(fixFor(analyzed('xml'), 'footnote/undefined'));
  assert.equal(xmlEdit.snippet, '\n        <footnote id="F3">$0</footnote>');
  const yamlEdit = onlyEdit(fixFor(analyzed('yaml'), 'footnote/undefined'));
  assert.equal(yamlEdit.snippet, '\n  F3: $0');
});

for (const format of formats) {
  test(`${format}: footnote/undefined offers to refer to each footnote nothing refers to instead`, () => {
    const base = analyzed(format).text;
    // F2 and F4 are defined and unused; row 3 still cites the missing F3.
    const text =
      format === 'xml'
        ? base.replace(
            /(<footnote id="F1">[^<]*<\/footnote>)/,
            '$1\n        <footnote id="F2">Held by the reporting person\'s spouse.</footnote>\n        <footnote id="F4"></footnote>',
          )
        : base.replace(/(\n  F1: [^\n]*)/, '$1\n  F2: Held by the reporting person\'s spouse.\n  F4: ""');
    const doc = analyze(text, format);
    const actions = fixFor(doc, 'footnote/undefined');
    assert.deepEqual(
      actions.map((a) => [a.title, a.isPreferred ?? false]),
      [
        ['Add footnote F3 to the Explanation of Responses', true],
        ['Refer to F2 instead ("Held by the reporting person\'s spouse.", nothing refers to it)', false],
        ['Refer to F4 instead (empty, nothing refers to it)', false],
      ],
    );
    const fixed = analyze(applyEdits(text, actions[1]!.edits), format);
    const after = findingsOf(fixed);
    assert.equal(countOf(after, 'footnote/undefined'), 0);
    assert.deepEqual(
      after.filter((f) => f.rule === 'footnote/unused').map((f) => f.data),
      [{ id: 'F4' }],
    );
    assert.deepEqual(readProblems(after), []);
  });
}

test('footnote/undefined: creates the footnotes section in schema position when there is none', () => {
  const text = analyzed('yaml')
    .text.replace(/footnotes:\n  F1: .*\n/, '')
    .replace('footnotes: [F1]', 'footnotes: [F3]');
  const doc = analyze(text, 'yaml');
  const edit = onlyEdit(fixFor(doc, 'footnote/undefined'));
  const fixed = applyEdits(text, [edit]);
  assert.match(fixed, /        directOrIndirectOwnership: D\nfootnotes:\n  F3: ""\nownerSignature:/);
});

test('a missing aff10b5One (the schema requires it): two choices inserted after the reporting owners; 1 preferred when a footnote names a plan', () => {
  const xml = analyzed('xml');
  const actions = fixFor(xml, 'schema/missing-element');
  assert.deepEqual(
    actions.map((a) => [a.title, a.isPreferred ?? false]),
    [
      ['Add aff10b5One 0 (no transaction under a Rule 10b5-1(c) plan)', true],
      ['Add aff10b5One 1 (a transaction under a Rule 10b5-1(c) plan)', false],
    ],
  );
  const edit = actions[0].edits[0];
  assert.equal(edit.newText, '\n    <aff10b5One>0</aff10b5One>');
  assert.equal(xml.text.slice(edit.span.start - 17, edit.span.start), '</reportingOwner>');
  const planned = analyze(xml.text.replace('full details on request.', 'sold under a Rule 10b5-1 plan adopted 2023-11-01.'), 'xml');
  assert.deepEqual(
    fixFor(planned, 'schema/missing-element').map((a) => a.isPreferred ?? false),
    [false, true],
  );
  // A footnote that denies a plan names the rule but says no: the unchecked box stays the likelier fix.
  const denied = analyze(xml.text.replace('full details on request.', 'not sold under a Rule 10b5-1 plan.'), 'xml');
  assert.deepEqual(
    fixFor(denied, 'schema/missing-element').map((a) => a.isPreferred ?? false),
    [true, false],
  );
  const yaml = analyzed('yaml');
  const yamlEdit = fixFor(yaml, 'schema/missing-element')[0].edits[0];
  assert.equal(yamlEdit.newText, '\naff10b5One: 0');
  assert.equal(yaml.text.slice(yamlEdit.span.start - 36, yamlEdit.span.start), 'officerTitle: Chief Financial Officer'.slice(-36));
});

test('date/deadline: one fix marks every late row L, inserting transactionTimeliness after the coding or setting it', () => {
  const xml = analyzed('xml');
  const [action, ...others] = fixFor(xml, 'date/deadline');
  assert.deepEqual(others, []);
  assert.equal(action?.title, 'Mark Table I rows 1 to 3 and Table II row 1 late (transactionTimeliness L)');
  assert.equal(action.edits.length, 4);
  const edit = action.edits[0]!;
  assert.equal(
    edit.newText,
    '\n            <transactionTimeliness>\n                <value>L</value>\n            </transactionTimeliness>',
  );
  assert.equal(xml.text.slice(edit.span.start - 20, edit.span.start), '</transactionCoding>');
  const yaml = analyzed('yaml');
  const yamlEdit = fixFor(yaml, 'date/deadline')[0]!.edits[2]!;
  assert.equal(yamlEdit.newText, '\n      transactionTimeliness: L');
  // After the flow mapping of the coding, not inside it.
  assert.equal(yaml.text.slice(yamlEdit.span.start - 1, yamlEdit.span.start), '}');

  for (const [format, text] of [
    [
      'xml',
      xml.text.replace(
        /(<value>2024-03-12<\/value>\s*<\/transactionDate>\s*<transactionCoding>[\s\S]*?<\/transactionCoding>)/,
        '$1\n            <transactionTimeliness><footnoteId id="F1"/></transactionTimeliness>',
      ),
    ],
    [
      'yaml',
      yaml.text.replace(
        'transactionDate: 2024-03-12  # the last trade\n      transactionCoding: {transactionFormType: 4, transactionCode: S, equitySwapInvolved: 0}',
        '$&\n      transactionTimeliness: {footnotes: [F1]}',
      ),
    ],
  ] as const) {
    const doc = analyze(text, format);
    const findings = findingsOf(doc);
    const late = findings.filter((f) => f.rule === 'date/deadline');
    assert.equal(late.length, 1, `${format}: one late filing`);
    // The cursor on a late row's marked date (not the finding's own span) offers the fix too.
    const marked = late[0]!.related?.find((r) => r.marked && doc.text.slice(r.span.start, r.span.end) === '2024-03-12');
    assert.ok(marked, `${format}: the late 2024-03-12 row is marked`);
    const [fix] = codeActions(doc, findings, marked.span);
    assert.ok(fix);
    const fixed = applyEdits(text, fix.edits);
    if (format === 'xml')
      assert.match(fixed, /\n            <transactionTimeliness><value>L<\/value><footnoteId id="F1"\/><\/transactionTimeliness>\n/);
    else assert.match(fixed, /transactionTimeliness: \{value: L, footnotes: \[F1\]\}/);
    assert.equal(countOf(findingsOf(analyze(fixed, format)), 'date/deadline'), 0);
    assert.deepEqual(readProblems(findingsOf(analyze(fixed, format))), []);
  }
});

test('xml: a file that writes its cells on one line gets its inserted cells on one line, indented like their siblings', () => {
  const text = buildXml({ rows: [transaction({ date: '2024-03-08' })] });
  const doc = analyze(text, 'xml');
  const [fix] = fixFor(doc, 'date/deadline');
  assert.equal(fix?.edits[0]?.newText, '\n      <transactionTimeliness><value>L</value></transactionTimeliness>');
  assert.equal(countOf(findingsOf(analyze(applyEdits(text, fix!.edits), 'xml')), 'date/deadline'), 0);
});

for (const format of formats) {
  test(`${format}: one fix marks every late row L, the late filing's and a late row marked early alike`, () => {
    const build = format === 'xml' ? buildXml : buildYaml;
    // Row 1 is late; row 2, a sale marked early (E), is late too (date/not-deferrable); row 3 is in time.
    const text = build({
      rows: [
        transaction({ date: '2024-03-08' }),
        transaction({ date: '2024-03-08', timeliness: 'E' }),
        transaction({ date: '2024-03-12' }),
      ],
    });
    const doc = analyze(text, format);
    const findings = findingsOf(doc);
    const deadline = findings.find((f) => f.rule === 'date/deadline');
    assert.ok(deadline);
    const titles = codeActions(doc, findings, deadline.span).map((a) => a.title);
    assert.deepEqual(titles, ['Mark Table I row 1 late (transactionTimeliness L)', 'Mark all 2 late rows L (Table I rows 1 and 2)']);
    const all = codeActions(doc, findings, deadline.span)[1]!;
    const after = findingsOf(analyze(applyEdits(text, all.edits), format));
    assert.equal(countOf(after, 'date/deadline'), 0);
    assert.equal(countOf(after, 'date/not-deferrable'), 0);
    assert.deepEqual(readProblems(after), []);
  });
}

test('holdings/repeated-amount: two fixes, the final holding rolled back (preferred) or the first row rolled forward', () => {
  for (const format of formats) {
    // The fixture's Table I rows (exercise 1,000, sell 1,500, sell 500) with 9,500 on each, and row 2's code right.
    const source = format === 'xml' ? form4Xml : form4Yaml;
    const owned = (amount: string) => (format === 'xml' ? `<value>${amount}</value>` : `sharesOwnedFollowingTransaction: ${amount}`);
    const text = source
      .replace(owned('11000'), owned('9500'))
      .replace(owned(format === 'xml' ? '8500' : '"8500"'), owned('9500'))
      .replace(
        format === 'xml' ? /(<value>1500<\/value>[\s\S]*?<transactionAcquiredDisposedCode>\s*<value>)A/ : /'A'/,
        format === 'xml' ? '$1D' : "'D'",
      );
    const doc = analyze(text, format);
    const findings = findingsOf(doc);
    const repeated = findings.filter((f) => f.rule === 'holdings/repeated-amount');
    assert.equal(repeated.length, 1, `${format}: ${findings.map((f) => f.rule).join(', ')}`);
    const actions = codeActions(doc, findings, repeated[0]!.span);
    assert.deepEqual(
      actions.map((a) => [a.title, a.isPreferred ?? false, a.edits.map((e) => e.newText.replace(/"/g, ''))]),
      [
        ['Roll the amounts owned back from 9,500 after Table I row 3 (the final holding)', true, ['11500', '10000']],
        ['Roll the amounts owned forward from 9,500 after Table I row 1', false, ['8000', '7500']],
      ],
    );
    for (const action of actions) {
      const after = findingsOf(analyze(applyEdits(doc.text, action.edits), format));
      assert.deepEqual(readProblems(after), []);
      assert.deepEqual(
        after.filter((f) => f.rule.startsWith('holdings/')).map((f) => f.message),
        [],
        `${format}: ${action.title} leaves the tally right`,
      );
    }
  }
});

test('holdings/direction: sets the other code when it makes the row add up, offered on the code as well as the amount', () => {
  for (const format of formats) {
    // The fixture's sale coded A, recoded J (either direction): holdings/direction, not code/direction, names the cause.
    const source = format === 'xml' ? form4Xml : form4Yaml;
    const text =
      format === 'xml'
        ? source.replace(/(<transactionCode>)S(<\/transactionCode>[\s\S]*?<value>1500<\/value>)/, '$1J$2')
        : source.replace(
            'transactionCode: S, equitySwapInvolved: 0}\n      transactionAmounts:\n        transactionShares: 1500',
            'transactionCode: J, equitySwapInvolved: 0}\n      transactionAmounts:\n        transactionShares: 1500',
          );
    assert.notEqual(text, source);
    const doc = analyze(text, format);
    const findings = findingsOf(doc);
    const direction = findings.filter((f) => f.rule === 'holdings/direction');
    assert.equal(direction.length, 1, findings.map((f) => `${f.rule}: ${f.message}`).join('\n'));
    assert.equal(countOf(findings, 'holdings/running-balance'), 1, 'only the other broken row');
    const code = direction[0]!.related?.find((r) => r.marked);
    assert.ok(code, 'the code is marked');
    for (const at of [direction[0]!.span, code.span]) {
      const actions = codeActions(doc, findings, at).filter((a) => a.findingRule === 'holdings/direction');
      assert.equal(actions[0]?.title, 'Set acquired/disposed to D (the amounts owned agree)');
      const edit = onlyEdit(actions);
      assert.equal(doc.text.slice(edit.span.start, edit.span.end), format === 'xml' ? 'A' : "'A'");
      const after = findingsOf(analyze(applyEdits(doc.text, [edit]), format));
      assert.equal(countOf(after, 'holdings/direction'), 0);
      assert.deepEqual(readProblems(after), []);
    }
  }
});

test('only findings overlapping the requested range get fixes', () => {
  const doc = analyzed('xml');
  const findings = findingsOf(doc);
  const period = findings.find((f) => f.rule === 'document/period-of-report')!;
  const actions = codeActions(doc, findings, { start: period.span.start + 2, end: period.span.start + 2 });
  assert.deepEqual(
    actions.map((a) => a.findingRule),
    ['document/period-of-report'],
  );
  assert.deepEqual(codeActions(doc, findings, { start: 0, end: 0 }), []);
});

/**
 * The fixture's option exercise (Table II row 1 gives up 1,000 options at $10, Table I row 1 receives them) with one
 * of its values changed: `xml` and `yaml` are the replacements of the same value in each format.
 */
function exerciseFix(
  rule: string,
  change: { readonly xml: [string, string]; readonly yaml: [string, string] },
  title: string,
  newText: string,
) {
  for (const format of formats) {
    const [from, to] = change[format];
    const source = format === 'xml' ? form4Xml : form4Yaml;
    assert.ok(source.includes(from), `${format} fixture holds ${from}`);
    const doc = analyze(source.replace(from, to), format);
    const actions = fixFor(doc, rule);
    assert.equal(actions[0].title, title);
    const edit = onlyEdit(actions);
    assert.equal(edit.newText, newText);
    const after = findingsOf(analyze(applyEdits(doc.text, [edit]), format));
    assert.equal(countOf(after, rule), 0, `${format}: ${rule} is gone`);
    assert.deepEqual(readProblems(after), []);
  }
}

test('derivative/exercise-price: sets the Table I price to the exercise price', () => {
  exerciseFix(
    'derivative/exercise-price',
    {
      xml: [
        '<transactionPricePerShare>\n                    <value>10</value>',
        '<transactionPricePerShare>\n                    <value>12</value>',
      ],
      yaml: ['transactionPricePerShare: 10', 'transactionPricePerShare: 12'],
    },
    'Set the price to $10.00 (the exercise or conversion price)',
    '10',
  );
});

test('derivative/underlying-shares: sets column 7 to the number of options Table I receives', () => {
  exerciseFix(
    'derivative/underlying-shares',
    {
      xml: [
        '<underlyingSecurityShares>\n                    <value>1000</value>',
        '<underlyingSecurityShares>\n                    <value>0</value>',
      ],
      yaml: ['underlyingSecurityShares: 1000', 'underlyingSecurityShares: 0'],
    },
    'Set the number of shares to 1,000 (as Table I receives)',
    '1000',
  );
});

test('derivative/underlying-title: sets the underlying title to the title Table I receives', () => {
  exerciseFix(
    'derivative/underlying-title',
    {
      xml: [
        '<underlyingSecurityTitle>\n                    <value>Common Stock</value>',
        '<underlyingSecurityTitle>\n                    <value>Series A Preferred Stock</value>',
      ],
      yaml: ['underlyingSecurityTitle: Common Stock', 'underlyingSecurityTitle: Series A Preferred Stock'],
    },
    'Set the underlying security title to "Common Stock" (the security Table I receives)',
    'Common Stock',
  );
});

test('price/outside-weighted-average-range: sets the price to the total divided by the shares, and the finding goes', () => {
  const spec = {
    rows: [transaction({ shares: '400', price: { value: '1039330', footnotes: ['F1'] } })],
    footnotes: {
      F1: 'Weighted average price. The shares were sold at prices ranging from $2,598.02 to $2,599.02, inclusive. The reporting person undertakes to provide full information regarding the number of shares sold at each separate price upon request.',
    },
  };
  for (const format of formats) {
    const doc = analyze(format === 'xml' ? buildXml(spec) : buildYaml(spec), format);
    const actions = fixFor(doc, 'price/outside-weighted-average-range');
    assert.equal(actions[0].title, 'Set the price to $2,598.325 (the price column divided by the number of shares)');
    const edit = onlyEdit(actions);
    assert.equal(doc.text.slice(edit.span.start, edit.span.end), '1039330');
    assert.equal(edit.newText, '2598.325');
    const after = findingsOf(analyze(applyEdits(doc.text, [edit]), format));
    assert.equal(countOf(after, 'price/outside-weighted-average-range'), 0);
    assert.deepEqual(readProblems(after), []);
  }
});

test('price/outside-weighted-average-range: no fix when the quotient is not in the range either', () => {
  const spec = {
    rows: [transaction({ shares: '400', price: { value: '25.00', footnotes: ['F1'] } })],
    footnotes: {
      F1: 'Weighted average price; prices ranged from $26.00 to $26.50. The reporting person undertakes to provide the details upon request.',
    },
  };
  for (const format of formats) {
    const doc = analyze(format === 'xml' ? buildXml(spec) : buildYaml(spec), format);
    assert.deepEqual(fixFor(doc, 'price/outside-weighted-average-range'), []);
  }
});

/** The fixture with `block` (a whole element, as written) cut out and put back right before `anchor`. */
function movedBefore(text: string, block: string, anchor: string): string {
  assert.ok(text.includes(block) && text.includes(anchor));
  const without = text.replace(block, '');
  return without.replace(anchor, block + anchor);
}

const issuerBlock = `    <issuer>
        <issuerCik>0000320193</issuerCik>
        <issuerName>Example Corp</issuerName>
        <issuerTradingSymbol>EXMP</issuerTradingSymbol>
    </issuer>
`;

test('schema/element-order: moves the element, its lines and indentation as written, where the schema puts it', () => {
  const doc = analyze(movedBefore(form4Xml, issuerBlock, '    <documentType>'), 'xml');
  const actions = fixFor(doc, 'schema/element-order');
  assert.equal(actions.length, 1);
  assert.equal(actions[0].title, 'Move issuer after periodOfReport');
  assert.equal(actions[0].isPreferred, true);
  // Its lines go, with no blank line left behind, and come back whole after the sibling named.
  assert.equal(applyEdits(doc.text, actions[0].edits), form4Xml);
});

test('schema/element-order: an element moved into a differently indented place is re-indented by the difference only', () => {
  // The issuer written at four spaces more than its siblings: moved, it takes the sibling's indentation.
  const deeper = issuerBlock.replace(/^(?=.)/gm, '    ');
  const doc = analyze(form4Xml.replace(issuerBlock, '').replace('    <documentType>', `${deeper}    <documentType>`), 'xml');
  const [action] = fixFor(doc, 'schema/element-order');
  assert.equal(applyEdits(doc.text, action.edits), form4Xml);
});

test('schema/element-order: an element in a parent written on one line moves within that line', () => {
  const text = form4Xml.replace(
    /<reportingOwnerRelationship>[\s\S]*?<\/reportingOwnerRelationship>/,
    '<reportingOwnerRelationship><officerTitle>CFO</officerTitle><isOfficer>1</isOfficer></reportingOwnerRelationship>',
  );
  const doc = analyze(text, 'xml');
  const [action] = fixFor(doc, 'schema/element-order');
  const fixed = applyEdits(doc.text, action.edits);
  assert.match(
    fixed,
    /<reportingOwnerRelationship><isOfficer>1<\/isOfficer><officerTitle>CFO<\/officerTitle><\/reportingOwnerRelationship>/,
  );
  assert.equal(countOf(findingsOf(analyze(fixed, 'xml')), 'schema/element-order'), 0);
});

test('schema/element-order: with several out of order, each fix removes its finding and fix-all restores the schema order', () => {
  // issuer first, periodOfReport last, the reporting owner's id after its relationship: three findings.
  let text = movedBefore(form4Xml, issuerBlock, '    <schemaVersion>');
  text = movedBefore(text, '    <periodOfReport>2024-03-12</periodOfReport>\n', '</ownershipDocument>');
  const ownerId = /( {8}<reportingOwnerId>[\s\S]*?<\/reportingOwnerId>\n)/.exec(text)![1];
  text = text.replace(ownerId, '').replace('    </reportingOwner>', `${ownerId}    </reportingOwner>`);
  const doc = analyze(text, 'xml');
  const before = findingsOf(doc);
  const orderFindings = before.filter((f) => f.rule === 'schema/element-order');
  assert.ok(orderFindings.length >= 2, orderFindings.map((f) => f.message).join('; '));
  // One at a time, each move removes its finding and adds no other read problem.
  let current = doc;
  for (let step = 0; step < 10; step++) {
    const findings = findingsOf(current);
    const order = findings.filter((f) => f.rule === 'schema/element-order');
    if (order.length === 0) break;
    const [action] = codeActions(current, findings, order[0].span).filter((a) => a.findingRule === 'schema/element-order');
    assert.ok(action, `no fix for ${order[0].message}`);
    const next = analyze(applyEdits(current.text, action.edits), 'xml');
    assert.equal(countOf(findingsOf(next), 'schema/element-order'), order.length - 1, `${action.title} did not remove its finding`);
    current = next;
  }
  assert.equal(current.text, form4Xml);
  // Fix All gets there too, in one edit, and stops.
  const all = fixAll(doc, { today: checkDay });
  assert.ok(all.edit);
  const fixed = applyEdits(doc.text, [all.edit]);
  assert.equal(countOf(findingsOf(analyze(fixed, 'xml')), 'schema/element-order'), 0);
  assert.deepEqual(readProblems(findingsOf(analyze(fixed, 'xml'))), []);
  assert.ok(all.fixed >= orderFindings.length);
});

test('schema/element-order: the comment right before the element moves with it, and none is parted from its element', () => {
  const commented = form4Xml
    .replace('    <issuer>', '    <!-- the issuer -->\n    <issuer>')
    .replace('    <periodOfReport>', '    <!-- Box 3 -->\n    <periodOfReport>');
  const issuer = `    <!-- the issuer -->\n${issuerBlock}`;
  const doc = analyze(movedBefore(commented, issuer, '    <!-- Box 3 -->'), 'xml');
  const [action] = fixFor(doc, 'schema/element-order');
  assert.equal(applyEdits(doc.text, action.edits), commented);
  // Moved before a sibling, it goes before that sibling's comment too.
  const periodFirst = analyze(
    movedBefore(commented, '    <!-- Box 3 -->\n    <periodOfReport>2024-03-12</periodOfReport>\n', '    <documentType>'),
    'xml',
  );
  const [before] = fixFor(periodFirst, 'schema/element-order');
  assert.equal(applyEdits(periodFirst.text, before.edits), commented, before.title);
});
