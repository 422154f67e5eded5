import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ruleLinkFromOptions } from '../../../server/src/lsp/translate';

const published = 'https://github.com/form4/form4/blob/main/docs/rules.md';

describe('links on diagnostic codes', () => {
  it('links a rule to its section of the published rules document, ignoring the per-rule map of older clients', () => {
    const olderClient: Record<string, unknown> = { ruleDocumentationLinks: { 'code/direction': 'file:///x/rules.md#L3' } };
    const link = ruleLinkFromOptions(olderClient);
    assert.equal(link('code/direction'), `${published}#codedirection`);
    assert.equal(link('code/no-such-rule'), undefined, 'no link for an id the catalogue does not have');
  });

  it("follows the client's template, the rule id encoded, and ignores a template that names no rule", () => {
    const templated = ruleLinkFromOptions({ ruleDocumentationLink: 'https://docs.example/rules#{rule}' });
    assert.equal(templated('holdings/running-balance'), 'https://docs.example/rules#holdings%2Frunning-balance');
    for (const ruleDocumentationLink of ['https://docs.example/rules', 42]) {
      assert.equal(ruleLinkFromOptions({ ruleDocumentationLink })('code/direction'), `${published}#codedirection`);
    }
  });
});
