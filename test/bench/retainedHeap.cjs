// Prints the heap one analysed document keeps alive (tree, model, line index, findings), measured between two full
// garbage collections in a fresh process: run with `node --expose-gc retainedHeap.cjs ENGINE_BUNDLE FILE FORMAT`.
// Peak RSS (VmHWM) also counts garbage V8 has not collected yet; this is the part that stays.
const { readFileSync } = require('node:fs');

const [bundle, file, format] = process.argv.slice(2);
const engine = require(bundle);
const text = readFileSync(file, 'utf8');
// One throw-away run first, so code and caches the engine compiles once are not counted as the document's.
engine.check(engine.analyze(text, format));
global.gc();
global.gc();
const before = process.memoryUsage();
const kept = { doc: engine.analyze(text, format) };
kept.findings = engine.check(kept.doc);
global.gc();
global.gc();
const after = process.memoryUsage();
const mb = (bytes) => Math.round(bytes / 1e5) / 10;
process.stdout.write(
  JSON.stringify({
    retainedHeapMB: mb(after.heapUsed - before.heapUsed),
    textMB: mb(text.length),
    findings: kept.findings.length,
    rssAfterMB: mb(after.rss),
  }),
);
