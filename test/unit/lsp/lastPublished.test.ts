/** A re-run of a document's version that finds what was published publishes nothing; anything else is published. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LastPublished } from '../../../server/src/lsp/lastPublished';

const warning = { message: 'Table I row 1: ...', range: { start: { line: 3, character: 4 }, end: { line: 3, character: 9 } } };

test('the same version with the same payload is unchanged; a new version, a new payload or a forgotten one is not', () => {
  const last = new LastPublished<{ diagnostics: unknown[] }>();
  assert.equal(last.unchanged('a', 1, { diagnostics: [warning] }), false, 'first publication');
  assert.equal(last.unchanged('a', 1, { diagnostics: [{ ...warning }] }), true, 'equal content, another object');
  assert.equal(last.unchanged('b', 1, { diagnostics: [warning] }), false, 'another document');
  assert.equal(last.unchanged('a', 1, { diagnostics: [] }), false, 'the history cleared the finding');
  assert.equal(last.unchanged('a', 1, { diagnostics: [] }), true);
  assert.equal(last.unchanged('a', 2, { diagnostics: [] }), false, 'an edit: the markers move with the new version');
  last.forget('a');
  assert.equal(last.unchanged('a', 2, { diagnostics: [] }), false, 'closed or cleared, then checked again');
});
