import assert from 'node:assert/strict';
import { test } from 'node:test';
import { catalogue, describeRule } from '../../../server/src/engine/rules/catalogue';
import { rules } from '../../../server/src/engine/rules/index';

const idForm = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

test('rule ids are unique and of the form category/name', () => {
  const ids = catalogue.map((r) => r.id);
  assert.deepEqual(
    ids.filter((id, i) => ids.indexOf(id) !== i),
    [],
  );
  for (const id of ids) assert.match(id, idForm);
});

test('every registered rule is in the catalogue, with the same description', () => {
  for (const rule of rules) {
    const description = describeRule(rule.id);
    assert.ok(description, `${rule.id} is in the catalogue`);
    assert.equal(description.severity, rule.severity);
    assert.equal(description.summary, rule.summary);
    assert.ok(!('check' in description), 'the catalogue holds descriptions, not checks');
  }
});

test('the ids the readers and the structure checker emit are described', () => {
  for (const id of [
    'xml/syntax',
    'xml/doctype',
    'yaml/syntax',
    'input/too-large',
    'input/too-deep',
    'input/encoding',
    'schema/missing-element',
    'schema/unexpected-element',
    'schema/element-order',
    'schema/too-many',
    'schema/invalid-value',
    'schema/missing-attribute',
    'schema/unexpected-attribute',
    'schema/unexpected-text',
    'footnote/undefined',
    'footnote/duplicate-id',
    'internal/rule-failure',
  ]) {
    assert.ok(describeRule(id), `${id} is described`);
  }
  assert.equal(describeRule('no/such-rule'), undefined);
});

test('every rule has a one-line summary, an explanation and at least one source; business rules cite the SEC', () => {
  const business = new Set<string>(rules.map((r) => r.id));
  for (const rule of catalogue) {
    assert.ok(rule.summary.trim() && !rule.summary.includes('\n'), `${rule.id}: one-line summary`);
    assert.ok(rule.explanation.trim().length > 80, `${rule.id}: an explanation`);
    assert.ok(rule.sources.length > 0, `${rule.id}: at least one source`);
    for (const source of rule.sources) {
      assert.ok(source.title.trim(), `${rule.id}: source has a title`);
      if (source.url) assert.match(source.url, /^https?:\/\/[^\s]+$/, `${rule.id}: source url`);
    }
    if (business.has(rule.id))
      assert.ok(
        rule.sources.some((s) => s.url),
        `${rule.id}: a source with an address`,
      );
  }
});

test('the category of each rule is the first part of its id (rule10b5-1 included)', () => {
  const categoryOfPrefix: Record<string, string> = { xml: 'syntax', yaml: 'syntax', input: 'syntax', schema: 'structure' };
  for (const rule of catalogue) {
    const prefix = rule.id.split('/')[0];
    assert.equal(rule.category, categoryOfPrefix[prefix] ?? prefix, rule.id);
  }
});
