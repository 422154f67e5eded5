import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { examples, run, scratch } from './harness';

const minimalBroken = `<?xml version="1.0"?>
<ownershipDocument>
  <documentType>4</documentType>
  <periodOfReport>2024-01-0X</periodOfReport>
</ownershipDocument>
`;

test('check --format json has exactly the documented shape, with 0-based positions', () => {
  const dir = scratch();
  writeFileSync(join(dir, 'broken.xml'), minimalBroken);
  const result = run(['check', '--format', 'json', '--today', '2026-11-27', 'broken.xml'], dir);
  assert.equal(result.code, 1);
  const parsed = JSON.parse(result.out);
  assert.equal(parsed.length, 1);
  assert.deepEqual(Object.keys(parsed[0]).sort(), ['diagnostics', 'file']);
  assert.equal(parsed[0].file, 'broken.xml');
  const invalid = parsed[0].diagnostics.find((d: { rule: string }) => d.rule === 'schema/invalid-value');
  assert.ok(invalid, 'the bad date is reported');
  assert.deepEqual(Object.keys(invalid).sort(), ['message', 'range', 'rule', 'severity']);
  assert.deepEqual(invalid.range, { start: { line: 3, character: 18 }, end: { line: 3, character: 28 } });
  assert.equal(invalid.severity, 'error');
});

test('check text output is compiler-style, 1-based, and exit 1 on errors', () => {
  const dir = scratch();
  writeFileSync(join(dir, 'broken.xml'), minimalBroken);
  const result = run(['check', '--today', '2026-11-27', 'broken.xml'], dir);
  assert.equal(result.code, 1);
  assert.match(result.out, /^broken\.xml:4:19: error schema\/invalid-value: /m);
  // The summary counts in words that agree with the numbers: "1 warning", not "1 warnings".
  // The errors: the bad date, and issuer, reportingOwner, aff10b5One and ownerSignature missing.
  assert.match(result.err, /^1 file checked: 5 errors, 1 warning, 0 notes$/m);
  const examplesRun = run(['check', '--today', '2026-11-27', examples]);
  // Five examples, XML and YAML each: on each twin, the seed's two mistakes (an error, a warning), its Rule 10b5-1
  // box, which its 2003 schema did not have (a note), and the late gift's warning; the other three are clean.
  assert.match(examplesRun.err, /^10 files checked: 2 errors, 4 warnings, 2 notes$/m);
});

test('check of the clean modern example exits 0 with no errors', () => {
  const result = run(['check', '--format', 'json', '--today', '2026-11-27', join(examples, 'modern-exercise-and-sale.xml')]);
  const errors = JSON.parse(result.out)[0].diagnostics.filter((d: { severity: string }) => d.severity === 'error');
  assert.deepEqual(errors, []);
  assert.equal(result.code, 0);
});

test('check of a folder finds ownership XML by its root and YAML drafts by name, and skips other files', () => {
  const dir = scratch();
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'a.xml'), readFileSync(join(examples, 'modern-exercise-and-sale.xml')));
  writeFileSync(join(dir, 'pom.xml'), '<project><modelVersion>4.0.0</modelVersion></project>');
  writeFileSync(join(dir, 'notes.yaml'), 'a: 1\n');
  writeFileSync(join(dir, 'b.form4.yaml'), 'documentType: "4"\n');
  const result = run(['check', '--format', 'json', '.'], dir);
  const files = JSON.parse(result.out)
    .map((r: { file: string }) => r.file)
    .sort();
  assert.deepEqual(files, ['b.form4.yaml', join('sub', 'a.xml')]);
});

test('an unreadable path exits 2 with a clear message, and the other files are still checked', () => {
  const dir = scratch();
  writeFileSync(join(dir, 'ok.xml'), readFileSync(join(examples, 'modern-exercise-and-sale.xml')));
  const result = run(['check', '--format', 'json', '--today', '2026-11-27', 'missing.xml', 'ok.xml'], dir);
  assert.equal(result.code, 2);
  assert.match(result.err, /cannot read missing\.xml: ENOENT/);
  assert.equal(JSON.parse(result.out)[0].file, 'ok.xml');
});

