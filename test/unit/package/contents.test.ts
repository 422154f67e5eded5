/**
 * What each package ships, exactly: the VSIX (listed by vsce from .vscodeignore) and the npm package (listed by
 * `npm pack --dry-run` from .npmignore). vsce refuses a package.json "files" field beside .vscodeignore, so the two
 * lists live in the two ignore files; these tests pin both, and check that every relative link and image in the
 * README (the extension page) names a file the VSIX carries, since VS Code resolves them inside the installed
 * extension. The bundles (dist/, media/preview.js) are left out of the comparison, built or not (vsce and npm list only files that exist).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { PackageManager, listFiles } from '@vscode/vsce';

const repo = resolve(__dirname, '../../..');
const bundles = /^(dist\/(client|server|cli)\.js|media\/preview\.js)$/;

const vsixFiles = [
  'CHANGELOG.md',
  'CONTRIBUTING.md',
  'LICENSE',
  'README.md',
  'docs/architecture.md',
  'docs/cli.md',
  'docs/images/diagnostics-hover.png',
  'docs/images/form3-edgar-beside-ours.png',
  'docs/images/form5-edgar-beside-ours.png',
  'docs/images/preview-beside-source.png',
  'docs/performance.md',
  'docs/preview.md',
  'docs/rules.md',
  'docs/security.md',
  'docs/yaml-drafts.md',
  'images/icon.png',
  'media/preview.css',
  'package.json',
  'schemas/form4rc.schema.json',
  'syntaxes/form4-xml.injection.tmLanguage.json',
  'syntaxes/form4-yaml.injection.tmLanguage.json',
];

async function vsix(): Promise<string[]> {
  return (await listFiles({ cwd: repo, packageManager: PackageManager.None })).map((f) => f.replace(/\\/g, '/')).sort();
}

test('the VSIX holds the extension, its page and what the page links, and nothing else', async () => {
  assert.deepEqual(
    (await vsix()).filter((path) => !bundles.test(path)),
    vsixFiles,
  );
  assert.ok(!(await vsix()).includes('dist/cli.js'), 'the command line bundle is for the npm package');
  const built = ['dist/client.js', 'dist/server.js', 'media/preview.js'].filter((path) => existsSync(join(repo, path)));
  assert.deepEqual(
    (await vsix()).filter((path) => bundles.test(path)),
    built,
    'the extension, server and preview bundles, once built',
  );
});

test("every relative link and image in the README is a file in the VSIX, so the extension page's links resolve", async () => {
  const shipped = new Set(await vsix());
  const readme = readFileSync(join(repo, 'README.md'), 'utf8');
  const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1].replace(/#.*$/, ''))
    .filter((target) => target !== '' && !/^[a-z][a-z+.-]*:/i.test(target));
  assert.ok(targets.length >= 5, 'the README links its docs and images');
  assert.deepEqual(
    targets.filter((target) => !shipped.has(target)),
    [],
    'README targets missing from the VSIX',
  );
});

test('the npm package holds the command line, its docs and schemas, and nothing else', () => {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const [packed] = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repo, encoding: 'utf8' })) as {
    files: { path: string }[];
  }[];
  const files = packed.files.map((f) => f.path).filter((path) => !bundles.test(path));
  const expected = ['CHANGELOG.md', 'LICENSE', 'README.md', 'bin/form4.js', 'package.json'];
  assert.deepEqual(files.filter((path) => !/^docs\/[^/]+\.md$/.test(path) && !/^schemas\/[^/]+\.json$/.test(path)).sort(), expected);
  assert.ok(files.includes('docs/cli.md') && files.includes('docs/rules.md'), 'the docs the CLI points at');
  assert.ok(!files.some((path) => path.startsWith('docs/images/')), 'no images: the npm page is not the extension page');
});
