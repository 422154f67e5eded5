/**
 * Hostile input through the facade (analyze, then check, convert, render), as the language server and the CLI meet
 * it: entity bombs and external entities in a DOCTYPE are never expanded or fetched and are reported at once; YAML
 * alias bombs are refused; 100,000 levels of nesting, a 50 MB file and a file of one 10 MB line get a clear
 * `input/too-deep` / `input/too-large` finding or are handled, never a stack overflow. Limits are analyze's argument.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  analyze,
  check,
  convert,
  makeDate,
  maxDepthCeiling,
  render,
  type Finding,
  type SourceFormat,
} from '../../../server/src/engine/index';
import { marked } from '../../helpers/markers';
import { standalonePage } from '../../helpers/standalonePage';

const today = makeDate(2026, 11, 27);
const exampleXml = readFileSync(resolve(__dirname, '../../../examples/modern-exercise-and-sale.xml'), 'utf8');
const exampleYaml = readFileSync(resolve(__dirname, '../../../examples/modern-exercise-and-sale.form4.yaml'), 'utf8');
/**
 * A guard against hangs only, far above any healthy run on a loaded machine: speed is measured in the benchmarks
 * (npm run bench), not asserted here. The heap bounds and the unexpanded references are what prove no expansion.
 */
const hangGuardMs = 5000;

interface Checked {
  readonly findings: Finding[];
  readonly elapsedMs: number;
  readonly heapGrowthMb: number;
}

/**
 * analyze + check, timed in CPU time (other suites share the machine; the engine is synchronous, so on an idle
 * machine this is the clock), with the heap's growth; every finding's range must lie inside the text.
 */
function checked(text: string, format: SourceFormat, limits?: Parameters<typeof analyze>[2]): Checked {
  const heapBefore = process.memoryUsage().heapUsed;
  const started = process.cpuUsage();
  const findings = check(analyze(text, format, limits), { today });
  const used = process.cpuUsage(started);
  const elapsedMs = (used.user + used.system) / 1000;
  const heapGrowthMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  for (const f of findings)
    assert.ok(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= text.length, `${f.rule} range inside the text`);
  return { findings, elapsedMs, heapGrowthMb };
}

