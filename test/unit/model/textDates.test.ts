import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatIsoDate } from '../../../server/src/engine/model/date';
import { statedAdoptionDates } from '../../../server/src/engine/model/planText';
import { fullDatesInText } from '../../../server/src/engine/model/textDates';

const read = (text: string) => fullDatesInText(text).map((d) => [formatIsoDate(d.date), d.written]);

test('dates are read in the forms filers write them, US order for numeric dates', () => {
  assert.deepEqual(read('adopted on May 5, 2025'), [['2025-05-05', 'May 5, 2025']]);
  assert.deepEqual(read('adopted Aug. 16, 2021 and Sept 3 2022'), [
    ['2021-08-16', 'Aug. 16, 2021'],
    ['2022-09-03', 'Sept 3 2022'],
  ]);
  assert.deepEqual(read('on the 16th of August, 2021'), [['2021-08-16', '16th of August, 2021']]);
  assert.deepEqual(read('on 5/6/2025, or 05/06/25'), [
    ['2025-05-06', '5/6/2025'],
    ['2025-05-06', '05/06/25'],
  ]);
  assert.deepEqual(read('entered into on 2025-05-05.'), [['2025-05-05', '2025-05-05']]);
  const [date] = fullDatesInText('plan dated March 3, 2024');
  assert.equal('plan dated March 3, 2024'.slice(date.start, date.end), 'March 3, 2024');
});

test('what is no full date is not read: a month and year, an impossible day, a price', () => {
  assert.deepEqual(read('In October 2007 the person wrote a call option'), []);
  assert.deepEqual(read('adopted on 2/30/2025 or February 30, 2025'), []);
  assert.deepEqual(read('prices from $66.52 to $67.40 for 1,337 shares'), []);
});

test('an adoption date is the date an adoption word introduces in the same sentence, with no other event between', () => {
  const stated = (text: string) => statedAdoptionDates(text).map((d) => formatIsoDate(d.date));
  assert.deepEqual(stated('a Rule 10b5-1 trading plan adopted by the reporting person on March 13, 2025.'), ['2025-03-13']);
  assert.deepEqual(stated('a plan between Raymar Investments S.A. and UBS Financial Services Inc. adopted on December 9, 2025.'), [
    '2025-12-09',
  ]);
  assert.deepEqual(stated('a Rule 10b5-1 trading plan established on February 2, 2015'), ['2015-02-02']);
  assert.deepEqual(stated('a plan adopted on March 3, 2024 and modified on June 5, 2024'), ['2024-03-03', '2024-06-05']);
  assert.deepEqual(stated('a plan adopted by the Reporting Person. Related transactions effected on April 13, 2022 are reported'), []);
  assert.deepEqual(stated('a plan adopted by the reporting person, under which the shares were sold on May 5, 2025'), []);
});
