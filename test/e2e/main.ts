/**
 * The end-to-end suite: the project's own VSIX (from `npm run package`) installed into code-server 4.139.1 (a real
 * VS Code) on 127.0.0.1, driven in Debian's Chromium with playwright-core, one scenario after another.
 *
 *   npm run test:e2e                       package, install, run every scenario
 *   E2E_VSIX=path.vsix npm run test:e2e    use that VSIX instead of packaging
 *   E2E_ONLY=1,6 npm run test:e2e          run only those scenarios
 *   FORM4_TEST_CODE_ACTION_DELAY_MS=1500 npm run test:e2e   every code action answered 1.5 s late (the suite must still pass)
 *   FORM4_TEST_COMPLETION_DELAY_MS=300 npm run test:e2e     every completion answered 0.3 s late (so must scenario 9)
 *   E2E_DOCS_IMAGES=1 npm run test:e2e     after a run with no failure, refresh the README's pictures in docs/images/
 *
 * Screenshots and logs go to test/artifacts/e2e/. The last line printed is `N passed, N failed`; the exit code is
 * non-zero on any failure. Every process the suite starts runs in its own process group and is stopped by it.
 */
import { appendFileSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { installExtension, prepareUserData, startCodeServer, type CodeServerRun } from './codeServer';
import { groupAlive } from './processGroup';
import { offlineBrowserArgs, OriginRecorder } from './network';
import { Results } from './results';
import { ScenarioContext, type Scenario } from './scenario';
import { convertToYaml } from './scenarios/convertToYaml';
import { extensionPage } from './scenarios/extensionPage';
import { fixAll } from './scenarios/fixAll';
import { forms35 } from './scenarios/forms35';
import { fromScratch } from './scenarios/fromScratch';
import { history } from './scenarios/history';
import { hovers } from './scenarios/hovers';
import { preview } from './scenarios/preview';
import { quickFix } from './scenarios/quickFix';
import { seedDiagnostics } from './scenarios/seedDiagnostics';
import { typingCheck } from './scenarios/typingCheck';
import { yamlDraft } from './scenarios/yamlDraft';
import { ensureTools, packageExtension, type Tools } from './tools';
import { Workbench } from './workbench';

const scenarios: readonly Scenario[] = [
  seedDiagnostics,
  hovers,
  quickFix,
  typingCheck,
  yamlDraft,
  preview,
  convertToYaml,
  fixAll,
  fromScratch,
  history,
  extensionPage,
  forms35,
];

const root = resolve(__dirname, '..', '..');
const artifacts = join(root, 'test', 'artifacts', 'e2e');
/** A whole run may not take longer than this: a hung browser or server fails the suite instead of blocking CI. */
const suiteTimeoutMs = 15 * 60_000;

/** Screenshots the README shows: artifact name -> docs/images/ name. */
const docsImages: Readonly<Record<string, string>> = {
  '02-hover-running-tally.png': 'diagnostics-hover.png',
  '03-quick-fix-menu.png': 'quick-fix.png',
  '06-preview-click-to-source.png': 'preview-beside-source.png',
};

function refreshDocsImages(results: Results): void {
  const target = join(root, 'docs', 'images');
  mkdirSync(target, { recursive: true });
  for (const [shot, name] of Object.entries(docsImages)) {
    copyFileSync(join(artifacts, shot), join(target, name));
    results.log(`docs/images/${name} <- ${shot}`);
  }
}

function selectedScenarios(): readonly Scenario[] {
  const only = process.env.E2E_ONLY?.split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => n > 0);
  return only?.length ? scenarios.filter((s) => only.includes(s.id)) : scenarios;
}

/** Leaves the workbench with no editor, no widget and nothing unsaved, whatever the last scenario did. */
async function resetWorkbench(wb: Workbench): Promise<void> {
  for (let i = 0; i < 3; i++) await wb.page.keyboard.press('Escape');
  await wb.page.mouse.move(2, 2);
  await wb.closeAllEditorsUnsaved();
}

