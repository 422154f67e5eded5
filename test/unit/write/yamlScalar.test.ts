import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parse } from 'yaml';
import { readYaml } from '../../../server/src/engine/read/yaml';
import { parseYamlText } from '../../../server/src/engine/read/yamlDocument';
import { draftTree } from '../../../server/src/engine/read/yamlDraft';
import { readYamlFast } from '../../../server/src/engine/read/yamlFast';
import { firstChild, type ElementNode } from '../../../server/src/engine/tree/node';
import { inlineScalar, writeScalar, type ScalarStyle } from '../../../server/src/engine/write/yamlScalar';

const awkward = [
  ...['yes', 'no', 'on', 'off', 'null', 'Null', '~', 'true', 'false', '0123', '0x1F', '1e5', '.inf', '-.5', '1_000', '2024-01-02'],
  ...[
    '- x',
    '-',
    '--',
    '---',
    '...',
    ': x',
    'a: b',
    'a:',
    '? x',
    '#x',
    'x #y',
    'x#y',
    '[x]',
    '{x}',
    'a, b',
    '*x',
    '&x',
    '!x',
    '%x',
    '@x',
    '`x',
    '|',
    '>',
  ],
  ...["'x'", '"x"', "it's", 'back\\slash', ' leading', 'trailing ', '  ', '', 'tab\there', '\ttab'],
  ...['line one\nline two', 'ends\n', 'two\n\n', '\nstarts', '  indented\nnext', 'blank last\n  ', 'cr\r\nlf', '\r'],
  ...['nel\u0085x', 'ls\u2028ps\u2029', 'bom\uFEFF', 'control\u0001\u007f', 'Ünïcödé ✓ 😀 日本', 'é'],
];

/** The draft `remarks` (a block value) or `issuer: {issuerName: ...}` (a flow value) around a written scalar. */
function drafts(value: string, style?: ScalarStyle): { block: string; flow: string; key: string } {
  const block = writeScalar(value, 'block', 2);
  return {
    block: [`remarks: ${block.head}`, ...block.lines, ''].join('\n'),
    flow: `issuer: {issuerName: ${inlineScalar(value, 'flow', style)}}\n`,
    key: `footnotes:\n  ${inlineScalar(value, 'key', style)}: text\n`,
  };
}

/** What our reader's two paths (the fast one and the general one) read at a path of names. */
function readAt(text: string, path: readonly string[]): { fast: ElementNode | undefined; general: ElementNode | undefined } {
  const find = (root: ElementNode | undefined) => path.reduce<ElementNode | undefined>((node, name) => firstChild(node, name), root);
  const parsed = parseYamlText(text, 100);
  assert.deepEqual(parsed.findings, [], text);
  const general = draftTree(text, parsed.document!, 100, parsed.blockDashes);
  assert.deepEqual(general.findings, [], text);
  assert.deepEqual(readYaml(text).findings, [], text);
  return { fast: find(readYamlFast(text, 100).root), general: find(general.root) };
}

function assertReadsBack(value: string, style?: ScalarStyle): void {
  const { block, flow, key } = drafts(value, style);
  const label = `${JSON.stringify(value)} ${style ?? ''}`;
  // The yaml package reads drafts as our reader does, with the failsafe schema (nothing is typed).
  assert.equal(parse(block, { schema: 'failsafe' }).remarks, value, `${label}\n${block}`);
  assert.equal(parse(flow, { schema: 'failsafe' }).issuer.issuerName, value, `${label}\n${flow}`);
  const blockRead = readAt(block, ['remarks']);
  const flowRead = readAt(flow, ['issuer', 'issuerName']);
  for (const [path, node] of Object.entries({ ...prefix('block', blockRead), ...prefix('flow', flowRead) })) {
    // A fast read that gives up leaves the draft to the general path, which must then hold the value.
    if (node || path.endsWith('general')) assert.equal(node?.text?.value ?? '', value, `${label} (${path})`);
  }
  if (value.includes('\n') || value.includes('\r')) return; // a key is a footnote id: one line, so only one-line values
  assert.deepEqual(Object.keys(parse(key, { schema: 'failsafe' }).footnotes), [value], `${label}\n${key}`);
  // Under `footnotes`, keys spelled `@name`, `#text` or `<name>` mean attributes and elements, not footnote ids.
  if (/^[@<]|^#text$/.test(value)) return;
  const id = readAt(key, ['footnotes', 'footnote']).general?.attributes.find((a) => a.name === 'id')?.value.value;
  assert.equal(id, value, `${label} (key)\n${key}`);
}

function prefix<T>(name: string, record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [`${name} ${k}`, v]));
}

test('every awkward value reads back as the same string, with the yaml package and with our reader', () => {
  for (const value of awkward) assertReadsBack(value);
});

test("an edit's preferred quoting is kept where it can hold the value, else the next that can", () => {
  for (const value of awkward) for (const style of ['plain', 'single', 'double'] as const) assertReadsBack(value, style);
  assert.equal(inlineScalar("it's", 'flow', 'single'), "'it''s'");
  assert.equal(inlineScalar('', 'flow', 'single'), "''");
  assert.equal(inlineScalar('', 'flow'), '""');
  assert.equal(inlineScalar('two\nlines', 'flow', 'single'), '"two\\nlines"');
  assert.equal(inlineScalar('X', 'flow', 'double'), '"X"');
});

test('plain where YAML leaves the text alone; block context allows more than flow context', () => {
  assert.equal(inlineScalar('Smith, John', 'block'), 'Smith, John');
  assert.equal(inlineScalar('Smith, John', 'flow'), "'Smith, John'");
  assert.equal(inlineScalar('10:30', 'block'), '10:30');
  assert.equal(inlineScalar('10:30', 'flow'), "'10:30'");
  for (const value of ['0001234567', 'null', 'yes', '~', '-x']) assert.equal(inlineScalar(value, 'flow'), value);
  assert.deepEqual(writeScalar('First.\nSecond.', 'block', 4), { head: '|-', lines: ['    First.', '    Second.'] });
});

test('any string of awkward characters reads back the same, in every context and style', () => {
  const unit = fc.constantFrom(
    ' ',
    '\n',
    '\t',
    ':',
    '#',
    '-',
    '"',
    "'",
    'a',
    '0',
    '\r',
    '[',
    ',',
    '{',
    '|',
    '>',
    '~',
    '?',
    'é',
    '😀',
    '\u0085',
    '\\',
  );
  const style = fc.constantFrom<ScalarStyle | undefined>(undefined, 'plain', 'single', 'double');
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 12 }), style, (value, s) => assertReadsBack(value, s)),
    { numRuns: 300 },
  );
});
