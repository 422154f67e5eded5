// Runs the @vscode/test-electron suite (test/vscode/suite/) in a real VS Code, where one is available:
//   VSCODE_EXECUTABLE=/path/to/code npm run test:vscode
// With FORM4_VSCODE_DOWNLOAD=1 and no VSCODE_EXECUTABLE it lets @vscode/test-electron download a stable build
// (needs the internet). Otherwise it says that it was skipped and exits 0: this machine cannot download VS Code
// (the real-editor test here runs in code-server, see test/e2e/).
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const executable = process.env.VSCODE_EXECUTABLE;
const download = process.env.FORM4_VSCODE_DOWNLOAD === '1';

if (!executable && !download) {
  console.log('SKIPPED test/vscode: no VS Code build to run in. Set VSCODE_EXECUTABLE to a VS Code executable');
  console.log('(or FORM4_VSCODE_DOWNLOAD=1 where downloading one is allowed) to run the @vscode/test-electron suite.');
  process.exit(0);
}

const { runTests } = await import('@vscode/test-electron');
const out = join(root, 'test', 'artifacts', 'vscode');
mkdirSync(out, { recursive: true });
await esbuild.build({
  entryPoints: [join(root, 'test', 'vscode', 'suite', 'index.ts')],
  outfile: join(out, 'suite.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  logLevel: 'warning',
});

// A throwaway workspace and profile, so the run never touches the repository's files or the user's settings.
const scratch = mkdtempSync(join(tmpdir(), 'form4-vscode-'));
const workspace = join(scratch, 'workspace');
cpSync(join(root, 'examples'), workspace, { recursive: true });
try {
  await runTests({
    ...(executable ? { vscodeExecutablePath: executable } : { version: 'stable' }),
    extensionDevelopmentPath: root,
    extensionTestsPath: join(out, 'suite.cjs'),
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      `--user-data-dir=${join(scratch, 'user-data')}`,
    ],
  });
  console.log('test/vscode: passed');
} catch (error) {
  console.error(`test/vscode: failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