async function runScenarios(
  tools: Tools,
  url: string,
  workspace: string,
  results: Results,
  cleanups: (() => Promise<void>)[],
): Promise<OriginRecorder> {
  // playwright-core starts the browser in a process group of its own and removes its temporary profile on close.
  const browser: Browser = await chromium.launch({
    executablePath: tools.chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', ...offlineBrowserArgs],
  });
  cleanups.push(() => browser.close().catch(() => undefined));
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  const origins = new OriginRecorder('127.0.0.1');
  origins.attach(context);
  const page = await context.newPage();
  // The workbench logs harmless errors (a missing GitHub auth provider, 404s for optional files): keep them in a file.
  const consoleLog = join(artifacts, 'browser-console.log');
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') appendFileSync(consoleLog, `${m.type()}: ${m.text()}\n`);
  });

  const wb = new Workbench(page);
  await wb.open(url, workspace);
  results.log('workbench up');
  const ctx = new ScenarioContext(wb, results, workspace, artifacts);
  for (const scenario of selectedScenarios()) {
    ctx.scenario = scenario.id;
    results.log(`scenario ${scenario.id}: ${scenario.title}`);
    const failedBefore = results.failed;
    try {
      await scenario.run(ctx);
    } catch (error) {
      ctx.check(
        `${scenario.title} ran to the end`,
        false,
        String(error instanceof Error ? (error.stack ?? error.message) : error).slice(0, 1500),
      );
    }
    if (results.failed > failedBefore) await ctx.shot('failure').catch(() => undefined);
    await resetWorkbench(wb).catch((error: unknown) => results.log(`reset failed: ${String(error)}`));
  }
  return origins;
}

async function main(): Promise<number> {
  const results = new Results();
  rmSync(artifacts, { recursive: true, force: true });
  mkdirSync(artifacts, { recursive: true });
  const runDir = mkdtempSync(join(tmpdir(), 'form4-e2e-'));
  const dirs = { runDir, logDir: artifacts };
  const cleanups: (() => Promise<void>)[] = [];
  let server: CodeServerRun | undefined;
  const watchdog = setTimeout(() => {
    console.error(`the suite took longer than ${suiteTimeoutMs / 60_000} minutes; stopping`);
    void stopAll().then(() => process.exit(1));
  }, suiteTimeoutMs);
  const stopAll = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stopAll().then(() => process.exit(130)));
  }

  try {
    cleanups.push(async () => rmSync(runDir, { recursive: true, force: true }));
    const tools = await ensureTools(root, artifacts);
    const vsix = process.env.E2E_VSIX ? resolve(process.env.E2E_VSIX) : await packageExtension(root, artifacts);
    results.log(`vsix ${vsix}`);
    const workspace = join(runDir, 'workspace');
    cpSync(join(root, 'examples'), workspace, { recursive: true });
    results.log(`workspace: ${readdirSync(workspace).join(', ')}`);
    prepareUserData(dirs);
    await installExtension(tools, dirs, vsix);
    server = await startCodeServer(tools, dirs, workspace);
    const started = server;
    cleanups.push(async () => {
      await started.group.stop();
      // The logs of VS Code itself (extension host, language server output) are kept with the screenshots.
      cpSync(join(started.userDataDir, 'logs'), join(artifacts, 'vscode-logs'), { recursive: true });
    });
    results.log(`code-server ${server.url} (process group ${server.group.pid})`);

    const origins = await runScenarios(tools, server.url, workspace, results, cleanups);
    const foreign = [...origins.foreignOrigins()];
    results.check(
      'no request left 127.0.0.1',
      foreign.length === 0,
      foreign.length ? foreign.map(([o, u]) => `${o} (${u})`).join(', ') : origins.summary(),
    );
  } catch (error) {
    results.check(
      'the suite set up and ran',
      false,
      String(error instanceof Error ? (error.stack ?? error.message) : error).slice(0, 2000),
    );
  } finally {
    await stopAll();
    clearTimeout(watchdog);
  }
  if (server)
    results.check('every process the suite started is stopped', !groupAlive(server.group.pid), `process group ${server.group.pid}`);
  if (process.env.E2E_DOCS_IMAGES && results.failed === 0) refreshDocsImages(results);
  console.log(`artifacts: ${artifacts} (${results.elapsed()})`);
  console.log(results.summaryLine());
  return results.failed === 0 && results.passed > 0 ? 0 : 1;
}

void main().then((code) => process.exit(code));
