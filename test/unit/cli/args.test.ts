import assert from 'node:assert/strict';
import { test } from 'node:test';
import { helpText, parseCommandLine, UsageError } from '../../../server/src/cli/args';

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
    maxWarnings: undefined,
    quiet: false,
    stdinFilename: undefined,
    history: false,
    jobs: undefined,
  });
});

test('check takes --jobs N from 1 up, and --format jsonl', () => {
  const request = parseCommandLine(['check', '--jobs', '3', '--format', 'jsonl', 'a']);
  assert.equal(request.command === 'check' && request.jobs, 3);
  assert.equal(request.command === 'check' && request.format, 'jsonl');
  assert.match(helpText('check'), /--jobs N/);
  assert.match(helpText('check'), /--format jsonl/);
});

test('check takes --max-warnings, --quiet and --stdin-filename', () => {
  const request = parseCommandLine(['check', '--max-warnings', '0', '--quiet', '--stdin-filename', 'a.form4.yaml', '-']);
  assert.equal(request.command, 'check');
  if (request.command !== 'check') return;
  assert.equal(request.maxWarnings, 0);
  assert.equal(request.quiet, true);
  assert.equal(request.stdinFilename, 'a.form4.yaml');
  assert.equal(request.format, 'text');
  assert.equal((parseCommandLine(['check', '--format', 'github', 'a']) as { format: string }).format, 'github');
});

test('every command has its own help, by COMMAND --help, -h or help COMMAND', () => {
  for (const command of ['check', 'convert', 'render', 'rules'] as const) {
    assert.deepEqual(parseCommandLine([command, '--help']), { command: 'help', topic: command });
    assert.deepEqual(parseCommandLine([command, '-h']), { command: 'help', topic: command });
    assert.deepEqual(parseCommandLine(['help', command]), { command: 'help', topic: command });
    assert.match(helpText(command), new RegExp(`^Usage:\\n  form4 ${command} `));
    assert.doesNotMatch(helpText(command), new RegExp(`form4 (?!${command})\\w+ `), 'only its own command');
  }
  assert.match(helpText('check'), /--max-warnings N/);
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
    [['check', '--max-warnings', 'many', 'a'], /--max-warnings takes a whole number/],
    [['check', '--max-warnings', '-1', 'a'], /--max-warnings/],
    [['check', '--stdin-filename', 'a.xml', 'b.xml'], /needs - among the PATHs/],
    [['check', '--jobs', '0', 'a'], /--jobs takes a whole number, 1 or more/],
    [['check', '--jobs', 'all', 'a'], /--jobs takes a whole number/],
    [['help', 'frobnicate'], /unknown command 'frobnicate'/],
    [['frobnicate', '--help'], /unknown command 'frobnicate'/],
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
