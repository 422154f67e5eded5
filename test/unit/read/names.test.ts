import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { sharedName } from '../../../server/src/engine/read/names';
import { readXml } from '../../../server/src/engine/read/xml';

describe('sharedName', () => {
  it('gives back the same name, whatever it is (prototype names and digits included)', () => {
    for (const name of ['a', 'issuerCik', '__proto__', 'constructor', 'toString', '1', 'x:y', 'ünïcödé', 'a'.repeat(200)]) {
      assert.equal(sharedName(name), name);
      assert.equal(sharedName(name.slice(0)), name);
    }
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (name) => assert.equal(sharedName(name), name)));
  });

  it('stays bounded: past its limit, names are given back as they come', () => {
    for (let i = 0; i < 5000; i++) assert.equal(sharedName(`n${i}`), `n${i}`);
  });

  it('leaves the tree the reader builds as it was: names and attributes read as written', () => {
    const { root } = readXml('<ownershipDocument a="1" __proto__="2"><x:y/><constructor>t</constructor></ownershipDocument>');
    assert.deepEqual(
      root?.attributes.map((a) => [a.name, a.value.value]),
      [
        ['a', '1'],
        ['__proto__', '2'],
      ],
    );
    assert.deepEqual(
      root?.children.map((c) => c.name),
      ['x:y', 'constructor'],
    );
  });
});
