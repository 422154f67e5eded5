#!/usr/bin/env node
// The form4 command line. The bundle is built by `npm ci` / `npm install` (the prepare script) or `npm run build`.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const bundle = join(__dirname, '..', 'dist', 'cli.js');
if (!existsSync(bundle)) {
  process.stderr.write('form4: dist/cli.js is missing; run `npm run build` first\n');
  process.exit(2);
}
require(bundle);
