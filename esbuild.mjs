// Builds the bundles that ship in the VSIX and the npm package:
//   dist/client.js  the VS Code extension (vscode is provided by the editor)
//   dist/server.js  the language server (started by the client over IPC, or by any editor with --stdio)
//   dist/cli.js     the command line (entry server/src/cli/bin.ts, which runs server/src/cli/main.ts)
//   media/preview.js the preview webview's script (when client/src/preview/webview/main.ts exists)
// `node esbuild.mjs` builds minified bundles once; `--watch` rebuilds on change; `--dev` skips minifying.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const watch = process.argv.includes('--watch');
const dev = process.argv.includes('--dev') || watch;
const { version, repository, homepage } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const node = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: !dev,
  sourcemap: dev ? 'linked' : false,
  logLevel: 'warning',
  absWorkingDir: root,
};

const builds = [
  { ...node, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // The server logs its version at start-up, for bug reports.
  { ...node, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', define: { FORM4_VERSION: JSON.stringify(version) } },
];
const cliEntry = ['server/src/cli/bin.ts', 'server/src/cli/main.ts'].find((entry) => existsSync(`${root}${entry}`));
if (cliEntry) {
  // `form4 --version` prints the package version; SARIF links the rules' documentation in the repository, if real.
  const define = { FORM4_VERSION: JSON.stringify(version), FORM4_PACKAGE: JSON.stringify({ repository, homepage }) };
  builds.push({ ...node, entryPoints: [cliEntry], outfile: 'dist/cli.js', define });
}
if (existsSync(`${root}client/src/preview/webview/main.ts`)) {
  builds.push({
    ...node,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    entryPoints: ['client/src/preview/webview/main.ts'],
    outfile: 'media/preview.js',
  });
}

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log(`watching ${builds.length} bundles`);
} else {
  const started = Date.now();
  await Promise.all(builds.map((options) => esbuild.build(options)));
  console.log(`built ${builds.map((b) => b.outfile).join(', ')} in ${Date.now() - started} ms`);
}
