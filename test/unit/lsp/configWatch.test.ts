/** The folder and name a .form4rc.json watcher is registered with, from what the client hands over. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { watchTarget } from '../../../server/src/lsp/configWatch';

test('a POSIX path: its folder as a file URI, each segment percent-encoded', () => {
  assert.deepEqual(watchTarget('/home/a b/repo/.form4rc.json'), { baseUri: 'file:///home/a%20b/repo', pattern: '.form4rc.json' });
  assert.deepEqual(watchTarget('/.form4rc.json'), { baseUri: 'file:///', pattern: '.form4rc.json' });
});

test('a Windows path: the drive as VS Code writes it', () => {
  assert.deepEqual(watchTarget('C:\\Users\\me\\repo\\.form4rc.json'), {
    baseUri: 'file:///c:/Users/me/repo',
    pattern: '.form4rc.json',
  });
});

test('a URI of a virtual workspace: its folder as it is', () => {
  assert.deepEqual(watchTarget('vscode-vfs://github/o/r/.form4rc.json'), { baseUri: 'vscode-vfs://github/o/r', pattern: '.form4rc.json' });
});

test('nothing to watch without a folder or a name', () => {
  assert.equal(watchTarget('.form4rc.json'), undefined);
  assert.equal(watchTarget('/repo/'), undefined);
});
