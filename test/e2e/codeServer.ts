/**
 * code-server 4.139.1 (a real VS Code: web workbench, remote extension host) on 127.0.0.1 and a free port, with a
 * throwaway user-data and extensions folder, no marketplace (EXTENSIONS_GALLERY='{}'), no telemetry, no update
 * checks, no workspace trust prompt. It runs on Node 24 from .e2e-tools (it does not start on Node 20).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { runToCompletion, startGroup, type StartedGroup } from './processGroup';
import type { Tools } from './tools';

/** User settings: nothing that phones home, nothing that pops up over the editor. */
const userSettings = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'npm.fetchOnlinePackageInfo': false,
  'workbench.settings.enableNaturalLanguageSearch': false,
  // The scenarios read lines and hovers from the DOM: no minimap, no sticky scroll over the first lines.
  'editor.minimap.enabled': false,
  'editor.stickyScroll.enabled': false,
  'editor.hover.delay': 300,
  'editor.codeLens': false,
  'breadcrumbs.enabled': false,
  'files.autoSave': 'off',
  'workbench.editor.enablePreview': false,
  'window.restoreWindows': 'none',
};

export interface CodeServerRun {
  readonly url: string;
  readonly userDataDir: string;
  readonly group: StartedGroup;
}

export interface CodeServerDirs {
  /** Holds ud/ (user data), exts/ (extensions) and config.yaml; thrown away after the run. */
  readonly runDir: string;
  readonly logDir: string;
}

function toolEnv(tools: Tools): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${tools.node24Bin}:${process.env.PATH ?? ''}`,
    npm_config_nodedir: tools.node24Dir,
    // '{}' = no gallery service URL: the Extensions view has no marketplace and nothing is fetched.
    EXTENSIONS_GALLERY: '{}',
  };
}

function paths(dirs: CodeServerDirs) {
  return {
    userData: join(dirs.runDir, 'ud'),
    extensions: join(dirs.runDir, 'exts'),
    config: join(dirs.runDir, 'config.yaml'),
  };
}

export function prepareUserData(dirs: CodeServerDirs): void {
  const p = paths(dirs);
  mkdirSync(join(p.userData, 'User'), { recursive: true });
  mkdirSync(p.extensions, { recursive: true });
  writeFileSync(join(p.userData, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
}

export async function installExtension(tools: Tools, dirs: CodeServerDirs, vsix: string): Promise<void> {
  const p = paths(dirs);
  await runToCompletion(
    tools.codeServer,
    ['--user-data-dir', p.userData, '--extensions-dir', p.extensions, '--config', p.config, '--install-extension', vsix],
    {
      env: toolEnv(tools),
      cwd: dirs.runDir,
      logFile: join(dirs.logDir, 'install-extension.log'),
      timeoutMs: 120_000,
    },
  );
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, group: StartedGroup, timeoutMs: number): Promise<void> {
  let exited = false;
  void group.exited.then(() => (exited = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error('code-server exited while starting; see code-server.log');
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs} ms`);
}

export async function startCodeServer(tools: Tools, dirs: CodeServerDirs, workspace: string): Promise<CodeServerRun> {
  const p = paths(dirs);
  const port = await freePort();
  const group = startGroup(
    tools.codeServer,
    [
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--config',
      p.config,
      '--user-data-dir',
      p.userData,
      '--extensions-dir',
      p.extensions,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--disable-proxy',
      '--ignore-last-opened',
      workspace,
    ],
    { env: toolEnv(tools), cwd: dirs.runDir, logFile: join(dirs.logDir, 'code-server.log') },
  );
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, group, 60_000);
  } catch (error) {
    await group.stop();
    throw error;
  }
  return { url, userDataDir: p.userData, group };
}
