/**
 * The history's part of the hover on a holding's first row, through the engine's front door: the previous filing's
 * closing balance and whether this row continues it, or why the two cannot be compared.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, buildHistory, historyContext, hover, makeDate } from '../../../server/src/engine/index';
import { form4Xml } from '../../helpers/form4';
import { bought, filing, march, sold } from '../../helpers/history';

function historyHover(previous: string, current: string): string {
  const history = buildHistory([{ id: 'file:///f/march.xml', doc: analyze(previous, 'xml') }]);
  const doc = analyze(current, 'xml');
  const context = historyContext(history, 'file:///f/april.xml', doc);
  const offset = doc.text.indexOf('<sharesOwnedFollowingTransaction>') + '<sharesOwnedFollowingTransaction><value>'.length + 1;
  const markdown = hover(doc, offset, { history: context, today: makeDate(2024, 6, 1) })?.markdown ?? '';
  return markdown.slice(markdown.indexOf('**History**'));
}

test('the hover says the first row continues the previous closing balance, with a link to its row', () => {
  const text = historyHover(form4Xml(march), form4Xml(filing([sold('2024-04-09', '500', '9500')])));
  assert.match(
    text,
    /^\*\*History\*\* of Common Stock \(direct\): the previous filing of Owner1 Pat, march\.xml .* closed it at \*\*10,000\*\* \(\[Table I row 1\]\(file:\/\/\/f\/march\.xml#L\d+\)\)\. This row continues it\./,
  );
});

test('the hover says why a first row cannot be compared: rows that begin before the previous filing ends', () => {
  // A year-end Form 5 whose rows go back before the previous Form 4's last row cannot be laid end to end with it.
  const text = historyHover(
    form4Xml(march),
    form4Xml(filing([bought('2024-03-01', '100', '9100')], { signed: '2024-04-10', periodOfReport: '2024-04-09' })),
  );
  assert.match(
    text,
    /closed it at \*\*10,000\*\* .*The two cannot be compared: its rows begin 2024-03-01, before the previous filing's last row for it \(2024-03-05\)\./,
  );
});
