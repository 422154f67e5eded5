/**
 * Hidden classes of per-document objects outlive their documents (engine/shapes.ts): over rounds of checking the
 * corpus with a full garbage collection after each, no engine function is thrown away again and again because a
 * class's map died ("reason: weak objects" in V8's trace). Before the exemplars, the XML and YAML readers, the
 * structure check and the rules were, at every collection. A class made and dropped per call (the child's probe) is
 * the control: it must show such deoptimizations, or the trace could not have shown ours.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';

const child = path.join(__dirname, 'shapesChild.ts');

function weakObjectDeopts(trace: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of trace.split('\n')) {
    if (!line.includes('reason: weak objects')) continue;
    const name = /SharedFunctionInfo ([^>]*)>/.exec(line)?.[1] ?? '';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

test('no engine function is deoptimized again and again because a hidden class died between documents', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--trace-deopt', '--expose-gc', child], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout.match(/^=== round/gm)?.length, 12, 'the child ran every round');
  const counts = weakObjectDeopts(run.stdout);
  const control = (counts.get('probeAdd') ?? 0) + (counts.get('probeShapeDeath') ?? 0);
  assert.ok(control >= 1, 'the control class showed no deoptimization for a dead map: the trace proves nothing');
  const recurring = [...counts].filter(([name, n]) => !name.startsWith('probe') && n > 2);
  assert.deepEqual(recurring, [], 'functions deoptimized for weak objects at more than two of twelve collections');
});
