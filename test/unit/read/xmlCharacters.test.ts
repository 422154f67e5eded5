/**
 * Characters a YAML draft can spell and XML 1.0 cannot hold, through the front door: `check` reports each value
 * holding one as `yaml/syntax` on that value, whether it came from a double-quoted escape or stood in the text
 * itself, and a draft with neither (a backslash in a plain value included) gets nothing.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { analyze, check } from '../../../server/src/engine/service';
import { marked, sliceOf } from '../../helpers/markers';

const example = readFileSync(path.join(__dirname, '..', '..', '..', 'examples', 'modern-exercise-and-sale.form4.yaml'), 'utf8');

/** The example draft with remarks `remarks` (a YAML value, markers allowed), before its signature. */
function draftWithRemarks(remarks: string) {
  assert.match(example, /^ownerSignature:$/m);
  assert.doesNotMatch(example, /[«»]|^remarks:/m);
  return marked(example.replace(/^ownerSignature:$/m, () => `remarks: ${remarks}\nownerSignature:`));
}

function characterFindings(text: string) {
  return check(analyze(text, 'yaml')).filter((f) => f.rule === 'yaml/syntax' && /XML 1\.0 does not allow/.test(f.message));
}

test('a character spelt by an escape is reported on its value', () => {
  for (const [escape, label] of [
    ['\\x00', 'U+0000'],
    ['\\x1f', 'U+001F'],
    ['\\uFFFE', 'U+FFFE'],
    ['\\uD800', 'U+D800'],
  ] as const) {
    const { text, slices } = draftWithRemarks(`«"before ${escape} after"»`);
    const findings = characterFindings(text);
    assert.equal(findings.length, 1, escape);
    assert.equal(sliceOf(text, findings[0].span), slices[0], escape);
    assert.match(findings[0].message, new RegExp(`^remarks holds ${label.replace('+', '\\+')}`), escape);
  }
});

test('a character standing in the text itself is reported too', () => {
  // A lone surrogate cannot come from a file's bytes, but an editor's buffer can hold one.
  const { text, slices } = draftWithRemarks('«"half a pair \uD83D here"»');
  const findings = characterFindings(text);
  assert.equal(findings.length, 1);
  assert.equal(sliceOf(text, findings[0].span), slices[0]);
});

test('a draft with a backslash but no forbidden character has none to report', () => {
  for (const remarks of ['C:\\filings\\2022', '"a tab \\t, a quote \\" and a backslash \\\\"', "'single \\x00 quotes keep it'"]) {
    assert.deepEqual(characterFindings(draftWithRemarks(remarks).text), [], remarks);
  }
  assert.deepEqual(characterFindings(example), [], 'the example as it stands');
});
