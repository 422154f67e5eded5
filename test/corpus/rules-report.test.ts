/**
 * The committed report of every finding on the real corpus (rules-report.md) must match what the engine reports
 * now, so any change in what the rules say about real filings shows in review. Every error- and warning-level
 * finding must be explained by hand (rules-report-notes.ts): a real filing that EDGAR accepted is either really
 * wrong, or the rule has a false positive to fix.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { explainedErrors, explainedWarnings } from './rules-report-notes';
import { buildReport, corpusFindings, noteFor, reportPath } from './rules-report';

const regenerate = 'UPDATE_REPORT=1 node --import tsx --test test/corpus/rules-report.test.ts';
const items = corpusFindings();

test('the committed corpus report is up to date', () => {
  const report = buildReport(items);
  if (process.env.UPDATE_REPORT === '1') writeFileSync(reportPath, report);
  assert.ok(existsSync(reportPath), `test/corpus/rules-report.md is missing: run ${regenerate}`);
  const committed = readFileSync(reportPath, 'utf8');
  if (committed !== report) {
    const was = committed.split('\n');
    const now = report.split('\n');
    const firstDifference = now.findIndex((line, i) => line !== was[i]);
    assert.fail(
      `test/corpus/rules-report.md is stale (first difference at line ${firstDifference + 1}:\n` +
        `  committed: ${was[firstDifference] ?? '(end of file)'}\n  now:       ${now[firstDifference] ?? '(end of file)'}).\n` +
        `Check the changes, then regenerate with: ${regenerate}`,
    );
  }
});

// A real filing that EDGAR accepted is either really wrong, or the rule raised a false alarm: every error and every
// warning on one has a note saying which (information may stand alone).
for (const severity of ['error', 'warning'] as const) {
  test(`every ${severity}-level finding on a real filing is explained`, () => {
    const unexplained = items.filter((i) => i.finding.severity === severity && !noteFor(i));
    assert.deepEqual(
      unexplained.map((i) => `${i.finding.rule} ${i.file}:${i.line} ${i.finding.message}`),
      [],
      'explain these in test/corpus/rules-report-notes.ts, or fix the rule if the filing is right',
    );
  });
}

test('every explanation still matches a finding of its severity', () => {
  const stale = [...explainedErrors, ...explainedWarnings].filter((n) => !items.some((i) => noteFor(i) === n));
  assert.deepEqual(
    stale.map((n) => `${n.rule} ${n.file}:${n.line}`),
    [],
    'remove or update these notes in test/corpus/rules-report-notes.ts',
  );
});
