/**
 * The 2003 seed filing (examples/seed-8x8-hecker-2003.xml, rebuilt from the paper form in shared/seeds/) shows the two
 * mistakes the issue names: every row reports 100,000 shares owned afterwards, and the purchases of 08/18 and 08/19
 * were reported late on 09/02. The four purchases of Friday 08/29 were on time only because Labor Day (Monday
 * 2003-09-01) is not a business day: they were due Wednesday 09/03.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { bindDocument } from '../../../server/src/engine/model/bind';
import { makeDate } from '../../../server/src/engine/model/date';
import { readXml } from '../../../server/src/engine/read/xml';
import { dateRules } from '../../../server/src/engine/rules/date/index';
import { holdingsRules } from '../../../server/src/engine/rules/holdings/index';
import { runRuleSet } from '../../../server/src/engine/rules/run';
import { LineIndex } from '../../../server/src/engine/text/lineIndex';

const path = new URL('../../../examples/seed-8x8-hecker-2003.xml', import.meta.url);

test('seed example: the repeated 100,000 rows break the running balance, and the 08/18 and 08/19 rows were late', () => {
  const text = readFileSync(path, 'utf8');
  const read = readXml(text);
  assert.ok(read.root);
  const lines = new LineIndex(text);
  const findings = runRuleSet(bindDocument(read.root), makeDate(2026, 11, 27), [...holdingsRules, ...dateRules]);
  const summary = findings.map(
    (f) => `${f.rule} line ${lines.positionAt(f.span.start).line + 1} ${text.slice(f.span.start, f.span.end)}: ${f.message}`,
  );
  assert.deepEqual(summary, [
    'holdings/running-balance line 67 100000: expected 101,000 = 100,000 + 1,000 (A), not 100,000: Table I row 2 continues the running balance of Common Stock (direct).',
    'holdings/running-balance line 87 100000: expected 101,000 = 100,000 + 1,000 (A), not 100,000: Table I row 3 continues the running balance of Common Stock (direct).',
    'holdings/running-balance line 107 100000: expected 102,000 = 100,000 + 2,000 (A), not 100,000: Table I row 4 continues the running balance of Common Stock (direct).',
    'holdings/running-balance line 127 100000: expected 103,000 = 100,000 + 3,000 (A), not 100,000: Table I row 5 continues the running balance of Common Stock (direct).',
    'holdings/running-balance line 147 100000: expected 106,000 = 100,000 + 6,000 (A), not 100,000: Table I row 6 continues the running balance of Common Stock (direct).',
    'holdings/running-balance line 167 100000: expected 104,000 = 100,000 + 4,000 (A), not 100,000: Table I row 7 continues the running balance of Common Stock (direct).',
    'date/deadline line 35 2003-08-18: Table I row 1: due by 2003-08-20, two business days after the transaction on 2003-08-18, but signed 2003-09-02: mark the row late (transactionTimeliness L).',
    'date/deadline line 55 2003-08-18: Table I row 2: due by 2003-08-20, two business days after the transaction on 2003-08-18, but signed 2003-09-02: mark the row late (transactionTimeliness L).',
    'date/deadline line 75 2003-08-19: Table I row 3: due by 2003-08-21, two business days after the transaction on 2003-08-19, but signed 2003-09-02: mark the row late (transactionTimeliness L).',
  ]);
  assert.ok(findings.filter((f) => f.rule === 'holdings/running-balance').every((f) => f.severity === 'error'));
});