test('--rule and .form4rc.json change severities; --rule wins', () => {
  const dir = scratch();
  writeFileSync(join(dir, 'broken.xml'), minimalBroken);
  writeFileSync(
    join(dir, '.form4rc.json'),
    JSON.stringify({ rules: { 'schema/invalid-value': 'off', 'schema/missing-element': 'warning' } }),
  );
  const viaConfig = JSON.parse(run(['check', '--format', 'json', 'broken.xml'], dir).out)[0].diagnostics;
  assert.ok(!viaConfig.some((d: { rule: string }) => d.rule === 'schema/invalid-value'));
  assert.ok(
    viaConfig
      .filter((d: { rule: string }) => d.rule === 'schema/missing-element')
      .every((d: { severity: string }) => d.severity === 'warning'),
  );
  const viaFlag = JSON.parse(run(['check', '--format', 'json', '--rule', 'schema/invalid-value=hint', 'broken.xml'], dir).out)[0]
    .diagnostics;
  assert.equal(viaFlag.find((d: { rule: string }) => d.rule === 'schema/invalid-value').severity, 'hint');
});

test('a malformed .form4rc.json is a usage error naming the file', () => {
  const dir = scratch();
  writeFileSync(join(dir, 'broken.xml'), minimalBroken);
  writeFileSync(join(dir, '.form4rc.json'), '{ "rules": ');
  const result = run(['check', 'broken.xml'], dir);
  assert.equal(result.code, 2);
  assert.match(result.err, /\.form4rc\.json: not readable JSON/);
});

test('sarif output is SARIF 2.1.0 with rules and 1-based regions', () => {
  const dir = scratch();
  writeFileSync(join(dir, 'broken.xml'), minimalBroken);
  const sarif = JSON.parse(run(['check', '--format', 'sarif', 'broken.xml'], dir).out);
  assert.equal(sarif.version, '2.1.0');
  const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'schema/invalid-value');
  assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 4, startColumn: 19, endLine: 4, endColumn: 29 });
  assert.ok(sarif.runs[0].tool.driver.rules.some((r: { id: string }) => r.id === 'holdings/running-balance'));
});

test('convert XML -> YAML -> XML keeps every value of the examples', () => {
  const dir = scratch();
  for (const name of ['seed-8x8-hecker-2003.xml', 'modern-exercise-and-sale.xml']) {
    const yamlPath = join(dir, name.replace(/\.xml$/, '.form4.yaml'));
    assert.equal(run(['convert', '--to', 'yaml', '-o', yamlPath, join(examples, name)]).code, 0);
    const back = run(['convert', '--to', 'xml', yamlPath]);
    assert.equal(back.code, 0);
    const direct = run(['convert', '--to', 'xml', join(examples, name)]);
    assert.equal(back.out, direct.out, name);
  }
});

