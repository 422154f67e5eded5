/**
 * The fast path of the YAML draft reader (server/src/engine/read/yamlFast) against the general reader: on every input
 * it either steps aside or gives exactly the general reader's result (the whole tree, spans included, and no
 * findings). It must also take the drafts people actually have, or it would be useless: the examples, every real
 * filing converted to a draft, and drafts written by hand with comments, block scalars and flow collections.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { readYaml } from '../../../server/src/engine/read/yaml';
import { withYamlComments } from '../../../server/src/engine/read/yamlComments';
import { readYamlFast } from '../../../server/src/engine/read/yamlFast';
import { marked } from '../../helpers/markers';
import {
  applyMutations,
  corpusDrafts,
  exampleDrafts,
  featureDrafts,
  generalRead,
  mutationArbitrary,
  regressionDrafts,
  unitTestStrings,
  type NamedText,
} from './yamlFastInputs';

const examples = exampleDrafts();
const corpus = corpusDrafts();

/** The fast path agrees with the general reader on `text`, or declines it; returns whether it took it. */
function agrees(input: NamedText, maxDepth = 200): boolean {
  const fast = readYamlFast(input.text, maxDepth);
  assert.equal(fast.internalError, undefined, `${input.name}: the fast reader failed: ${fast.internalError}`);
  if (!fast.root) return false;
  assert.deepStrictEqual(
    { root: fast.root && withYamlComments(fast.root, input.text, fast.commentStarts), findings: [] },
    generalRead(input.text, maxDepth),
    `${input.name}: the fast path differs`,
  );
  return true;
}

test('the fast path takes every example draft and reads it as the general reader does', () => {
  assert.ok(examples.length >= 2);
  for (const input of examples) assert.ok(agrees(input), `${input.name} was not taken: ${readYamlFast(input.text, 200).notFast}`);
});

test('the fast path takes every real filing converted to a draft, with the same tree', () => {
  assert.ok(corpus.length >= 40);
  for (const input of corpus) assert.ok(agrees(input), `${input.name} was not taken: ${readYamlFast(input.text, 200).notFast}`);
});

test('the fast path takes hand-written drafts using each feature of its subset, with the same tree', () => {
  for (const input of featureDrafts) assert.ok(agrees(input), `${input.name} was not taken: ${readYamlFast(input.text, 200).notFast}`);
});

test('on the YAML strings of the unit tests and the fuzz regressions, the fast path agrees or steps aside', () => {
  const inputs = [...unitTestStrings(), ...regressionDrafts()];
  assert.ok(inputs.length > 50, 'the unit tests hold YAML strings');
  let taken = 0;
  for (const input of inputs) if (agrees(input)) taken++;
  assert.ok(taken > inputs.length / 3, `only ${taken} of ${inputs.length} taken`);
});

test('mutated drafts: the fast path agrees with the general reader or steps aside', () => {
  const bases = [...examples, ...featureDrafts, ...corpus.filter((_, i) => i % 7 === 0)];
  let taken = 0;
  let runs = 0;
  fc.assert(
    fc.property(
      fc.nat(bases.length - 1),
      fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 }),
      fc.constantFrom(200, 200, 200, 2, 4, 7),
      (base, mutations, maxDepth) => {
        runs++;
        if (
          agrees(
            {
              name: `${bases[base]!.name} ${JSON.stringify(mutations)} maxDepth ${maxDepth}`,
              text: applyMutations(bases[base]!.text, mutations),
            },
            maxDepth,
          )
        )
          taken++;
      },
    ),
    { numRuns: 3000 },
  );
  // Many mutations leave valid drafts (a comment moved, a line duplicated under another key): those must be taken.
  assert.ok(taken > runs / 5, `only ${taken} of ${runs} mutated drafts taken`);
});

test('readYaml gives the general reader result whether or not the fast path takes the text', () => {
  const taken = examples[0]!.text;
  const declined = `${taken}\nanchor: &a 1\n`;
  assert.ok(readYamlFast(taken, 200).root);
  assert.equal(readYamlFast(declined, 200).root, undefined);
  for (const text of [taken, declined]) assert.deepStrictEqual(readYaml(text), generalRead(text, 200));
});

test('what the fast path declines, with the reason and where', () => {
  // `@` marks where the fast path should say it stopped (a refusal of a draft too big for the general reader points
  // there); without one, only the reason is checked.
  const declined: Array<[string, string]> = [
    ['anchor: @&a 1\nalias: *a\n', 'an anchor'],
    ['alias: @*a\n', 'an alias'],
    ['tagged: @!!str 1\n', 'a tag'],
    ['flow: [@&a 1]\n', 'an anchor'],
    ['a: @`b`\n', 'starting with the YAML indicator'],
    ['a: 1\n@---\nb: 2\n', 'second document'],
    ['@%YAML 1.2\n---\na: 1\n', 'directive'],
    ['? complex\n: key\n', 'not a mapping'],
    ['a:\n\tb: 1\n', 'tab'],
    ['a: 1\n@a: 2\n', 'duplicate key'],
    ['a: [1,\n  2]\n', 'several lines'],
    ['- a\n- b\n', 'not a mapping'],
    ['', 'no mapping'],
    ['a: "unclosed', 'closing quote'],
    ['a: b: c\n', '`key: value`'],
    ['a:\n  - 1\n  # kept by the list\nb: 2\n', 'kept by a list'],
    ['a: 1\nb: x@\u0007\n', 'control character'],
  ];
  for (const [source, reason] of declined) {
    const marker = source.indexOf('@');
    const text = source.replace('@', '');
    const fast = readYamlFast(text, 200);
    assert.equal(fast.root, undefined, JSON.stringify(text));
    assert.ok(fast.notFast.includes(reason), `${JSON.stringify(text)}: ${fast.notFast}`);
    if (marker >= 0) assert.equal(fast.at, marker, `${JSON.stringify(text)}: where it stopped`);
    else assert.ok(fast.at === undefined || (fast.at >= 0 && fast.at <= text.length), JSON.stringify(text));
  }
});

test('the fast path steps aside before the nesting limits, so the general reader reports them', () => {
  const deep = `a:\n${Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n')} x\n`;
  assert.ok(readYamlFast(deep, 200).root, 'taken within the limit');
  assert.equal(readYamlFast(deep, 10).root, undefined);
  const result = readYaml(deep, { maxDepth: 10 });
  assert.deepEqual(
    result.findings.map((f) => f.rule),
    ['input/too-deep'],
  );
});

test('spans from the fast path: comments YAML attaches to a value end the element there', () => {
  // The value of `b` is the last in the mapping under `a`; the comment indented under it belongs to it in YAML.
  const { text, spans } = marked('«a:\n  b: 1\n     # about 1»\n# top\nc: 2\n');
  const root = readYaml(text).root!;
  assert.deepEqual(root.children[0]!.span, spans[0]);
  assert.deepEqual(readYaml(text), generalRead(text, 200));
});

test('a comment right after the byte-order mark is a comment to both readers (fresh-seed counterexample)', () => {
  const text = '\uFEFF# c\r\ndocumentType: 4\r\nissuer:\r\n  issuerName: a\r\n';
  assert.ok(agrees({ name: 'BOM then a comment', text }));
  const general = generalRead(text, 200).root;
  assert.deepEqual(
    general?.outside?.map((c) => c.text),
    [' c'],
  );
});
