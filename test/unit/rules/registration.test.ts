/**
 * A rule module left out of its category's index.ts would silently never run, and a rule without a test that makes
 * it fire and one that keeps it quiet could be always-on or never-on without anyone noticing. Both are checked
 * here from the files themselves: every exported rule under server/src/engine/rules/<category>/ is registered, and
 * the rule tests call assertFires and assertQuiet (test/unit/rules/harness.ts) on every registered rule.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rules } from '../../../server/src/engine/rules/index';
import type { Rule } from '../../../server/src/engine/rules/rule';

const rulesDir = fileURLToPath(new URL('../../../server/src/engine/rules/', import.meta.url));
const testsDir = fileURLToPath(new URL('./', import.meta.url));

function isRule(value: unknown): value is Rule {
  return (
    typeof value === 'object' && value !== null && typeof (value as Rule).id === 'string' && typeof (value as Rule).check === 'function'
  );
}

/** Export name -> rule, over every module in the category folders. */
async function exportedRules(): Promise<Map<string, Rule>> {
  const found = new Map<string, Rule>();
  for (const category of readdirSync(rulesDir).filter((name) => statSync(join(rulesDir, name)).isDirectory())) {
    for (const file of readdirSync(join(rulesDir, category)).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
      const module = (await import(pathToFileURL(join(rulesDir, category, file)).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) if (isRule(value)) found.set(name, value);
    }
  }
  return found;
}

test('every rule module under rules/<category>/ is registered', async () => {
  const registered = new Set<string>(rules.map((r) => r.id));
  const exported = await exportedRules();
  assert.ok(exported.size >= rules.length, 'the scan finds the rule modules');
  assert.deepEqual(
    [...exported.values()].map((r) => r.id).filter((id) => !registered.has(id)),
    [],
    "add these to their category's index.ts",
  );
});

test('every registered rule has a firing test and a near-miss test', async () => {
  const sources = readdirSync(testsDir)
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => readFileSync(join(testsDir, f), 'utf8'))
    .join('\n');
  const called = (helper: string) => new Set([...sources.matchAll(new RegExp(`${helper}\\(\\s*(\\w+)`, 'g'))].map((m) => m[1]));
  const fires = called('assertFires');
  const quiet = called('assertQuiet');
  const missing: string[] = [];
  for (const [name, rule] of await exportedRules()) {
    if (!fires.has(name)) missing.push(`${rule.id}: no assertFires(${name}, ...)`);
    if (!quiet.has(name)) missing.push(`${rule.id}: no assertQuiet(${name}, ...)`);
  }
  assert.deepEqual(missing, [], 'write the missing tests in test/unit/rules/');
});
