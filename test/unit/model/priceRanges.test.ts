import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeDate } from '../../../server/src/engine/model/date';
import { Decimal } from '../../../server/src/engine/model/decimal';
import {
  explainsNoPrice,
  mentionsUndertaking,
  priceRanges,
  rangesForDay,
  withinRange,
  type PriceRange,
} from '../../../server/src/engine/model/priceRanges';
import { datesInText, formatTextDate } from '../../../server/src/engine/model/textDates';

function bounds(ranges: readonly PriceRange[]): string[] {
  return ranges.map((r) => `${r.low?.toString()}..${r.high?.toString()}${r.date ? ` ${formatTextDate(r.date)}` : ''}`);
}

test('priceRanges: the wordings of real footnotes', () => {
  const cases: [string, string[]][] = [
    ['sold in multiple trades at prices ranging from $208.33 to $209.31; the price reported', ['208.33..209.31']],
    ['the range of sale prices for the transactions reported was $15.00 to $15.045 per share.', ['15..15.045']],
    ['at prices ranging from $324.4900-$325.1900, inclusive.', ['324.49..325.19']],
    ['at prices ranging from $2,598.02 to $2,599.02, inclusive.', ['2598.02..2599.02']],
    ['at prices between 2.21 and 2.42.', ['2.21..2.42']],
    [
      'The highest price at which shares were sold was $262.46 and the lowest price at which shares were sold was $261.47.',
      ['261.47..262.46'],
    ],
    ['The lowest price was $1.10 and the highest price was $1.25.', ['1.1..1.25']],
    ['The price reported is a weighted average price.', []],
  ];
  for (const [text, expected] of cases) assert.deepEqual(bounds(priceRanges(text)), expected, text);
});

test('priceRanges: one range per day, the date after the range or before it in the same clause', () => {
  const after =
    'at prices ranging from (1) $65.04 to $66.84 on March 27, 2026; (2) $64.05 to $64.92 on March 30, 2026 and (3) $66.20 to $67.15 on March 31, 2026.';
  assert.deepEqual(bounds(priceRanges(after)), [
    '65.04..66.84 March 27, 2026',
    '64.05..64.92 March 30, 2026',
    '66.2..67.15 March 31, 2026',
  ]);
  const before = 'On May 1, 2024, the shares were sold at prices from $10.00 to $10.50; on May 2, at prices from $11.00 to $11.40.';
  assert.deepEqual(bounds(priceRanges(before)), ['10..10.5 May 1, 2024', '11..11.4 May 2']);
  // A date in another sentence is not the range's.
  assert.deepEqual(bounds(priceRanges('Plan adopted on December 9, 2025. Prices from $1.00 to $1.50.')), ['1..1.5']);
});

test("rangesForDay: the ranges of the row's day; every range when the text ties none, or has one", () => {
  const ranges = priceRanges('from $10.00 to $10.50 on May 1, 2024 and from $11.00 to $11.40 on May 2, 2024');
  assert.deepEqual(bounds(rangesForDay(ranges, makeDate(2024, 5, 2))), ['11..11.4 May 2, 2024']);
  assert.deepEqual(bounds(rangesForDay(ranges, makeDate(2024, 5, 3))).length, 2);
  const single = priceRanges('Sold on May 1, 2024 at prices from $10.00 to $10.50.');
  assert.deepEqual(bounds(rangesForDay(single, makeDate(2024, 5, 9))), ['10..10.5 May 1, 2024']);
});

test('withinRange: bounds inclusive, half a cent of rounding allowed, no more', () => {
  const [range] = priceRanges('from $10.004 to $10.60');
  const price = (s: string) => Decimal.parse(s) as Decimal;
  assert.equal(withinRange(range, price('10.00')), true);
  assert.equal(withinRange(range, price('10.60')), true);
  assert.equal(withinRange(range, price('10.605')), true);
  assert.equal(withinRange(range, price('10.6051')), false);
  assert.equal(withinRange(range, price('9.99')), false);
});

test('mentionsUndertaking: the undertaking in other words, not a mere mention of requests', () => {
  assert.ok(mentionsUndertaking('The reporting person undertakes to provide to the issuer ... full information'));
  assert.ok(
    mentionsUndertaking('The Reporting Person will provide upon request, to the SEC, the Issuer or security holder, full information'),
  );
  assert.ok(mentionsUndertaking('Full information regarding the number of shares sold at each price will be provided upon request.'));
  assert.ok(!mentionsUndertaking('These shares were sold in multiple transactions at prices ranging from $43.39 to $43.57 inclusive.'));
  assert.ok(!mentionsUndertaking('Shares withheld at the request of the reporting person.'));
});

test('explainsNoPrice: a reason for no price, not just any footnote', () => {
  for (const text of [
    'Gift without consideration.',
    'In-kind pro rata distribution to partners.',
    'Transfer for no value.',
    'Shares inherited from an estate.',
  ])
    assert.ok(explainsNoPrice(text), text);
  for (const text of ['The price reported is a weighted average price.', 'Sold under a Rule 10b5-1 plan.', 'Held by a trust.'])
    assert.ok(!explainsNoPrice(text), text);
});

test('datesInText: the forms footnotes write dates in', () => {
  const read = (text: string) => datesInText(text).map((d) => [d.year, d.month, d.day]);
  assert.deepEqual(read('on March 27, 2026 and Mar. 30 2026'), [
    [2026, 3, 27],
    [2026, 3, 30],
  ]);
  assert.deepEqual(read('adopted on 11/14/2025, amended 3/5/26'), [
    [2025, 11, 14],
    [2026, 3, 5],
  ]);
  assert.deepEqual(read('27th of March, 2026; 2026-03-31; on May 1'), [
    [2026, 3, 27],
    [2026, 3, 31],
    [undefined, 5, 1],
  ]);
  assert.deepEqual(read('February 30, 2026, 13/45/2026, 10b5-1'), []);
});

test('Decimal.dividedBy: a price per share from a total, rounded half away from zero to 4 places', () => {
  const d = (s: string) => Decimal.parse(s) as Decimal;
  assert.equal(d('1039330').dividedBy(d('400'))?.toString(), '2598.325');
  assert.equal(d('10').dividedBy(d('3'))?.toString(), '3.3333');
  assert.equal(d('20').dividedBy(d('3'))?.toString(), '6.6667');
  assert.equal(d('-20').dividedBy(d('3'))?.toString(), '-6.6667');
  assert.equal(d('1').dividedBy(d('0')), undefined);
});
