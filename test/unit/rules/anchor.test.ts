/**
 * The one rule-documentation anchor: what the generator links from the contents, SARIF's helpUri and the editor's
 * links on diagnostic codes all use. Checked against the headings of the real docs/rules.md, with GitHub's way of
 * naming a heading's anchor written out here independently (on the heading as rendered, code marks gone).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { catalogue, ruleAnchor, ruleDocumentationUrl, rulesDocumentUrl } from '../../../server/src/engine/index';
import { headingAnchor } from '../../../server/src/engine/rules/anchor';

const rulesDocument = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');

/** GitHub's slugs: lower case, every character but letters, digits, spaces, `-` and `_` dropped, spaces to `-`. */
function githubSlug(renderedText: string): string {
  const kept = [...renderedText.toLowerCase()].filter((ch) => /[\p{L}\p{N} _-]/u.test(ch));
  return kept.join('').replaceAll(' ', '-');
}

/** Each heading's anchor, as GitHub numbers repeats (`x`, `x-1`, …), to the heading's rendered text. */
function headingsByAnchor(markdown: string): Map<string, string> {
  const byAnchor = new Map<string, string>();
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) inFence = !inFence;
    const heading = inFence ? null : /^#{1,6} +(.*)$/.exec(line);
    if (!heading) continue;
    const text = heading[1].replaceAll('`', '');
    const slug = githubSlug(text);
    let anchor = slug;
    for (let n = 1; byAnchor.has(anchor); n++) anchor = `${slug}-${n}`;
    byAnchor.set(anchor, text);
  }
  return byAnchor;
}

describe('rule documentation anchor', () => {
  it('drops the slash, dots and upper case of an id and keeps its hyphens and underscores', () => {
    assert.equal(ruleAnchor('code/direction'), 'codedirection');
    assert.equal(ruleAnchor('rule10b5-1/checkbox-missing'), 'rule10b5-1checkbox-missing');
    assert.equal(ruleAnchor('schema.v2/too_many.items'), 'schemav2too_manyitems');
    assert.equal(ruleAnchor('Holdings/Running-Balance'), 'holdingsrunning-balance');
  });

  it('turns the spaces of a category heading into hyphens', () => {
    assert.equal(headingAnchor('Structure (the EDGAR schema)'), 'structure-the-edgar-schema');
    assert.equal(headingAnchor('Rule 10b5-1 checkbox'), 'rule-10b5-1-checkbox');
  });

  it('links the section of the published rules document', () => {
    assert.equal(ruleDocumentationUrl('code/direction'), `${rulesDocumentUrl}#codedirection`);
  });

  it("names, for every rule in the catalogue, the heading of that rule's section in docs/rules.md", () => {
    const headings = headingsByAnchor(rulesDocument);
    for (const rule of catalogue) {
      assert.equal(headings.get(ruleAnchor(rule.id)), rule.id, `#${ruleAnchor(rule.id)} is the heading of ${rule.id}`);
    }
  });

  it('gives every link of the contents a heading to land on', () => {
    const headings = headingsByAnchor(rulesDocument);
    const links = [...rulesDocument.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    assert.ok(links.length > catalogue.length, `${links.length} links in the contents`);
    for (const link of links) assert.ok(headings.has(link), `#${link} names a heading`);
  });
});
