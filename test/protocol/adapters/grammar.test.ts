/**
 * The grammar injections: valid JSON with the scope names package.json declares, and patterns that pick out
 * transaction codes and footnote ids in the lines real documents have. The patterns use only regular-expression
 * features that mean the same in Oniguruma (TextMate) and JavaScript, so they are exercised here with RegExp.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { transactionCodes } from '../../../server/src/engine/index';
import { root } from '../harness';

interface Pattern {
  match?: string;
  begin?: string;
  end?: string;
  patterns?: Pattern[];
  captures?: Record<string, { name: string }>;
  include?: string;
}
interface Grammar {
  scopeName: string;
  injectionSelector: string;
  patterns: Pattern[];
  repository: Record<string, Pattern>;
}

function grammar(file: string): Grammar {
  return JSON.parse(readFileSync(join(root, 'syntaxes', file), 'utf8')) as Grammar;
}

const xml = grammar('form4-xml.injection.tmLanguage.json');
const yaml = grammar('form4-yaml.injection.tmLanguage.json');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: { grammars: { scopeName: string; path: string; injectTo: string[] }[] };
};

/** The text of the capture group named `scope` in the first match of `pattern` in `line` (JS RegExp). */
function captured(pattern: Pattern, line: string, scopeSuffix: string): string[] {
  const source = pattern.match ?? pattern.begin!;
  const match = new RegExp(source).exec(line);
  if (!match) return [];
  return Object.entries(pattern.captures ?? {})
    .filter(([, c]) => c.name.split(' ').some((n) => n.endsWith(scopeSuffix)))
    .map(([group]) => match[Number(group)])
    .filter((text): text is string => text !== undefined);
}

describe('grammar injections', () => {
  it('are declared in package.json with their scope names and hosts', () => {
    const declared = Object.fromEntries(manifest.contributes.grammars.map((g) => [g.scopeName, g]));
    assert.deepEqual(declared[xml.scopeName]?.injectTo, ['text.xml']);
    assert.deepEqual(declared[yaml.scopeName]?.injectTo, ['source.yaml']);
    for (const g of manifest.contributes.grammars) assert.doesNotThrow(() => readFileSync(join(root, g.path)));
    for (const g of [xml, yaml]) for (const p of g.patterns) assert.ok(g.repository[p.include!.slice(1)], `${p.include} defined`);
  });

  it('highlight exactly the transaction codes EDGAR accepts', () => {
    for (const pattern of [xml.repository['transaction-code'], yaml.repository['transaction-code']]) {
      const classes = [...pattern.match!.matchAll(/\[([A-Z]+)\]/g)].map((m) => m[1]);
      assert.ok(classes.length > 0);
      for (const letters of classes) assert.deepEqual([...letters].sort(), [...transactionCodes].sort());
    }
  });

  it('find the code in XML, not other single letters', () => {
    const code = xml.repository['transaction-code'];
    assert.deepEqual(captured(code, '        <transactionCode>S</transactionCode>', 'transaction-code.form4'), ['S']);
    assert.deepEqual(captured(code, '<transactionCode> M </transactionCode>', 'transaction-code.form4'), ['M']);
    assert.deepEqual(captured(code, '<transactionCode>K</transactionCode>', 'transaction-code.form4'), []);
    assert.deepEqual(captured(code, '<transactionAcquiredDisposedCode><value>A</value>', 'transaction-code.form4'), []);
  });

  it('find footnote ids in XML references and definitions', () => {
    const tag = xml.repository['footnote-tag'];
    assert.ok(new RegExp(tag.begin!).test('<footnoteId id="F2"/>'));
    assert.ok(new RegExp(tag.begin!).test('<footnote id="F12">Text</footnote>'));
    assert.ok(!new RegExp(tag.begin!).test('<footnotes>'));
    const id = tag.patterns![0];
    assert.deepEqual(captured(id, ' id="F2"/>', 'footnote-id.form4'), ['F2']);
    assert.deepEqual(captured(id, " id='F99'>", 'footnote-id.form4'), ['F99']);
    assert.deepEqual(captured(id, ' id="F100"', 'footnote-id.form4'), []);
  });

  it('find codes and footnote ids in YAML drafts', () => {
    const code = yaml.repository['transaction-code'];
    assert.deepEqual(captured(code, '      transactionCode: S', 'transaction-code.form4'), ['S']);
    assert.deepEqual(captured(code, '    - transactionCode: "P"  # purchase', 'transaction-code.form4'), ['P']);
    assert.deepEqual(captured(code, '{transactionFormType: 4, transactionCode: M, equitySwapInvolved: 0}', 'transaction-code.form4'), [
      'M',
    ]);
    assert.deepEqual(captured(code, '      transactionCode: Sale', 'transaction-code.form4'), []);
    const list = yaml.repository['footnote-reference-list'];
    assert.ok(new RegExp(list.begin!).test('        footnotes: [F1, F2]'));
    assert.ok(new RegExp(list.begin!).test('transactionPricePerShare: {value: 48.1234, footnotes: [F4]}'));
    const ids = new RegExp(list.patterns![0].match!, 'g');
    assert.deepEqual('[F1, F2, "F3", F100]'.match(ids), ['F1', 'F2', 'F3']);
    assert.deepEqual(captured(yaml.repository['footnote-reference-item'], '      - F4', 'footnote-id.form4'), ['F4']);
    assert.deepEqual(captured(yaml.repository['footnote-definition-key'], '  F5: Held by the family trust.', 'footnote-id.form4'), ['F5']);
    assert.deepEqual(captured(yaml.repository['footnote-definition-key'], '  Fx: no', 'footnote-id.form4'), []);
  });
});
