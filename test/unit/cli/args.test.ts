import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCommandLine, UsageError } from '../../../server/src/cli/args';

test('check takes paths, a format and repeated rule settings', () => {
  const request = parseCommandLine([
    'check',
    '--format',
    'json',
    '--rule',
    'price/zero-trade=off',
    '--rule',
    'footnote/unused=error',
    'a.xml',
    'dir',
  ]);
  assert.deepEqual(request, {
    command: 'check',
    paths: ['a.xml', 'dir'],
    format: 'json',
    rules: { 'price/zero-trade': 'off', 'footnote/unused': 'error' },
    config: undefined,
    today: undefined,
  });
});

test('bad usage is a UsageError with a message that names the problem', () => {
  const cases: [string[], RegExp][] = [
    [['check'], /at least one PATH/],
    [['check', '--format', 'xml', 'a'], /--format must be one of text, json, sarif/],
    [['check', '--rule', 'x=loud', 'a'], /--rule takes ID=/],
    [['convert', 'a.xml'], /needs --to/],
    [['convert', '--to', 'pdf', 'a.xml'], /--to must be one of xml, yaml/],
    [['convert', '--to', 'yaml', 'a.xml', 'b.xml'], /exactly one FILE/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['check', '--bogus', 'a'], /bogus/],
  ];
  for (const [argv, message] of cases) {
    assert.throws(
      () => parseCommandLine(argv),
      (e: unknown) => e instanceof UsageError && message.test(e.message),
      argv.join(' '),
    );
  }
});

test('help and version need no command', () => {
  assert.deepEqual(parseCommandLine([]), { command: 'help' });
  assert.deepEqual(parseCommandLine(['--help']), { command: 'help' });
  assert.deepEqual(parseCommandLine(['--version']), { command: 'version' });
});
