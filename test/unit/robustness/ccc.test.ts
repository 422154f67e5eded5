/**
 * The owner's CCC (rptOwnerCcc, the EDGAR access code) never reaches an exported YAML draft unless asked for: the
 * facade's convert leaves it out with an `owner/ccc-present` warning, and `form4 convert --include-ccc` keeps it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { parseCommandLine } from '../../../server/src/cli/args';
import type { CliIO } from '../../../server/src/cli/io';
import { runCli } from '../../../server/src/cli/main';
import { analyze, convert, type ElementNode } from '../../../server/src/engine/index';
import { marked } from '../../helpers/markers';
import { projectTree, type ProjectedElement } from '../../helpers/xmlTree';

const example = readFileSync(resolve(__dirname, '../../../examples/modern-exercise-and-sale.xml'), 'utf8');
const code = 'x9#k2m4q';

/** The example with a CCC after the owner's CIK; `«»` mark the element name the warning must point at. */
const withCcc = marked(example.replace('</rptOwnerCik>', `</rptOwnerCik>\n            <«rptOwnerCcc»>${code}</rptOwnerCcc>`));

/** The projected tree with every element of this name removed. */
function withoutElements(tree: ProjectedElement, name: string): ProjectedElement {
  return { ...tree, children: tree.children.filter((c) => c.name !== name).map((c) => withoutElements(c, name)) };
}

function treeOf(root: ElementNode | undefined): ProjectedElement {
  assert.ok(root, 'the text was read');
  return projectTree(root);
}

describe('convert to YAML leaves the CCC out unless asked', () => {
  it('keeps the comments after a code left out in their places', () => {
    const owner = '</rptOwnerCik>\n            <rptOwnerName>Smith Jordan A</rptOwnerName>';
    assert.ok(example.includes(owner));
    const text = example.replace(
      owner,
      `</rptOwnerCik><rptOwnerCcc>${code}</rptOwnerCcc><!-- after the code --><rptOwnerName>Smith Jordan A</rptOwnerName><!-- after the name -->`,
    );
    const result = convert(analyze(text, 'xml'), 'yaml');
    assert.match(
      result.text ?? '',
      /rptOwnerCik: 0001888888\n {6}# after the code\n {6}rptOwnerName: Smith Jordan A\n {6}# after the name\n/,
    );
  });

  it('drops rptOwnerCcc, warns on its name in the source, and loses nothing else', () => {
    const doc = analyze(withCcc.text, 'xml');
    const result = convert(doc, 'yaml');
    assert.ok(result.text !== undefined);
    assert.ok(!result.text.includes(code), 'the code is not in the draft');
    assert.ok(!result.text.includes('rptOwnerCcc'), 'nor is the element');
    const warnings = result.findings.filter((f) => f.rule === 'owner/ccc-present');
    assert.equal(warnings.length, 1);
    assert.equal(warnings[0].severity, 'warning');
    assert.deepEqual(warnings[0].span, withCcc.spans[0]);
    assert.match(warnings[0].message, /left out of the YAML draft/);
    assert.match(warnings[0].message, /--include-ccc/);
    assert.ok(!warnings[0].message.includes(code), 'the message never repeats the code');
    const back = analyze(result.text, 'yaml');
    assert.deepEqual(treeOf(back.root), withoutElements(treeOf(doc.root), 'rptOwnerCcc'));
  });

  it('keeps it, exactly, with includeCcc, and then says nothing about it', () => {
    const doc = analyze(withCcc.text, 'xml');
    const result = convert(doc, 'yaml', { includeCcc: true });
    assert.ok(result.text !== undefined);
    assert.match(result.text, new RegExp(`^      rptOwnerCcc: ${code}$`, 'm'));
    assert.ok(!result.findings.some((f) => f.rule === 'owner/ccc-present'));
    assert.deepEqual(treeOf(analyze(result.text, 'yaml').root), treeOf(doc.root));
  });

  it('drops it from a YAML draft re-exported as YAML too, and from a misplaced element', () => {
    const draft = convert(analyze(withCcc.text, 'xml'), 'yaml', { includeCcc: true }).text!;
    const misplaced = marked(`${draft}«rptOwnerCcc»: ${code}\n`);
    const doc = analyze(misplaced.text, 'yaml');
    const result = convert(doc, 'yaml');
    assert.ok(!result.text!.includes(code));
    const warnings = result.findings.filter((f) => f.rule === 'owner/ccc-present');
    assert.equal(warnings.length, 2);
    assert.deepEqual(warnings[1].span, misplaced.spans[0]);
  });

  it('keeps an empty rptOwnerCcc (no secret in it) without a warning, and the XML target keeps the code', () => {
    const empty = analyze(example.replace('</rptOwnerCik>', '</rptOwnerCik><rptOwnerCcc> </rptOwnerCcc>'), 'xml');
    const emptyResult = convert(empty, 'yaml');
    assert.match(emptyResult.text!, /rptOwnerCcc: ' '/);
    assert.ok(!emptyResult.findings.some((f) => f.rule === 'owner/ccc-present'));
    const xml = convert(analyze(withCcc.text, 'xml'), 'xml');
    assert.ok(xml.text!.includes(`<rptOwnerCcc>${code}</rptOwnerCcc>`));
    assert.ok(!xml.findings.some((f) => f.rule === 'owner/ccc-present'));
  });
});

describe('form4 convert --include-ccc', () => {
  function run(argv: string[]): { code: number; out: string; err: string } {
    let out = '';
    let err = '';
    const io: CliIO = { cwd: process.cwd(), out: (t) => (out += t), err: (t) => (err += t) };
    return { code: runCli(argv, io), out, err };
  }

  it('is parsed as a flag of convert, off by default', () => {
    const plain = parseCommandLine(['convert', '--to', 'yaml', 'a.xml']);
    const asked = parseCommandLine(['convert', '--to', 'yaml', '--include-ccc', 'a.xml']);
    assert.ok(plain.command === 'convert' && asked.command === 'convert');
    assert.equal(plain.includeCcc, false);
    assert.equal(asked.includeCcc, true);
  });

  it('leaves the code out of the written draft with a warning, and keeps it when asked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'form4-ccc-'));
    const source = join(dir, 'with-ccc.xml');
    writeFileSync(source, withCcc.text);
    const plain = run(['convert', '--to', 'yaml', source]);
    assert.equal(plain.code, 0);
    assert.ok(!plain.out.includes(code));
    assert.match(plain.err, /warning owner\/ccc-present: .*left out of the YAML draft/);
    const asked = run(['convert', '--to', 'yaml', '--include-ccc', source]);
    assert.equal(asked.code, 0);
    assert.ok(asked.out.includes(code));
    assert.doesNotMatch(asked.err, /owner\/ccc-present/);
  });
});
