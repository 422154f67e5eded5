/**
 * The command line as users install it: `npm pack` the checkout, install the tarball into an empty prefix with no
 * network (`--offline`: everything is bundled, so there is nothing to fetch), and the installed `form4 check
 * examples/` prints exactly what the checkout's does. Needs the bundle (`node esbuild.mjs`, as `npm test` builds it);
 * packs with --ignore-scripts so as not to rebuild dist/ under the other tests' feet.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { cliBundle, finished, repo, scratch, spawnCli } from './harness';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function npmRun(args: string[], cwd: string): string {
  return execFileSync(npm, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
}

test('the packed tarball installs offline with no dependencies, and its form4 checks the examples as the checkout does', async () => {
  assert.ok(existsSync(cliBundle), `${cliBundle} is missing: run \`node esbuild.mjs\` first`);
  const dir = scratch();
  const [packed] = JSON.parse(npmRun(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], repo)) as {
    filename: string;
    files: { path: string }[];
  }[];
  const files = packed.files.map((f) => f.path).sort();
  for (const needed of ['bin/form4.js', 'dist/cli.js', 'docs/rules.md', 'docs/cli.md', 'package.json', 'README.md'])
    assert.ok(files.includes(needed), `${needed} is in the package`);
  assert.deepEqual(
    files.filter((path) => /^(test|server|client|scripts|\.ci)\//.test(path) || path.endsWith('.ts')),
    [],
    'no sources or tests',
  );

  const prefix = join(dir, 'prefix');
  npmRun(['install', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, join(dir, packed.filename)], dir);
  assert.deepEqual(
    readdirSync(join(prefix, 'node_modules')).filter((name) => !name.startsWith('.')),
    ['form4'],
    'the package pulls in no dependencies',
  );
  const installedBin = join(prefix, 'node_modules', '.bin', 'form4');
  const installed = await finished(spawn(installedBin, ['check', 'examples/'], { cwd: repo, stdio: 'pipe' }));
  const checkout = await finished(spawnCli(['check', 'examples/'], { cwd: repo }));
  assert.equal(installed.code, 1, 'the seed has errors');
  // The seed's repeated amount and late filing, in the draft and the XML: one finding each.
  assert.ok(installed.out.trim().split('\n').length >= 4, installed.out + installed.err);
  assert.deepEqual(installed, checkout);

  const version = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version;
  const viaNpx = await finished(
    spawn(npm, ['exec', '--offline', '--yes', `--package=${join(dir, packed.filename)}`, '--', 'form4', '--version'], {
      cwd: dir,
      stdio: 'pipe',
    }),
  );
  assert.deepEqual([viaNpx.code, viaNpx.out], [0, `${version}\n`], viaNpx.err);
});

test("`npm pack` under the project's npm configuration prints only the tarball's name (what pre-commit reads)", () => {
  // A scratch package with the project's .npmrc and a `prepare` that prints, as the build does: pre-commit's node
  // hooks run plain `npm pack` and take all of standard output as the file name.
  const dir = scratch();
  writeFileSync(join(dir, '.npmrc'), readFileSync(join(repo, '.npmrc')));
  const manifest = { name: 'pack-probe', version: '1.0.0', scripts: { prepare: 'node -e "console.log(\'built dist/\')"' } };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest));
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_foreground_scripts$/i.test(key)));
  const out = execFileSync(npm, ['pack'], { cwd: dir, encoding: 'utf8', env: { ...env, npm_config_update_notifier: 'false' } });
  assert.equal(out, 'pack-probe-1.0.0.tgz\n');
});
