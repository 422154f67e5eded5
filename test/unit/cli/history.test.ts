/**
 * `form4 history` and `form4 check --history` over a generated chain of one owner: March's purchase leaves 10,000,
 * April's sale starts from 9,900 (a break of 100), May continues April.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { form4Xml } from '../../helpers/form4';
import { april, bought, filing, march, sold } from '../../helpers/history';
import { holding } from '../../helpers/form4';
import { run, scratch } from './harness';

function chainFolder(): string {
  const dir = scratch();
  writeFileSync(join(dir, 'march.xml'), form4Xml(march));
  writeFileSync(join(dir, 'april.xml'), form4Xml(april('9400')));
  writeFileSync(join(dir, 'may.xml'), form4Xml(filing([sold('2024-05-07', '400', '9000')])));
  return dir;
}

test('form4 history prints the owner’s table with the break marked, and exits 1', () => {
  const dir = chainFolder();
  const { code, out, err } = run(['history', '.'], dir);
  assert.equal(code, 1);
  const lines = out.split('\n');
  assert.match(lines[0]!, /^Example Corp \(CIK 1000001\), Owner1 Pat \(CIK 1200001\): 3 filings$/);
  assert.match(out, /1 {2}march\.xml .* 9,000 {2}10,000 {2}no earlier filing of this owner in the set/);
  assert.match(out, /2 {2}april\.xml .* 9,900 {2}9,400 {3}BREAK: previous filing closed 10,000 \(100 fewer\)/);
  assert.match(out, /3 {2}may\.xml .* 9,400 {2}9,000 {3}continues/);
  assert.match(err, /1 owner with more than one filing, 1 break/);
});

test('form4 history --format csv and json carry the same lines', () => {
  const dir = chainFolder();
  const csv = run(['history', '--format', 'csv', '.'], dir).out.trim().split('\n');
  assert.equal(csv.length, 4);
  assert.equal(
    csv[2],
    '1000001,Example Corp,1200001,Owner1 Pat,april.xml,4,2024-04-09,2024-04-10,,I,Common Stock (direct),9900,9400,10000,-100,break,,Table I row 1',
  );
  const json = JSON.parse(run(['history', '--format', 'json', '.'], dir).out) as { filings: { holdings: { status: string }[] }[] }[];
  assert.deepEqual(
    json[0]!.filings.map((f) => f.holdings[0]!.status),
    ['first', 'break', 'continues'],
  );
});

test('form4 check --history applies the history rules; without it they are silent', () => {
  const dir = chainFolder();
  const withHistory = run(['check', '--history', '--today', '2024-06-01', '.'], dir);
  assert.match(
    withHistory.out,
    /april\.xml:\d+:\d+: warning history\/opening-balance: Table I row 1 \(Common Stock, direct\), column 5: starts from 9,900/,
  );
  assert.match(withHistory.out, /march\.xml \(Form 4, period 2024-03-05, signed 2024-03-06\), closed Common Stock \(direct\) at 10,000/);
  assert.doesNotMatch(run(['check', '--today', '2024-06-01', '.'], dir).out, /history\//);
});

test('form4 history says why a holding cannot be compared, and tells two holdings of one name apart by their rows', () => {
  const dir = scratch();
  const fund = (owned: string, note: string) => holding({ ownership: 'I', nature: { value: 'See footnote', footnotes: [note] }, owned });
  const notes = { footnotes: { F1: 'Held by Fund A.', F2: 'Held by Fund B.' } };
  writeFileSync(join(dir, 'march.xml'), form4Xml(filing([bought('2024-03-05', '1000', '10000'), fund('500', 'F1')], notes)));
  writeFileSync(join(dir, 'april.xml'), form4Xml(filing([sold('2024-04-09', '500', '9500'), fund('500', 'F1'), fund('700', 'F2')], notes)));
  const { out } = run(['history', '.'], dir);
  assert.match(
    out,
    /I: Common Stock \(indirect: See footnote\), Table I row 2 +500 +500 +cannot compare: this filing has more than one holding of that name, told apart only by footnotes/,
  );
  assert.match(out, /I: Common Stock \(indirect: See footnote\), Table I row 3 +700 +700 +cannot compare/);
  assert.match(out, /I: Common Stock \(direct\) +10,000 +9,500 +continues/);
  const csv = run(['history', '--format', 'csv', '.'], dir).out;
  assert.match(csv, /,unknown,"this filing has more than one holding of that name, told apart only by footnotes",Table I row 3\n/);
});