test('convert YAML -> XML -> YAML gives the example drafts back byte for byte, comments included', () => {
  const dir = scratch();
  for (const name of ['seed-8x8-hecker-2003.form4.yaml', 'modern-exercise-and-sale.form4.yaml']) {
    const draft = readFileSync(join(examples, name), 'utf8');
    assert.match(draft, /^# /, `${name} starts with a comment`);
    const xmlPath = join(dir, name.replace(/\.form4\.yaml$/, '.xml'));
    const toXml = run(['convert', '--to', 'xml', '-o', xmlPath, join(examples, name)]);
    assert.equal(toXml.code, 0);
    assert.match(readFileSync(xmlPath, 'utf8'), /^<\?xml version="1\.0"\?>\n<!-- /);
    const back = run(['convert', '--to', 'yaml', xmlPath]);
    assert.equal(back.code, 0);
    assert.equal(back.out, draft, name);
  }
});

test('convert refuses to overwrite without --force, and refuses unreadable input with exit 2', () => {
  const dir = scratch();
  const out = join(dir, 'out.form4.yaml');
  writeFileSync(out, 'keep me');
  const refused = run(['convert', '--to', 'yaml', '-o', out, join(examples, 'modern-exercise-and-sale.xml')]);
  assert.equal(refused.code, 2);
  assert.equal(readFileSync(out, 'utf8'), 'keep me');
  assert.equal(run(['convert', '--to', 'yaml', '--force', '-o', out, join(examples, 'modern-exercise-and-sale.xml')]).code, 0);
  assert.notEqual(readFileSync(out, 'utf8'), 'keep me');
  writeFileSync(join(dir, 'garbage.xml'), 'not xml at all');
  assert.equal(run(['convert', '--to', 'yaml', join(dir, 'garbage.xml')]).code, 2);
  assert.equal(run(['convert', '--to', 'yaml', join(dir, 'absent.xml')]).code, 2);
});

/** `form4 convert --to yaml` of the broken minimal document with `extra` at the end of its root, saved as `name`. */
function convertedWith(name: string, extra: string): ReturnType<typeof run> {
  const src = join(scratch(), name);
  writeFileSync(src, minimalBroken.replace('</ownershipDocument>', `${extra}\n</ownershipDocument>`));
  return run(['convert', '--to', 'yaml', src]);
}

test('convert carries invalid values and unknown elements over, reporting them as warnings', () => {
  const result = convertedWith('odd.xml', '<favouriteColour>blue</favouriteColour>');
  assert.equal(result.code, 0);
  assert.match(result.out, /favouriteColour/);
  assert.match(result.out, /2024-01-0X/);
  assert.match(result.err, /warning schema\/unexpected-element/);
});

test('convert keeps comments both ways and warns, on its line, of what the other format cannot hold', () => {
  const dir = scratch();
  const src = join(dir, 'commented.xml');
  writeFileSync(
    src,
    minimalBroken
      .replace('<?xml version="1.0"?>\n', '<?xml version="1.0"?>\n<?xml-stylesheet href="form.xsl"?>\n')
      .replace('  <periodOfReport>', '  <!-- the period -->\n  <periodOfReport>'),
  );
  const toYaml = run(['convert', '--to', 'yaml', src]);
  assert.equal(toYaml.code, 0);
  assert.match(toYaml.out, /^# the period\nperiodOfReport: 2024-01-0X$/m);
  assert.match(
    toYaml.err,
    /commented\.xml:2:1: warning convert\/not-carried: The processing instruction <\?xml-stylesheet href="form\.xsl"\?> /m,
  );
  const draft = join(dir, 'commented.form4.yaml');
  writeFileSync(draft, `${toYaml.out}# two -- hyphens\n`);
  const toXml = run(['convert', '--to', 'xml', draft]);
  assert.equal(toXml.code, 0);
  assert.match(toXml.out, /^ {4}<!-- the period -->\n {4}<periodOfReport>/m);
  assert.doesNotMatch(toXml.out, /hyphens/);
  assert.match(toXml.err, /commented\.form4\.yaml:\d+:1: warning convert\/not-carried: This comment holds '--'/m);
});

test('convert warns, on the text, that text after a child element moves before it', () => {
  const result = convertedWith('mixed.xml', '<remarks>before<b/>after</remarks>');
  assert.equal(result.code, 0);
  assert.match(result.out, /'#text': beforeafter/);
  assert.match(
    result.err,
    /mixed\.xml:5:10: warning convert\/not-carried: Text in <remarks> stands after its child element <b>; the YAML draft written puts all of <remarks>'s text before its children\./,
  );
  const leading = convertedWith('leading.xml', '<remarks>before<b/></remarks>');
  assert.doesNotMatch(leading.err, /not-carried/, 'text before the first child keeps its place');
});

test('convert never writes XML that is not well-formed: exit 1, the old file untouched', () => {
  const dir = scratch();
  const draft = join(dir, 'nul.form4.yaml');
  writeFileSync(draft, 'schemaVersion: X0508\ndocumentType: 4\nremarks: "a\\0b"\n');
  const out = join(dir, 'out.xml');
  writeFileSync(out, 'keep me');
  const result = run(['convert', '--to', 'xml', '--force', '-o', out, draft]);
  assert.equal(result.code, 1);
  assert.equal(readFileSync(out, 'utf8'), 'keep me');
  assert.match(
    result.err,
    /error convert\/not-well-formed: The XML converted from this document would not be well-formed \(line 5 of it: /,
  );
  assert.match(result.err, /nothing was written/);
  assert.equal(run(['convert', '--to', 'xml', draft]).out, '', 'nor on standard output');
});

test('render writes a standalone HTML page', () => {
  const dir = scratch();
  const out = join(dir, 'form.html');
  assert.equal(run(['render', '-o', out, join(examples, 'seed-8x8-hecker-2003.xml')]).code, 0);
  assert.ok(existsSync(out));
  const html = readFileSync(out, 'utf8');
  assert.match(html, /^<!DOCTYPE html>/i);
  assert.match(html, /HECKER GUY L JR/);
});

test('rules lists the catalogue, with the forms each rule applies to', () => {
  const result = run(['rules', '--format', 'json']);
  assert.equal(result.code, 0);
  const listed: { id: string; forms: string[] }[] = JSON.parse(result.out);
  const ids = listed.map((r) => r.id);
  assert.ok(ids.includes('holdings/running-balance') && ids.includes('xml/syntax'));
  assert.deepEqual(listed.find((r) => r.id === 'code/direction')?.forms, ['4', '4/A', '5', '5/A']);
  assert.match(run(['rules']).out, /^code\/direction +error +4,4\/A,5,5\/A +The acquired\/disposed code agrees/m);
  assert.deepEqual(listed.find((r) => r.id === 'document/no-securities-owned')?.forms, ['3', '3/A']);
});
