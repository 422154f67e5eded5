/** The preview checked against a history: the previous filing's closing balance beside a first row that does not continue it. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, buildHistory, historyContext, render } from '../../../server/src/engine/index';
import { form4Xml } from '../../helpers/form4';
import { april, march } from '../../helpers/history';

const history = buildHistory([{ id: 'file:///f/march.xml', doc: analyze(form4Xml(march), 'xml') }]);

function rendered(owned: string): string {
  const doc = analyze(form4Xml(april(owned)), 'xml');
  return render(doc, { standalone: false, history: historyContext(history, 'file:///f/april.xml', doc) })!;
}

test('a first row that does not continue the previous filing shows its closing balance beside the amount', () => {
  assert.match(
    rendered('9400'),
    /9,400<span class="f4-previous" title="Closing balance of the previous filing, march\.xml">previous filing: 10,000<\/span>/,
  );
});

test('a first row that continues it, or a render without a history, shows nothing more', () => {
  assert.doesNotMatch(rendered('9500'), /f4-previous/);
  assert.doesNotMatch(render(analyze(form4Xml(april('9400')), 'xml'), { standalone: false })!, /f4-previous/);
});
