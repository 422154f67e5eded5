/**
 * The history model over generated chains: grouping by issuer and owner, the order, amendments, the figures each
 * filing opens and closes a holding with, and a document's place (what the history rules compare).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { historyContext } from '../../../server/src/engine/history/context';
import { buildHistory, chainKey, type History } from '../../../server/src/engine/history/model';
import { analyze } from '../../../server/src/engine/service';
import { form4Xml, form4Yaml, holding, type Form4Spec } from '../../helpers/form4';
import { april, bought, filing, march, sold } from '../../helpers/history';

const doc = (spec: Form4Spec) => analyze(form4Xml(spec).replace(/[«»‹›]/g, ''), 'xml');
const historyOf = (specs: Record<string, Form4Spec>): History =>
  buildHistory(Object.entries(specs).map(([id, spec]) => ({ id, doc: doc(spec) })));
const owner1 = chainKey('1000001', '1200001');

test('a chain is ordered by period of report then signature date, whatever order the files come in', () => {
  const mid = filing([sold('2024-03-20', '400', '9600')]);
  const sameDayLater = filing([sold('2024-03-20', '100', '9500')], { signed: '2024-03-22' });
  const history = historyOf({ 'b.xml': april('9100'), 'c.xml': sameDayLater, 'a.xml': mid, 'd.xml': march });
  assert.deepEqual(
    history.chains.get(owner1)!.entries.map((e) => e.filing.id),
    ['d.xml', 'a.xml', 'c.xml', 'b.xml'],
  );
});

test('each holding has an opening and a closing figure, and where they came from', () => {
  const history = historyOf({
    'm.xml': filing([
      bought('2024-03-05', '1000', '10000'),
      sold('2024-03-05', '300', '9700'),
      holding({ owned: '50', ownership: 'I', nature: 'By Trust' }),
    ]),
  });
  const [direct, trust] = history.filings.get('m.xml')!.holdings;
  assert.equal(direct!.opening!.amount.toString(), '9000');
  assert.equal(direct!.closing!.amount.toString(), '9700');
  assert.equal(direct!.closing!.row.index, 1);
  assert.ok(direct!.closing!.line > direct!.opening!.line, 'the closing figure is on the second row, below the first');
  assert.equal(trust!.opening!.amount.toString(), '50');
  assert.equal(trust!.closing, trust!.opening);
});

test('a joint filing is in each owner’s chain; CIKs compare without leading zeros', () => {
  const joint = {
    ...march,
    owners: [{}, { cik: '0001200002', name: 'Owner2 Pat' }],
    signatures: [
      { name: 'Owner1 Pat', date: '2024-03-06' },
      { name: 'Owner2 Pat', date: '2024-03-06' },
    ],
  };
  const history = historyOf({ 'joint.xml': joint, 'solo.xml': { ...april('9500'), owners: [{ cik: '1200002' }] } });
  assert.deepEqual(
    history.chains.get(owner1)!.entries.map((e) => e.filing.id),
    ['joint.xml'],
  );
  assert.deepEqual(
    history.chains.get(chainKey('1000001', '1200002'))!.entries.map((e) => e.filing.id),
    ['joint.xml', 'solo.xml'],
  );
});

test('an amendment with rows takes its original’s place; one without rows leaves the original standing', () => {
  const amended = {
    ...filing([bought('2024-03-05', '1200', '10200')], { signed: '2024-03-10' }),
    documentType: '4/A',
    dateOfOriginalSubmission: '2024-03-06',
  };
  let entries = historyOf({ 'o.xml': march, 'a.xml': amended, 'n.xml': april('9700') }).chains.get(owner1)!.entries;
  assert.deepEqual(
    entries.map((e) => [e.filing.id, e.replaces?.id]),
    [
      ['a.xml', 'o.xml'],
      ['n.xml', undefined],
    ],
  );
  const remarksOnly = {
    ...filing([], { signed: '2024-03-10' }),
    periodOfReport: '2024-03-05',
    documentType: '4/A',
    dateOfOriginalSubmission: '2024-03-06',
    remarks: 'Corrects the address.',
  };
  entries = historyOf({ 'o.xml': march, 'a.xml': remarksOnly }).chains.get(owner1)!.entries;
  assert.deepEqual(
    entries.map((e) => [e.filing.id, e.amendments.map((a) => a.id)]),
    [['o.xml', ['a.xml']]],
  );
  // Box 4 before the original was signed: not its amendment, so it stands on its own.
  const wrongBox = { ...amended, dateOfOriginalSubmission: '2024-03-01' };
  entries = historyOf({ 'o.xml': march, 'a.xml': wrongBox }).chains.get(owner1)!.entries;
  assert.equal(entries.length, 2);
});

test('a document is placed by its current text, and its own entry in the history is left out', () => {
  const history = historyOf({ 'march.xml': march, 'april.xml': april('9500') });
  // The editor's unsaved April: still placed after March, compared with it and not with its saved self.
  const context = historyContext(history, 'april.xml', doc(april('9400')))!;
  assert.equal(context.places.length, 1);
  assert.equal(context.places[0]!.previous?.filing.id, 'march.xml');
  assert.equal(context.places[0]!.next, undefined);
  assert.equal(context.filing.holdings[0]!.opening!.amount.toString(), '9900');
  assert.equal(
    historyContext(history, 'march.xml', doc(march))!.places[0]!.previous,
    undefined,
    'no earlier filing of this owner in the set',
  );
});

test('documents that cannot be filings are listed with the reason', () => {
  const noIssuer = doc({ ...march, issuer: { cik: '' } });
  const history = buildHistory([
    { id: 'x.xml', doc: noIssuer },
    { id: 'y.xml', doc: analyze('<notForm/>', 'xml') },
  ]);
  assert.deepEqual(history.skipped, [
    { id: 'x.xml', reason: 'no issuer CIK' },
    { id: 'y.xml', reason: 'not an ownership document' },
  ]);
});

test("one filing in two files (a YAML draft beside its XML) is one place in the chain, and neither is the other's neighbour", () => {
  const spec = filing([sold('2024-03-20', '400', '9600')]);
  const xml = doc(spec);
  const yaml = analyze(form4Yaml(spec).replace(/[«»‹›]/g, ''), 'yaml');
  const history = buildHistory([
    { id: 'march.xml', doc: doc(march) },
    { id: 'f.xml', doc: xml },
    { id: 'f.form4.yaml', doc: yaml },
  ]);
  assert.deepEqual(
    history.chains.get(owner1)!.entries.map((e) => e.filing.id),
    ['march.xml', 'f.xml'],
  );
  // Placed by its own text, the YAML twin stands where the XML does: after March, with no copy of itself beside it.
  const place = historyContext(history, 'f.form4.yaml', yaml)!.places[0]!;
  assert.equal(place.previous?.filing.id, 'march.xml');
  assert.equal(place.next, undefined);
  assert.deepEqual(
    place.others.map((f) => f.id),
    ['march.xml'],
  );
});

test('a twin being corrected is still the same filing; a filing signed the same day with other rows is not', () => {
  const saved = filing([sold('2024-03-20', '400', '9600'), sold('2024-03-21', '100', '9600')]);
  // The filer fixes the amounts owned and marks a row late in one file: its saved twin is still its twin.
  const edited = filing([sold('2024-03-20', '400', '9600'), sold('2024-03-21', '100', '9500', { timeliness: 'L' })]);
  const other = filing([bought('2024-03-20', '50', '9650')], { signed: '2024-03-21' });
  const history = buildHistory([
    { id: 'march.xml', doc: doc(march) },
    { id: 'saved.xml', doc: doc(saved) },
    { id: 'other.xml', doc: doc(other) },
  ]);
  const place = historyContext(history, 'edited.form4.yaml', doc(edited))!.places[0]!;
  assert.deepEqual(place.others.map((f) => f.id).sort(), ['march.xml', 'other.xml']);
});
