/**
 * The server answers rule-documentation questions from its catalogue (`form4/ruleDocumentation`): the rule's facts
 * and its section of docs/rules.md, or null; and links each diagnostic's code to that section by its anchor.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { describeRule } from '../../server/src/engine/index';
import type { RuleDocumentationResult } from '../../server/src/shared/protocol';
import { TestClient, readText } from './harness';
import { replaceIn } from './support';

const rulesDocument = readText('docs/rules.md');
const published = 'https://github.com/form4/form4/blob/main/docs/rules.md';

describe('rule documentation', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  const ask = (params: unknown): Promise<RuleDocumentationResult> => client.connection.sendRequest('form4/ruleDocumentation', params);

  it("answers for a rule with the catalogue's entry and the rule's section of docs/rules.md", async () => {
    const answer = await ask({ rule: 'holdings/running-balance' });
    assert.ok(answer, 'an answer for a known rule');
    const { markdown, href, ...facts } = answer;
    const { id, summary, severity, category, explanation, sources } = describeRule('holdings/running-balance')!;
    assert.deepEqual(facts, { id, summary, severity, category, explanation, sources });
    assert.ok(markdown.startsWith('### `holdings/running-balance`\n'), markdown.slice(0, 80));
    assert.ok(rulesDocument.includes(`${markdown}\n\n#`), 'the section as docs/rules.md has it, up to the next heading');
    assert.equal(href, `${published}#holdingsrunning-balance`);
  });

  it('answers null for an id the catalogue does not have, and for a request without one', async () => {
    assert.equal(await ask({ rule: 'holdings/no-such-rule' }), null);
    assert.equal(await ask({ rule: 'holdings' }), null);
    assert.equal(await ask({}), null);
  });

  it("links a diagnostic's code to its rule's section, the link the documentation answer gives", async () => {
    const uri = 'file:///work/rule-doc-links.xml';
    const cell = '<transactionAcquiredDisposedCode><value>';
    const edited = replaceIn(readText('examples/modern-exercise-and-sale.xml'), `${cell}D`, `${cell}A`, 2).text;
    await client.open(uri, 'xml', edited);
    const diagnostics = await client.diagnosticsOfCurrentVersion(uri);
    const direction = diagnostics.find((d) => d.code === 'code/direction');
    assert.equal(direction?.codeDescription?.href, `${published}#codedirection`);
    assert.equal(direction?.codeDescription?.href, (await ask({ rule: 'code/direction' }))?.href);
    assert.ok(rulesDocument.includes('\n### `code/direction`\n'), 'the heading that anchor names');
    for (const d of diagnostics) assert.ok(d.codeDescription?.href.startsWith(`${published}#`), `${String(d.code)} has a link`);
    await client.close(uri);
  });
});
