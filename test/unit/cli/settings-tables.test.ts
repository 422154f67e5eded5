/**
 * One severity list and one limits table, in the engine; package.json's settings, the language server's parser and
 * the command line all follow them. These tests fail when package.json drifts from the engine's tables, or when an
 * adapter stops reading them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseRuleSettings } from '../../../server/src/cli/args';
import { defaultReadLimits, parseRuleSetting, readLimitBounds, ruleSettings } from '../../../server/src/engine/index';
import { parseSettings } from '../../../server/src/lsp/settings';

const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  contributes: {
    configuration: {
      properties: Record<string, { default?: unknown; minimum?: number; maximum?: number; additionalProperties?: { enum?: string[] } }>;
    };
  };
};
const settings = manifest.contributes.configuration.properties;

test("package.json's rule settings are the engine's list, and the info every adapter takes", () => {
  assert.deepEqual(settings['form4.rules']?.additionalProperties?.enum, [...ruleSettings, 'info']);
});

test("package.json's limits are the engine's defaults and bounds", () => {
  assert.deepEqual(
    {
      default: settings['form4.limits.maxFileSize']?.default,
      minimum: settings['form4.limits.maxFileSize']?.minimum,
      maximum: settings['form4.limits.maxFileSize']?.maximum,
    },
    { default: defaultReadLimits.maxBytes, minimum: readLimitBounds.maxBytes.min, maximum: readLimitBounds.maxBytes.max },
  );
  assert.deepEqual(
    {
      default: settings['form4.limits.maxDepth']?.default,
      minimum: settings['form4.limits.maxDepth']?.minimum,
      maximum: settings['form4.limits.maxDepth']?.maximum,
    },
    { default: defaultReadLimits.maxDepth, minimum: readLimitBounds.maxDepth.min, maximum: readLimitBounds.maxDepth.max },
  );
});

test('the editor and the command line accept the same rule settings, info included', () => {
  for (const setting of [...ruleSettings, 'info']) {
    const expected = parseRuleSetting(setting);
    assert.ok(expected, setting);
    assert.equal(parseSettings({ rules: { 'code/direction': setting } }).rules['code/direction'], expected, `editor: ${setting}`);
    assert.equal(parseRuleSettings([`code/direction=${setting}`])['code/direction'], expected, `command line: ${setting}`);
  }
  assert.equal(parseRuleSetting('loud'), undefined);
  assert.deepEqual(parseSettings({ rules: { 'code/direction': 'loud' } }).rules, {});
  assert.throws(() => parseRuleSettings(['code/direction=loud']), /--rule takes ID=off\|hint\|information\|warning\|error/);
});

test("the editor's depth limit stops at the engine's ceiling, not above", () => {
  assert.equal(parseSettings({ limits: { maxDepth: readLimitBounds.maxDepth.max } }).maxDepth, readLimitBounds.maxDepth.max);
  assert.equal(parseSettings({ limits: { maxDepth: 100_000 } }).maxDepth, defaultReadLimits.maxDepth);
});
