import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../../../server/src/engine/index';
import { DiagnosisLog, describeDocument } from '../../../server/src/lsp/diagnosisLog';
import { defaultSettings } from '../../../server/src/lsp/settings';
import type { StatusParams } from '../../../server/src/shared/protocol';

const uri = 'file:///work/My%20Filing.xml';
const status: StatusParams = { uri, version: 1, checked: true, kind: '4', format: 'xml', schemaVersion: 'X0508', errors: 0, warnings: 0 };

function failure(message: string): Finding {
  return {
    rule: 'internal/rule-failure',
    severity: 'error',
    message,
    span: { start: 0, end: 1 },
    data: { rule: 'holdings/running-balance' },
  } as Finding;
}

function logs() {
  const info: string[] = [];
  const error: string[] = [];
  return {
    info,
    error,
    log: new DiagnosisLog(
      (m) => info.push(m),
      (m) => error.push(m),
    ),
  };
}

test('start-up says the version, the Node and the client', () => {
  const { info, log } = logs();
  log.started('1.2.3', { name: 'Visual Studio Code', version: '1.95.0' });
  assert.match(info[0]!, /^Form 4 language server 1\.2\.3 started \(Node v\d+\.\d+\.\d+, pid \d+; client Visual Studio Code 1\.95\.0\)\.$/);
});

test('a document is described once, with its schema version and the settings in force, and again when they change', () => {
  const { info, log } = logs();
  log.checked(uri, status, defaultSettings, []);
  log.checked(uri, { ...status, version: 2, errors: 3 }, defaultSettings, []);
  assert.deepEqual(info, [`My Filing.xml: Form 4, EDGAR XML, schema X0508; settings in force: ${JSON.stringify(defaultSettings)}`]);
  const quieter = { ...defaultSettings, rules: { 'date/deadline': 'off' as const } };
  log.checked(uri, status, quieter, []);
  assert.equal(info.length, 2);
  assert.match(info[1]!, /"date\/deadline":"off"/);
  log.closed(uri);
  log.checked(uri, status, quieter, []);
  assert.equal(info.length, 3, 'a reopened document is described again');
});

test('each rule failure is logged as an error, once per document until it closes', () => {
  const { error, log } = logs();
  const failed = failure('Rule holdings/running-balance failed (boom); its findings are missing.');
  log.checked(uri, status, defaultSettings, [failed]);
  log.checked(uri, status, defaultSettings, [failed]);
  assert.deepEqual(error, ['My Filing.xml: Rule holdings/running-balance failed (boom); its findings are missing.']);
});

test('the document line names the form, the format and the schema version', () => {
  assert.equal(
    describeDocument({ ...status, kind: '4/A', format: 'yaml', schemaVersion: undefined }),
    'Form 4/A, YAML draft, no schemaVersion',
  );
  assert.equal(describeDocument({ uri, version: 1, checked: false, errors: 0, warnings: 0 }), 'not checked');
});
