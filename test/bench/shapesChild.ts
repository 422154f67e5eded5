/**
 * One shape run of the shapes benchmark (./shapes.ts), in a process of its own: reads the file, checks it and
 * renders it with its findings (one analysis for both, as the language server keeps it) through the bundled engine, and prints the times, the findings and the peak RSS as JSON.
 */
import { readFileSync } from 'node:fs';
import type { EngineModule } from './inProcess';
import { round } from './stats';

const [bundle, file, format] = process.argv.slice(2) as [string, string, 'xml' | 'yaml'];
// eslint-disable-next-line @typescript-eslint/no-require-imports
const engine = require(bundle) as EngineModule;
const text = readFileSync(file, 'utf8');
const cpu = process.cpuUsage();
const started = performance.now();
const doc = engine.analyze(text, format);
const findings = engine.check(doc);
const checked = performance.now();
engine.render(doc, { standalone: false, findings });
const rendered = performance.now();
const used = process.cpuUsage(cpu);
process.stdout.write(
  JSON.stringify({
    format,
    megabytes: round(text.length / 1e6),
    checkMs: round(checked - started),
    renderMs: round(rendered - checked),
    totalMs: round(rendered - started),
    cpuMs: round((used.user + used.system) / 1000),
    peakRssMB: round(process.resourceUsage().maxRSS / 1024),
    findings: findings.length,
  }),
);
