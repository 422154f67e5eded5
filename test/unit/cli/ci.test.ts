/**
 * The command line in CI and hooks: --max-warnings, --quiet, --stdin-filename, --format github, per-command help,
 * "no files" as a failure, the folders the walk leaves out, colour, and the `$form4` problem matcher.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { escapeData, escapeProperty } from '../../../server/src/cli/output/github';
import { wantsColour } from '../../../server/src/cli/io';
import { examples, finished, repo, run, scratch, spawnCli, stdinOf } from './harness';

const modern = readFileSync(join(examples, 'modern-exercise-and-sale.xml'), 'utf8');
const modernYaml = readFileSync(join(examples, 'modern-exercise-and-sale.form4.yaml'), 'utf8');
/** The clean example signed three weeks after its trades: every row is late, a warning (date/deadline). */
const late = modern.replace('<signatureDate>2026-11-24</signatureDate>', '<signatureDate>2026-12-15</signatureDate>');
const today = ['--today', '2026-12-15'];

function lateFolder(): string {
  const dir = scratch();
  writeFileSync(join(dir, 'late.xml'), late);
  return dir;
}

test('--max-warnings 0 fails on a late row; a higher limit, or none, passes', () => {
  const dir = lateFolder();
  const plain = run(['check', ...today, 'late.xml'], dir);
  assert.equal(plain.code, 0, plain.err);
  assert.match(
    plain.out,
    /^late\.xml:\d+:\d+: warning date\/deadline: Table I rows 1 to 3 and Table II row 1 were reported late: due by 2026-11-25/m,
  );
  const warnings = plain.out.trim().split('\n').length;
  assert.ok(warnings >= 1);

  const strict = run(['check', ...today, '--max-warnings', '0', 'late.xml'], dir);
  assert.equal(strict.code, 1);
  assert.match(strict.err, new RegExp(`^form4: ${warnings} warnings?, more than --max-warnings 0 allows$`, 'm'));
  assert.equal(run(['check', ...today, '--max-warnings', String(warnings - 1), 'late.xml'], dir).code, 1);
  assert.equal(run(['check', ...today, '--max-warnings', String(warnings), 'late.xml'], dir).code, 0);
});

test('--quiet reports errors only, and --max-warnings still counts the warnings it hides', () => {
  const seed = join(examples, 'seed-8x8-hecker-2003.xml');
  const all = run(['check', seed]);
  assert.match(all.out, / warning date\/deadline: /);
  const quiet = run(['check', '--quiet', seed]);
  assert.equal(quiet.code, 1);
  const lines = quiet.out.trim().split('\n');
  assert.deepEqual(
    lines,
    all.out
      .trim()
      .split('\n')
      .filter((line) => / error /.test(line)),
  );
  assert.ok(lines.length > 0);
  const dir = lateFolder();
  const quietLate = run(['check', ...today, '--quiet', '--max-warnings', '0', 'late.xml'], dir);
  assert.equal(quietLate.out, '');
  assert.equal(quietLate.code, 1);
});

test('--format github writes one workflow command a finding, 1-based, with the rule as title', () => {
  const dir = lateFolder();
  writeFileSync(
    join(dir, 'broken.xml'),
    modern.replace('<periodOfReport>2026-11-23</periodOfReport>', '<periodOfReport>2026-11-2X</periodOfReport>'),
  );
  const result = run(['check', ...today, '--format', 'github', 'broken.xml', 'late.xml'], dir);
  assert.equal(result.code, 1);
  const lines = result.out.trim().split('\n');
  const brokenLine = modern.split('\n').findIndex((line) => line.includes('<periodOfReport>')) + 1;
  const col = modern.split('\n')[brokenLine - 1].indexOf('2026-11-23') + 1;
  assert.ok(
    lines.some((line) =>
      line.startsWith(
        `::error file=broken.xml,line=${brokenLine},col=${col},endLine=${brokenLine},endColumn=${col + 10},title=schema/invalid-value::`,
      ),
    ),
    result.out,
  );
  const deadline = lines.find((line) => line.includes('title=date/deadline'));
  assert.match(
    deadline ?? '',
    /^::warning file=late\.xml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=date\/deadline::Table I rows 1 to 3 and Table II row 1 were reported late: due by 2026-11-25/,
  );
  assert.ok(
    lines.every((line) =>
      /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^,:]+::[^\n]+$/.test(line),
    ),
  );
});

test('--format github escapes what GitHub requires, and reports an unreadable file as an error', () => {
  assert.equal(escapeData('100% done\r\nnext: a, b'), '100%25 done%0D%0Anext: a, b');
  assert.equal(escapeProperty('dir,x/a:b%.xml'), 'dir%2Cx/a%3Ab%25.xml');
  const dir = scratch();
  writeFileSync(join(dir, 'a,b%.xml'), late);
  const result = run(['check', ...today, '--format', 'github', 'a,b%.xml', 'missing.xml'], dir);
  assert.equal(result.code, 2);
  assert.match(result.out, /^::warning file=a%2Cb%25\.xml,line=/m);
  assert.match(result.out, /^::error title=form4::cannot read missing\.xml: ENOENT/m);
});

