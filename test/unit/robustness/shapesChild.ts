/**
 * Run by shapes.test.ts under `node --trace-deopt --expose-gc`: checks every corpus filing, XML and as a YAML draft,
 * several rounds with a full garbage collection between them, so that V8's "weak objects" deoptimizations (a hidden
 * class freed while no instance was alive) show in the trace. `probeShapeDeath` (and `probeAdd`) is the control: a class made and
 * dropped per call, which must show them, or the trace proves nothing.
 */
import { readFileSync } from 'node:fs';
import { corpusFiles } from '../../helpers/shared';
import { analyze, check, convert } from '../../../server/src/engine/index';

declare const gc: () => void;

class Probe {
  total = 0;
  label = '';
  probeAdd(n: number): void {
    this.total += n;
    this.label = n % 2 ? 'odd' : 'even';
  }
}

function probeShapeDeath(): number {
  const probe = new Probe();
  for (let i = 0; i < 20000; i++) probe.probeAdd(i);
  return probe.total;
}

const filings = (['form3', 'form4', 'form5'] as const).flatMap((form) => corpusFiles(form)).map((file) => readFileSync(file, 'utf8'));
const drafts = filings.flatMap((xml) => {
  const draft = convert(analyze(xml, 'xml'), 'yaml').text;
  return draft === undefined ? [] : [draft];
});
for (let round = 0; round < 12; round++) {
  for (const xml of filings) check(analyze(xml, 'xml'));
  for (const yaml of drafts) check(analyze(yaml, 'yaml'));
  probeShapeDeath();
  console.log(`=== round ${round}`);
  gc();
}
