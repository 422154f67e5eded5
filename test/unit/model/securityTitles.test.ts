import assert from 'node:assert/strict';
import { test } from 'node:test';
import { derivativeNamedBy, namesPlainStock } from '../../../server/src/engine/model/securityTitles';

test('titles of shares name no derivative, whatever else they mention', () => {
  const shares = [
    'Common Stock',
    'Common Stock, par value $.01  per share',
    'Restricted Stock',
    'Common Stock (Right to receive one share per unit)',
    'Common Stock acquired upon exercise of options',
    'Common Stock issuable upon exercise of Warrants',
    'Common Stock and Associated Preferred Stock Purchase Rights',
    'Class C Google Stock Units',
    'Common Stock (Deferred Stock Units)',
    'Series A Non-Voting Exchangeable Perpetual Preferred Stock',
    'Common Shares (2330.TW)',
  ];
  assert.deepEqual(
    shares.filter((t) => derivativeNamedBy(t) !== undefined),
    [],
  );
});

test('titles of derivatives name them, by the words that name the security', () => {
  const cases: [string, string][] = [
    ['Stock Option (Right to Buy)', 'an option'],
    ['Employee Stock Option (right to buy) #0149436', 'an option'],
    ['Warrant to Purchase Common Shares', 'a warrant'],
    ['Stock Appreciation Rights', 'a right'],
    ['Restricted Stock Units (RSU) (Class A)', 'restricted stock units'],
    ['RSU Award', 'restricted stock units'],
    ['Performance Share Units (ROC)', 'performance share units'],
    ['Convertible Senior Notes due 2027', 'a convertible note'],
    ['Common Stock (restricted stock units)', 'restricted stock units'],
  ];
  assert.deepEqual(
    cases.map(([title]) => derivativeNamedBy(title)),
    cases.map(([, name]) => name),
  );
});

test('plain common stock is unqualified: a class, a series or a parenthesis makes it something else', () => {
  assert.deepEqual(['Common Stock', 'common', 'Ordinary Shares', 'Common Stock, $0.001 par value'].map(namesPlainStock), [
    true,
    true,
    true,
    true,
  ]);
  assert.deepEqual(
    ['Class B Common Stock', 'Series B Preferred Stock', 'Common Stock (right to buy)', 'Cash Settled Share Forward Transactions'].map(
      namesPlainStock,
    ),
    [false, false, false, false],
  );
});