test('- reads standard input, named and typed by --stdin-filename', () => {
  const dir = lateFolder();
  const yaml = run(['check', '--format', 'json', '--stdin-filename', 'filings/draft.form4.yaml', '-'], dir, {
    readStdin: stdinOf(modernYaml),
  });
  assert.equal(yaml.code, 0, yaml.err);
  assert.equal(JSON.parse(yaml.out)[0].file, 'filings/draft.form4.yaml');
  const xml = run(['check', ...today, '--stdin-filename', 'late.xml', '-'], dir, { readStdin: stdinOf(late) });
  assert.match(xml.out, /^late\.xml:\d+:\d+: warning date\/deadline: /m);
  // Named as a YAML draft, XML is read as YAML: the name decides, as it does for a file.
  const misnamed = run(['check', '--format', 'json', '--stdin-filename', 'x.form4.yaml', '-'], dir, { readStdin: stdinOf(late) });
  assert.notEqual(JSON.parse(misnamed.out)[0].diagnostics.length, 0);
});

test('no Form 4 file found is exit 2 with a message, not a silent pass', () => {
  const dir = scratch();
  writeFileSync(join(dir, 'pom.xml'), '<project/>');
  const result = run(['check', '.'], dir);
  assert.equal(result.code, 2);
  assert.match(result.err, /^form4: no Form 4 files found in \. \(XML with root ownershipDocument, or \*\.form4\.yaml\)$/m);
});

test('the walk checks every folder but node_modules and dot-folders, and says how many it skipped', () => {
  const dir = scratch();
  for (const folder of ['dist', 'build', 'node_modules', '.git', '.cache/deep']) {
    mkdirSync(join(dir, folder), { recursive: true });
    writeFileSync(join(dir, folder, 'f.xml'), modern);
  }
  const result = run(['check', '--format', 'json', '.'], dir);
  assert.equal(result.code, 0, result.err);
  assert.deepEqual(
    JSON.parse(result.out)
      .map((r: { file: string }) => r.file)
      .sort(),
    [join('build', 'f.xml'), join('dist', 'f.xml')],
  );
  assert.match(
    result.err,
    /^form4: note: skipped 3 folders \(node_modules and dot-folders\): \.cache, \.git, node_modules; name a folder to check it$/m,
  );
  const named = run(['check', '--format', 'json', 'node_modules'], dir);
  assert.equal(JSON.parse(named.out).length, 1, 'a folder named on the command line is checked');
});

test('colour on a terminal only, never with NO_COLOR; the piped bundle writes none', async () => {
  assert.equal(wantsColour(true, {}), true);
  assert.equal(wantsColour(true, { NO_COLOR: '1' }), false);
  assert.equal(wantsColour(false, {}), false);
  assert.equal(wantsColour(undefined, {}), false);
  const seed = join(examples, 'seed-8x8-hecker-2003.xml');
  let out = '';
  const { runCli } = await import('../../../server/src/cli/main');
  runCli(['check', seed], { cwd: repo, out: (t) => (out += t), err: () => {}, colour: true });
  assert.match(out, /\u001b\[31merror\u001b\[0m/);
  const piped = await finished(spawnCli(['check', seed], { cwd: repo }));
  assert.equal(piped.code, 1);
  assert.doesNotMatch(piped.out + piped.err, /\u001b\[/);
  assert.equal(piped.out, run(['check', seed]).out);
});

test('check --help prints the help of check alone, and exits 0', async () => {
  const result = await finished(spawnCli(['check', '--help']));
  assert.equal(result.code, 0);
  assert.match(result.out, /^Usage:\n  form4 check /);
  assert.match(result.out, /--format github/);
  assert.doesNotMatch(result.out, /form4 convert/);
});

test('the $form4 problem matcher reads every line of the text output', () => {
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  const matcher = pkg.contributes.problemMatchers.find((m: { name: string }) => m.name === 'form4');
  const pattern = new RegExp(matcher.pattern.regexp);
  const lines = run(['check', 'examples']).out.trim().split('\n');
  assert.ok(lines.length >= 4);
  for (const line of lines) {
    const m = pattern.exec(line);
    assert.ok(m, line);
    const [file, lineNo, col, severity, code, message] = [1, 2, 3, 4, 5, 6].map((i) => m[i]);
    assert.equal(`${file}:${lineNo}:${col}: ${severity} ${code}: ${message}`, line);
    assert.match(file, /^examples\/[^:]+\.(xml|form4\.yaml)$/);
    assert.match(code, /^[a-z0-9-]+\/[a-z0-9-]+$/);
  }
  const seedLine = lines.find((line) => line.includes('repeated-amount')) ?? '';
  const m = pattern.exec(seedLine);
  assert.deepEqual(m && [m[matcher.pattern.severity], m[matcher.pattern.code]], ['error', 'holdings/repeated-amount']);
});

test('the pre-commit hook runs form4 check on XML files and YAML drafts only', async () => {
  const { parse } = await import('yaml');
  const hooks = parse(readFileSync(join(repo, '.pre-commit-hooks.yaml'), 'utf8')) as {
    id: string;
    entry: string;
    language: string;
    files: string;
  }[];
  const hook = hooks.find((h) => h.id === 'form4');
  assert.ok(hook);
  assert.equal(hook.entry, 'form4 check');
  assert.equal(hook.language, 'node');
  // pre-commit matches `files` with Python's re.search; this pattern means the same in JavaScript.
  const files = new RegExp(hook.files);
  for (const name of ['filings/a.xml', 'b.form4.yaml', 'c.form4.yml']) assert.ok(files.test(name), name);
  for (const name of ['notes.yaml', 'a.xml.bak', 'README.md']) assert.ok(!files.test(name), name);
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  assert.equal(pkg.bin.form4, 'bin/form4.js', 'the entry names the package bin');
});
