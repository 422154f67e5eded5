/**
 * Counts and sizes in messages are grouped by thousands by hand (text/thousands.ts), as `toLocaleString('en-US')`
 * writes them, without loading the locale's number formats.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { grouped, withThousandsSeparators } from '../../../server/src/engine/text/thousands';

describe('grouped', () => {
  it('writes counts as en-US does', () => {
    for (const n of [0, 7, 999, 1000, 12_500, 99_950, 100_000, 1_234_567, 20_000_000, -1, -1234, 1234.5, 0.25]) {
      assert.equal(grouped(n), n.toLocaleString('en-US', { maximumFractionDigits: 20 }), String(n));
    }
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        assert.equal(grouped(n), n.toLocaleString('en-US'));
      }),
    );
  });

  it('leaves what is not a plain number as JavaScript writes it', () => {
    assert.equal(grouped(Infinity), 'Infinity');
    assert.equal(grouped(Number.NaN), 'NaN');
    assert.equal(grouped(1e21), '1e+21');
  });
});

describe('withThousandsSeparators', () => {
  it('groups a string of digits of any length in one pass', () => {
    assert.equal(withThousandsSeparators('1'), '1');
    assert.equal(withThousandsSeparators('123'), '123');
    assert.equal(withThousandsSeparators('1234'), '1,234');
    const digits = '9'.repeat(40_000);
    const out = withThousandsSeparators(digits);
    assert.equal(out.replaceAll(',', ''), digits);
    assert.equal(out.split(',').length, Math.ceil(40_000 / 3));
  });
});