function only(findings: readonly Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/** Convert both ways and render: none of them may throw on what analyze accepted. */
function convertAndRender(text: string, format: SourceFormat, limits?: Parameters<typeof analyze>[2]): void {
  const doc = analyze(text, format, limits);
  for (const to of ['xml', 'yaml'] as const) convert(doc, to);
  render(doc, standalonePage());
}

function withRoot(inner: string): string {
  return `<?xml version="1.0"?>\n<ownershipDocument>${inner}</ownershipDocument>\n`;
}

// ---- DOCTYPEs -----------------------------------------------------------------------------------------------------

/** A local server that counts requests: a reader that fetched an external entity or DTD would show up here. */
let server: Server;
let requests = 0;
let base = '';

before(async () => {
  // Compile the engine's code paths once, so the timings below measure the input, not the first call's JIT.
  check(analyze(exampleXml, 'xml'), { today });
  check(analyze(exampleYaml, 'yaml'), { today });
  server = createServer((_, response) => {
    requests++;
    response.end('<!ENTITY leaked "FETCHED">');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise<void>((done) => server.close(() => done())));

/** Lets any request a reader might have started reach the server before counting. */
function settle(): Promise<void> {
  return new Promise((done) => setTimeout(done, 100));
}

const laughs = [
  '<!ENTITY lol "lol">',
  ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`),
].join('\n  ');

describe('a DOCTYPE is reported at once and never expanded or fetched', () => {
  it('exponential entity expansion (a billion laughs): one xml/doctype finding, the reference left undefined', () => {
    const source = marked(
      `<?xml version="1.0"?>\n«<!DOCTYPE» lolz [\n  ${laughs}\n]>\n<ownershipDocument><remarks>«&lol9;»</remarks></ownershipDocument>\n`,
    );
    const result = checked(source.text, 'xml');
    const [doctype] = only(result.findings, 'xml/doctype');
    assert.deepEqual(doctype?.span, source.spans[0]);
    assert.equal(doctype.severity, 'error');
    assert.match(doctype.message, /not allowed.*entities are not expanded/);
    const undefinedEntity = only(result.findings, 'xml/syntax').find((f) => /Undefined entity &lol9;/.test(f.message));
    assert.deepEqual(undefinedEntity?.span, source.spans[1]);
    assert.ok(result.elapsedMs < hangGuardMs, `took ${result.elapsedMs} ms: a hang`);
    assert.ok(result.heapGrowthMb < 16, `heap grew ${result.heapGrowthMb} MB`);
    const remarks = analyze(source.text, 'xml').model?.remarks;
    assert.equal(remarks?.raw, '&lol9;', 'the reference stays as written');
  });

  it('quadratic blowup (one 50 kB entity referenced 50,000 times): reported without expanding, memory bounded', () => {
    const text = `<!DOCTYPE r [<!ENTITY a "${'a'.repeat(50_000)}">]>\n${withRoot(`<remarks>${'&a;'.repeat(50_000)}</remarks>`)}`;
    const result = checked(text, 'xml');
    assert.equal(only(result.findings, 'xml/doctype').length, 1);
    assert.ok(result.elapsedMs < hangGuardMs, `took ${result.elapsedMs} ms: a hang`);
    assert.ok(result.heapGrowthMb < 32, `heap grew ${result.heapGrowthMb} MB (expanded, it would be 2.5 GB)`);
  });

  it('external SYSTEM entities, an external DTD and parameter entities: nothing is read or fetched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'form4-xxe-'));
    const secretFile = join(dir, 'secret.txt');
    writeFileSync(secretFile, 'TOP-SECRET-CCC-12345');
    const before = requests;
    const texts = [
      `<!DOCTYPE ownershipDocument [<!ENTITY xxe SYSTEM "file://${secretFile}">]>\n${withRoot('<remarks>&xxe;</remarks>')}`,
      `<!DOCTYPE ownershipDocument [<!ENTITY xxe SYSTEM "${base}/entity">]>\n${withRoot('<remarks>&xxe;</remarks>')}`,
      `<!DOCTYPE ownershipDocument SYSTEM "${base}/ownership.dtd">\n${withRoot('<remarks>&leaked;</remarks>')}`,
      `<!DOCTYPE ownershipDocument PUBLIC "-//X//DTD X//EN" "${base}/public.dtd">\n${withRoot('<remarks>x</remarks>')}`,
      `<!DOCTYPE ownershipDocument [<!ENTITY % remote SYSTEM "${base}/parameter.dtd"> %remote; <!ENTITY % inner "<!ENTITY made 'x'>"> %inner;]>\n${withRoot('<remarks>&made;&leaked;</remarks>')}`,
    ];
    for (const text of texts) {
      const result = checked(text, 'xml');
      const [doctype] = only(result.findings, 'xml/doctype');
      assert.deepEqual(doctype?.span, { start: 0, end: '<!DOCTYPE'.length }, text.slice(0, 60));
      assert.ok(result.elapsedMs < hangGuardMs, `took ${result.elapsedMs} ms: a hang`);
      const doc = analyze(text, 'xml');
      const everything = [
        convert(doc, 'yaml').text,
        convert(doc, 'xml').text,
        render(doc, standalonePage()),
        ...result.findings.map((f) => f.message),
      ].join('\n');
      assert.ok(!everything.includes('TOP-SECRET'), 'the file was not read');
      assert.ok(!everything.includes('FETCHED'), 'the URL was not fetched');
    }
    await settle();
    assert.equal(requests - before, 0, 'no request reached the server');
  });

  it('a DOCTYPE whose internal subset never ends is skipped to the end, still reported once', () => {
    const text = `<!DOCTYPE x [<!ENTITY a "${'&a;'.repeat(100_000)}`;
    const result = checked(text, 'xml');
    assert.equal(only(result.findings, 'xml/doctype').length, 1);
    assert.ok(result.elapsedMs < hangGuardMs, `took ${result.elapsedMs} ms: a hang`);
  });
});

// ---- YAML alias bombs ---------------------------------------------------------------------------------------------

describe('YAML aliases are refused, never expanded', () => {
  const levels = 'abcdefghi'.split('');
  const bomb = levels
    .map((name, i) =>
      i === 0
        ? `${name}: &${name} [lol, lol, lol, lol, lol, lol, lol, lol, lol]`
        : `${name}: &${name} [${`*${levels[i - 1]}, `.repeat(8)}*${levels[i - 1]}]`,
    )
    .join('\n');

  it('a billion-laughs alias bomb: each alias gets a yaml/syntax finding on it, at once, memory bounded', () => {
    const source = marked(`${exampleYaml}${bomb.replace('[*a,', '[«*a»,')}\nremarks: «*i»\n`);
    const result = checked(source.text, 'yaml');
    const aliases = only(result.findings, 'yaml/syntax').filter((f) => /Aliases .* are not supported/.test(f.message));
    assert.equal(aliases.length, 8 * 9 + 1);
    assert.deepEqual(aliases[0].span, source.spans[0]);
    assert.deepEqual(aliases[aliases.length - 1].span, source.spans[1]);
    assert.ok(result.elapsedMs < hangGuardMs, `took ${result.elapsedMs} ms: a hang`);
    assert.ok(result.heapGrowthMb < 16, `heap grew ${result.heapGrowthMb} MB`);
    const doc = analyze(source.text, 'yaml');
    assert.equal(doc.model?.remarks?.raw ?? '', '', 'the alias was left empty, not expanded');
    const xml = convert(doc, 'xml').text ?? '';
    assert.ok(xml.length < source.text.length * 4, 'nothing was expanded on conversion either');
  });

  it('an alias that refers to its own anchor, and aliases as keys and attribute values', () => {
    for (const text of [
      `${exampleYaml}remarks: &r [*r]\n`,
      `${exampleYaml}? *x\n: 1\n`,
      `${exampleYaml}remarks: {"@id": *nowhere}\n`,
      '&a [*a, *a]\n',
    ]) {
      const result = checked(text, 'yaml');
      assert.ok(only(result.findings, 'yaml/syntax').length > 0, text.slice(-30));
      assert.ok(result.elapsedMs < hangGuardMs, `took ${result.elapsedMs} ms: a hang`);
      convertAndRender(text, 'yaml');
    }
  });
});

// ---- deep nesting -------------------------------------------------------------------------------------------------

const levels = 100_000;

describe('100,000 levels of nesting: input/too-deep, never a stack overflow', () => {
  it('XML: reported on the first element past the limit, the rest still read', () => {
    const opening = '<ownershipDocument><remarks>';
    const text = `${opening}${'<a>'.repeat(levels)}${'</a>'.repeat(levels)}</remarks><documentType>4</documentType></ownershipDocument>`;
    const result = checked(text, 'xml');
    const [tooDeep] = only(result.findings, 'input/too-deep');
    // The root is level 1 and remarks level 2, so the 199th <a> is the 201st level: past the default of 200.
    const nameStart = opening.length + 198 * '<a>'.length + 1;
    assert.deepEqual(tooDeep?.span, { start: nameStart, end: nameStart + 1 });
    assert.match(tooDeep.message, /nested more than 200 levels deep here; <a> and everything in it were skipped/);
    assert.equal(analyze(text, 'xml').model?.documentType?.raw, '4', 'what follows the deep part is read');
    convertAndRender(text, 'xml');
  });

  it('XML never closed, and XML nested with a raised limit (capped where every later step is safe)', () => {
    const unclosed = checked(`<ownershipDocument>${'<a>'.repeat(levels)}`, 'xml');
    assert.equal(only(unclosed.findings, 'input/too-deep').length, 1);
    const text = `<ownershipDocument>${'<a>'.repeat(levels)}${'</a>'.repeat(levels)}</ownershipDocument>`;
    const raised = checked(text, 'xml', { maxDepth: 1_000_000 });
    const [tooDeep] = only(raised.findings, 'input/too-deep');
    assert.match(tooDeep.message, new RegExp(`more than ${maxDepthCeiling} levels`));
    convertAndRender(text, 'xml', { maxDepth: 1_000_000 });
  });

  it('YAML: flow lists and mappings, compact lists and mappings on one line, deep indentation', () => {
    const texts = [
      `${exampleYaml}remarks: ${'['.repeat(levels)}${']'.repeat(levels)}\n`,
      `${exampleYaml}remarks: ${'{a: '.repeat(levels)}x${'}'.repeat(levels)}\n`,
      `${exampleYaml}remarks:\n  ${'- '.repeat(levels)}x\n`,
      `${exampleYaml}remarks: ${': '.repeat(levels)}x\nfootnotes:\n`,
      `${exampleYaml}${'? '.repeat(levels)}x\n`,
      Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n'),
    ];
    for (const text of texts) {
      const result = checked(text, 'yaml', { maxDepth: 1_000_000 });
      const [tooDeep] = only(result.findings, 'input/too-deep');
      assert.ok(tooDeep, `too deep: ${JSON.stringify(text.slice(exampleYaml.length, exampleYaml.length + 20))}`);
      assert.match(tooDeep.message, /nested more than \d+ levels deep here; the draft was not read/);
      assert.ok(result.elapsedMs < 1000, `took ${result.elapsedMs} ms`);
      convertAndRender(text, 'yaml');
    }
  });

  it("the limit is analyze's argument: a real filing nested deeper than a low limit is reported, not read", () => {
    const source = marked(exampleXml.replace('<value>Common Stock</value>', '<«value»>Common Stock</value>'));
    const [tooDeep] = only(checked(source.text, 'xml', { maxDepth: 4 }).findings, 'input/too-deep');
    assert.deepEqual(tooDeep?.span, source.spans[0]);
    assert.equal(only(checked(exampleXml, 'xml').findings, 'input/too-deep').length, 0);
  });
});

// ---- size ---------------------------------------------------------------------------------------------------------

describe('huge files: input/too-large at once, or read', () => {
  const paragraph = `${'lorem ipsum '.repeat(8)}\n`;

  it('a 50 MB file is refused with one finding on its first line, in both formats', () => {
    const xml = exampleXml.replace('<ownerSignature>', `<remarks>${paragraph.repeat(520_000)}</remarks><ownerSignature>`);
    const yaml = `${exampleYaml}remarks: |\n${`  ${paragraph}`.repeat(520_000)}`;
    for (const [text, format] of [
      [xml, 'xml'],
      [yaml, 'yaml'],
    ] as const) {
      assert.ok(text.length > 50_000_000);
      const result = checked(text, format);
      assert.equal(result.findings.length, 1);
      const [tooLarge] = result.findings;
      assert.equal(tooLarge.rule, 'input/too-large');
      assert.deepEqual(tooLarge.span, { start: 0, end: text.indexOf('\n') });
      assert.match(tooLarge.message, /more than the limit of 20,000,000; it was not read/);
      assert.ok(result.elapsedMs < 1000, `took ${result.elapsedMs} ms`);
    }
  });

  it('a file of one 10 MB line is read and checked, its value reported on it', () => {
    const value = 'x'.repeat(10_000_000);
    const xml = exampleXml.replace(/\n\s*/g, '').replace('<ownerSignature>', `<remarks>${value}</remarks><ownerSignature>`);
    const yaml = `${exampleYaml.replace('ownerSignature:', `remarks: ${value}\nownerSignature:`)}`;
    for (const [text, format] of [
      [xml, 'xml'],
      [yaml, 'yaml'],
    ] as const) {
      const result = checked(text, format);
      const tooLong = only(result.findings, 'schema/invalid-value').find((f) => /remarks must be at most 2000 characters/.test(f.message));
      const valueStart = text.indexOf(value);
      assert.deepEqual(tooLong?.span, { start: valueStart, end: valueStart + value.length });
      assert.ok(result.elapsedMs < 3000, `took ${result.elapsedMs} ms`);
      convertAndRender(text, format);
    }
  });

  it('a big draft off the fast path is refused where the fast reader stopped, past the general reader’s budget', () => {
    // 120,000 footnote ids in one list: about 600,000 YAML tokens (over maxGeneralYamlLexemes, 400,000) in 0.84 MB.
    const many = `remarks:\n${'  - F1\n'.repeat(120_000)}`;
    const plain = `${exampleYaml}${many}`;
    const anchored = plain.replace(/^remarks:/m, 'remarks: &notes');
    const refused = checked(anchored, 'yaml');
    assert.deepEqual(
      refused.findings.map((f) => f.rule),
      ['input/too-large'],
    );
    const anchor = anchored.indexOf('&notes');
    assert.deepEqual(refused.findings[0]!.span, { start: anchor, end: anchor + '&notes'.length });
    assert.match(refused.findings[0]!.message, /^This draft has an anchor here, which only the general YAML reader takes/);
    assert.match(refused.findings[0]!.message, /at most 400,000 YAML tokens/);
    // The same draft in the plain style is read whole by the fast reader, and so is a small one with the anchor.
    assert.equal(only(checked(plain, 'yaml').findings, 'input/too-large').length, 0);
    const small = analyze(`${exampleYaml}remarks: &notes\n  - F1\n`, 'yaml');
    assert.ok(small.model, 'the general reader reads a small draft with an anchor');
    assert.equal(only(small.readFindings, 'input/too-large').length, 0);
  });

  it("the size limit is analyze's argument: lowered, a normal filing is refused; raised, 50 MB is read", () => {
    const small = checked(exampleXml, 'xml', { maxBytes: 1000 });
    assert.deepEqual(
      small.findings.map((f) => f.rule),
      ['input/too-large'],
    );
    const big = exampleXml.replace('<ownerSignature>', `<remarks>${paragraph.repeat(520_000)}</remarks><ownerSignature>`);
    const raised = checked(big, 'xml', { maxBytes: 60_000_000 });
    assert.equal(only(raised.findings, 'input/too-large').length, 0);
    assert.ok(only(raised.findings, 'schema/invalid-value').some((f) => /remarks must be at most 2000 characters/.test(f.message)));
  });
});
