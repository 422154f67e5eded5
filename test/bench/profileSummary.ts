/**
 * Summarises a V8 CPU profile (`node --cpu-prof`): the functions with the most self time and the most inclusive
 * time, as shares of all samples. Usage:
 *   node --import tsx test/bench/profileSummary.ts PROFILE.cpuprofile [top=25] [filter]
 * where `filter` keeps only frames whose file contains it (e.g. `engine/`). Used to find what dominates a missed
 * target (docs/performance.md); profile an unminified bundle (esbuild without --minify) so the names are real.
 */
import { readFileSync } from 'node:fs';

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}

interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
}

function frameName(frame: CallFrame): string {
  const file = frame.url.split('/').slice(-2).join('/');
  return `${frame.functionName || '(anonymous)'}  ${file}${file ? `:${frame.lineNumber + 1}` : ''}`;
}

export function summarise(profile: Profile, top: number, filter?: string): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const hits = new Map<number, number>();
  for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);

  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, count] of hits) {
    const leaf = byId.get(id);
    if (!leaf) continue;
    const leafName = frameName(leaf.callFrame);
    self.set(leafName, (self.get(leafName) ?? 0) + count);
    // Each function counted once per sample, however deep its recursion.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const node = byId.get(at);
      if (!node) break;
      const name = frameName(node.callFrame);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + count);
    }
  }
  const total = profile.samples.length;
  const list = (map: Map<string, number>) =>
    [...map]
      .filter(([name]) => !filter || name.includes(filter))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, count]) => `${((100 * count) / total).toFixed(1).padStart(5)}%  ${name}`)
      .join('\n');
  return `${total} samples\n-- self time\n${list(self)}\n-- inclusive time\n${list(inclusive)}`;
}

if (require.main === module) {
  const [file, top = '25', filter] = process.argv.slice(2);
  if (!file) {
    console.error('usage: profileSummary.ts PROFILE.cpuprofile [top] [filter]');
    process.exit(2);
  }
  console.log(summarise(JSON.parse(readFileSync(file, 'utf8')) as Profile, Number(top), filter));
}
