import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { globToRegExp, matchesAnyGlob } from '../../../server/src/shared/glob';
import { form4FormatOf, uriPath } from '../../../server/src/shared/documentSelection';
import { defaultSettings, parseSettings } from '../../../server/src/lsp/settings';

describe('settings', () => {
  it('reads the form4 section as VS Code nests it', () => {
    const settings = parseSettings({
      enable: false,
      rules: { 'code/direction': 'warning', 'owner/ccc-present': 'off', 'date/deadline': 'info', bogus: 'loud', n: 3 },
      validation: { debounce: 400 },
      files: { include: ['*.draft.yaml', '', 7] },
      limits: { maxFileSize: 5000, maxDepth: 50 },
      history: { enable: false, include: 'filings/**/*.xml' },
    });
    assert.deepEqual(settings, {
      enable: false,
      rules: { 'code/direction': 'warning', 'owner/ccc-present': 'off', 'date/deadline': 'information' },
      debounceMs: 400,
      include: ['*.draft.yaml'],
      maxFileSize: 5000,
      maxDepth: 50,
      historyEnable: false,
      historyInclude: 'filings/**/*.xml',
    });
  });

  it('falls back to the defaults for anything missing or of the wrong type or range', () => {
    assert.deepEqual(parseSettings(undefined), defaultSettings);
    assert.deepEqual(parseSettings('nonsense'), defaultSettings);
    assert.deepEqual(
      parseSettings({
        enable: 'yes',
        rules: [],
        validation: { debounce: -5 },
        files: { include: 'x' },
        limits: { maxDepth: 1e9 },
        history: { enable: 1, include: ' ' },
      }),
      defaultSettings,
    );
    assert.equal(parseSettings({ validation: { debounce: Number.NaN } }).debounceMs, 150);
  });
});

describe('glob patterns', () => {
  it('matches file names, path endings and anchored paths', () => {
    assert.ok(matchesAnyGlob('/home/me/filings/q3.draft.yaml', ['*.draft.yaml']));
    assert.ok(matchesAnyGlob('/home/me/filings/q3.yaml', ['filings/*.yaml']));
    assert.ok(!matchesAnyGlob('/home/me/filings/old/q3.yaml', ['filings/*.yaml']));
    assert.ok(matchesAnyGlob('/home/me/filings/old/q3.yaml', ['filings/**/*.yaml']));
    assert.ok(matchesAnyGlob('/home/me/filings/q3.yaml', ['**/filings/*.{yaml,yml}']));
    assert.ok(matchesAnyGlob('/a/b.yml', ['/a/*.{yaml,yml}']));
    assert.ok(!matchesAnyGlob('/x/a/b.yml', ['/a/*.yml']));
    assert.ok(matchesAnyGlob('/a/f1.yaml', ['f[0-9].yaml']));
    assert.ok(!matchesAnyGlob('/a/fx.yaml', ['f[!a-z].yaml']));
    assert.ok(matchesAnyGlob('/a/f?.yaml', ['f?.yaml']));
    assert.ok(!matchesAnyGlob('/a/b.yaml', []));
  });

  it('treats regular-expression characters literally and never throws on odd patterns', () => {
    assert.ok(matchesAnyGlob('/a/b+c (1).yaml', ['b+c (1).yaml']));
    assert.ok(!matchesAnyGlob('/a/bbc (1).yaml', ['b+c (1).yaml']));
    for (const odd of ['[', '{a,b', '**/[', '\\', '(((', '*?*?']) assert.doesNotThrow(() => matchesAnyGlob('/a/b', [odd]));
    assert.ok(globToRegExp('{a,b').test('/x/{a,b'));
  });
});

describe('document selection', () => {
  const xml = '<?xml version="1.0"?>\n<!-- a filing -->\n<ownershipDocument><documentType>4</documentType></ownershipDocument>';
  it('checks ownership XML by content, drafts by name, and what the patterns add', () => {
    assert.equal(form4FormatOf({ uri: 'file:///a/x.xml', languageId: 'xml', text: xml, include: [] }), 'xml');
    assert.equal(form4FormatOf({ uri: 'file:///a/pom.xml', languageId: 'xml', text: '<project/>', include: [] }), undefined);
    // A blank XML document may become a filing (completion offers a new draft); one with another root never.
    assert.equal(form4FormatOf({ uri: 'untitled:Untitled-1', languageId: 'xml', text: '', include: [] }), 'xml');
    assert.equal(form4FormatOf({ uri: 'file:///a/new.xml', languageId: 'xml', text: '<?xml version="1.0"?>\n', include: [] }), 'xml');
    assert.equal(form4FormatOf({ uri: 'file:///a/new.xml', languageId: 'xml', text: '<?xml version="1.0"?>\n<p', include: [] }), undefined);
    assert.equal(form4FormatOf({ uri: 'file:///a/x.form4.yaml', languageId: 'yaml', text: '', include: [] }), 'yaml');
    assert.equal(form4FormatOf({ uri: 'untitled:/a/new%20filing.form4.yml', languageId: 'yaml', text: '', include: [] }), 'yaml');
    assert.equal(form4FormatOf({ uri: 'file:///a/x.yaml', languageId: 'yaml', text: 'a: 1', include: [] }), undefined);
    assert.equal(form4FormatOf({ uri: 'file:///a/x.yaml', languageId: 'yaml', text: 'a: 1', include: ['*.yaml'] }), 'yaml');
    assert.equal(form4FormatOf({ uri: 'file:///a/x.txt', languageId: 'xml', text: '<a/>', include: ['*.txt'] }), 'xml');
    assert.equal(form4FormatOf({ uri: 'vscode-vfs://github/o/r/x.xml', languageId: 'xml', text: xml, include: [] }), 'xml');
  });

  it('reads the path out of any URI', () => {
    assert.equal(uriPath('file:///a/b%20c.xml'), '/a/b c.xml');
    assert.equal(uriPath('untitled:Untitled-1'), 'Untitled-1');
    assert.equal(uriPath('not a uri'), 'not a uri');
  });
});
