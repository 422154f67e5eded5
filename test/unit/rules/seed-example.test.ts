/**
 * The 2003 seed filing (examples/seed-8x8-hecker-2003.xml, rebuilt from the paper form in shared/seeds/) shows the two
 * mistakes the issue names, one finding each: every row reports 100,000 shares owned afterwards (one repeated amount,
 * not six broken balances), and the purchases of 08/18 and 08/19 were reported late on 09/02 (one late filing). The four purchases of Friday 08/29 were on time only because Labor Day (Monday
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

test('seed example: the repeated 100,000 is one finding for the series, and the late 08/18 and 08/19 rows one more', () => {
  const text = readFileSync(path, 'utf8');
  const read = readXml(text);
  assert.ok(read.root);
  const lines = new LineIndex(text);
  // The seed is a Form 4: the rules of those categories that Form 4 has (the harness's rule, as check runs them).
  const form4Rules = [...holdingsRules, ...dateRules].filter((rule) => (rule.forms as readonly string[]).includes('4'));
  const findings = runRuleSet(bindDocument(read.root), makeDate(2026, 11, 27), form4Rules);
  const line = (span: { start: number }) => lines.positionAt(span.start).line + 1;
  const summary = findings.map((f) => `${f.rule} line ${line(f.span)} ${text.slice(f.span.start, f.span.end)}: ${f.message}`);
  assert.deepEqual(summary, [
    'holdings/repeated-amount line 49 100000: Table I rows 1 to 7, column 5: all show 100,000 of Common Stock (direct) owned after, but they acquire 18,000 in all, ' +
      'so the amount owned cannot be the same after each: it is a running tally. If 100,000 is the holding after the last row, the rows should show ' +
      '83,000, 84,000, 85,000, 87,000, 90,000, 96,000 and 100,000; if it is the holding after the first row, 100,000, 101,000, 102,000, 104,000, ' +
      '107,000, 113,000 and 117,000.',
    'date/deadline line 37 2003-08-18: Table I rows 1 to 3 were reported late: due by 2003-08-20 (Table I rows 1 and 2, two business days after the ' +
      'transaction on 2003-08-18) and by 2003-08-21 (Table I row 3, two business days after the transaction on 2003-08-19), but signed 2003-09-02: ' +
      'mark the rows late (transactionTimeliness L).',
  ]);
  const [repeated, late] = findings;
  assert.equal(repeated?.severity, 'error');
  assert.equal(late?.severity, 'warning');
  // Every affected cell is still marked: the six other amounts owned, the two other late dates.
  const marked = (f: (typeof findings)[number] | undefined) => (f?.related ?? []).filter((r) => r.marked).map((r) => line(r.span));
  assert.deepEqual(marked(repeated), [69, 89, 109, 129, 149, 169]);
  assert.deepEqual(marked(late), [57, 77]);
  assert.deepEqual(repeated?.data, {
    amount: '100000',
    ifFirstRight: '100000,101000,102000,104000,107000,113000,117000',
    ifLastRight: '83000,84000,85000,87000,90000,96000,100000',
  });
});
