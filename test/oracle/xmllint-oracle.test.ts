/**
 * The oracle: our structural verdict (readXml + checkStructure) against xmllint's, validating with the SEC's v5.5
 * schema of each document's form, on thousands of seeded single-point mutations of the real corpus of that form
 * (Forms 3, 4 and 5 and their amendments). They must agree on at least 99% for each of the six document types; every
 * disagreement is printed with both sides' messages.
 *
 * The corpus holds no Form 3/A, so 3/A documents are derived from the real Form 3s (documentType 3/A and a
 * dateOfOriginalSubmission added). Each filing is first brought to today's schema version (`toCurrentVersion`), so
 * that xmllint's verdict is on the mutation and not on a rule the filing predates (most real Form 5s were filed
 * before the Rule 10b5-1 box existed); how older documents are judged is tested in test/corpus/structure.test.ts and
 * test/unit/structure/check.test.ts.
 *
 * Where libxml2 departs from XML Schema we follow XML Schema; those departures are listed in `libxml2Deviations`
 * with the reason, checked below against xmllint so the list stays true, and not generated as mutations.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Finding } from '../../server/src/engine/findings';
import { readXml } from '../../server/src/engine/read/xml';
import { checkStructure } from '../../server/src/engine/structure/check';
import { formIdOf, formIds } from '../../server/src/engine/forms/id';
import { childDeclaration, currentSchemaVersion, documentSchemas, type DocumentKind } from '../../server/src/engine/structure/schema';
import { textOf, firstChild } from '../../server/src/engine/tree/node';
import { corpusFiles, sharedDir, type CorpusForm } from '../helpers/shared';
import { mutateCorpus, type CorpusDocument } from './mutations';

// ORACLE_MUTATIONS / ORACLE_SEED explore further (e.g. 20000 mutations with another seed); the defaults are what CI runs.
const mutationCount = Number(process.env.ORACLE_MUTATIONS ?? 3600);
const seed = Number(process.env.ORACLE_SEED ?? 20240315);
const requiredAgreement = 0.99;

/** Each document type's share of the mutations: Form 4 has the largest corpus, the amendments the smallest. */
const shares: Readonly<Record<DocumentKind, number>> = { '3': 0.15, '3/A': 0.1, '4': 0.35, '4/A': 0.1, '5': 0.2, '5/A': 0.1 };

const schemaDir = path.join(sharedDir, 'sec', 'xsd', 'v5.5');
const schemaFor = Object.fromEntries(
  formIds.map((id) => [id, path.join(schemaDir, `ownership${id.replace('/', '')}Document.xsd.xml`)]),
) as Record<DocumentKind, string>;

/**
 * The findings that make a document invalid in the sense xmllint means: errors, and the structure checker's
 * information findings too (a rule of today's schema that the document's declared version predates, which xmllint,
 * knowing only today's schema, applies).
 */
function structural(finding: Finding): boolean {
  const rule = finding.rule;
  if (finding.severity !== 'error' && !(finding.severity === 'information' && rule.startsWith('schema/'))) return false;
  return (
    rule.startsWith('xml/') ||
    rule.startsWith('input/') ||
    rule.startsWith('schema/') ||
    rule === 'footnote/undefined' ||
    rule === 'footnote/duplicate-id'
  );
}

function ourFindings(text: string, kind: DocumentKind): Finding[] {
  const read = readXml(text);
  const findings = read.root ? [...read.findings, ...checkStructure(read.root, documentSchemas[kind])] : [...read.findings];
  return findings.filter(structural);
}

function requireXmllint(): void {
  const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    assert.fail('xmllint is not installed, and the oracle test needs it: install it with `apt-get install -y libxml2-utils` (CI does).');
  }
}

interface XmllintVerdict {
  readonly valid: boolean;
  readonly messages: string[];
}

/**
 * Validates many files with one xmllint process per schema and reads its per-file verdict lines ("F validates" /
 * "F fails to validate"). A file that is not well-formed gets no verdict line: it is invalid.
 */
function xmllint(files: readonly string[], schema: string): Map<string, XmllintVerdict> {
  const verdicts = new Map<string, XmllintVerdict>(files.map((f) => [f, { valid: false, messages: [] }]));
  if (files.length === 0) return verdicts;
  const run = spawnSync('xmllint', ['--noout', '--schema', schema, ...files], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  assert.ok(!run.error, `xmllint did not run: ${run.error?.message}`);
  for (const line of run.stderr.split('\n')) {
    const m = /^(\S+?\.xml)(?::\d+:| )(.*)$/.exec(line);
    const verdict = m && verdicts.get(m[1]);
    if (!m || !verdict) continue;
    if (m[2] === 'validates') verdicts.set(m[1], { ...verdict, valid: true });
    else if (m[2] !== 'fails to validate') verdict.messages.push(m[2].trim());
  }
  return verdicts;
}

/** The corpus folder of each document type; 3/A has none of its own and is derived from Form 3. */
const folderOf: Readonly<Record<DocumentKind, CorpusForm>> = {
  '3': 'form3',
  '3/A': 'form3',
  '4': 'form4',
  '4/A': 'form4',
  '5': 'form5',
  '5/A': 'form5',
};

function corpusDocument(file: string, text: string): CorpusDocument {
  const root = readXml(text).root;
  assert.ok(root, `${file} must be readable`);
  const kind = formIdOf(textOf(firstChild(root, 'documentType')));
  assert.ok(kind, `${file}: documentType`);
  return { file, kind, text, root };
}

/**
 * The filing as it would be written today: schemaVersion X0609 and, where today's schema requires one and the filing
 * predates it, a Rule 10b5-1 box (unchecked) after the last reporting owner.
 */
function toCurrentVersion(doc: CorpusDocument): CorpusDocument {
  let text = doc.text;
  const root = doc.root;
  const needsBox = childDeclaration(documentSchemas[doc.kind].type, 'aff10b5One')?.min === 1 && !firstChild(root, 'aff10b5One');
  if (needsBox) {
    const owners = root.children.filter((c) => c.name === 'reportingOwner');
    const after = owners[owners.length - 1].span.end;
    text = `${text.slice(0, after)}<aff10b5One>0</aff10b5One>${text.slice(after)}`;
  }
  text = text.replace(/<schemaVersion>[^<]*<\/schemaVersion>/, `<schemaVersion>${currentSchemaVersion}</schemaVersion>`);
  return corpusDocument(doc.file, text);
}

/** A Form 3/A made from a real Form 3: documentType 3/A and the original's date (its signature date, say). */
function asAmendment(doc: CorpusDocument): CorpusDocument {
  const period = textOf(firstChild(doc.root, 'periodOfReport'));
  const text = doc.text
    .replace(/<documentType>\s*3\s*<\/documentType>/, '<documentType>3/A</documentType>')
    .replace(/(<periodOfReport>[^<]*<\/periodOfReport>)/, `$1<dateOfOriginalSubmission>${period.trim()}</dateOfOriginalSubmission>`);
  assert.notEqual(text, doc.text, `${doc.file} becomes a 3/A`);
  return corpusDocument(`${doc.file} as 3/A`, text);
}

function loadCorpus(): CorpusDocument[] {
  const real = (['form3', 'form4', 'form5'] as const).flatMap((folder) =>
    corpusFiles(folder).map((file) => corpusDocument(path.basename(file), readFileSync(file, 'utf8'))),
  );
  const derived = real.filter((d) => d.kind === '3').map(asAmendment);
  return [...real, ...derived].map(toCurrentVersion);
}

let workDir = '';
before(() => {
  requireXmllint();
  workDir = mkdtempSync(path.join(os.tmpdir(), 'form4-oracle-'));
});
after(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

interface Tally {
  total: number;
  agreed: number;
  invalid: number;
}

describe('xmllint oracle', () => {
  it(`agrees with xmllint on at least ${requiredAgreement * 100}% of ${mutationCount} seeded mutations of each form's real corpus`, () => {
    const corpus = loadCorpus();
    const mutations = formIds.flatMap((kind, index) => {
      const docs = corpus.filter((d) => d.kind === kind);
      assert.ok(docs.length > 0, `the corpus has a Form ${kind} (${folderOf[kind]})`);
      const count = Math.round(mutationCount * shares[kind]);
      const made = mutateCorpus(docs, count, seed + index);
      assert.equal(made.length, count, kind);
      return made;
    });

    const files = mutations.map((m, i) => {
      const file = path.join(workDir, `m${String(i).padStart(5, '0')}.xml`);
      writeFileSync(file, m.text);
      return file;
    });
    const verdicts = new Map<string, XmllintVerdict>();
    for (const kind of formIds) {
      const ofKind = files.filter((_, i) => mutations[i].doc.kind === kind);
      for (const [file, verdict] of xmllint(ofKind, schemaFor[kind])) verdicts.set(file, verdict);
    }

    const byKind = new Map<DocumentKind, Tally>(formIds.map((kind) => [kind, { total: 0, agreed: 0, invalid: 0 }]));
    const byClass = new Map<string, Tally>();
    const disagreements: string[] = [];
    mutations.forEach((mutation, i) => {
      const ours = ourFindings(mutation.text, mutation.doc.kind);
      const theirs = verdicts.get(files[i])!;
      const same = (ours.length === 0) === theirs.valid;
      const stats = byClass.get(mutation.className) ?? { total: 0, agreed: 0, invalid: 0 };
      byClass.set(mutation.className, stats);
      for (const tally of [stats, byKind.get(mutation.doc.kind)!]) {
        tally.total++;
        if (!theirs.valid) tally.invalid++;
        if (same) tally.agreed++;
      }
      if (!same) {
        disagreements.push(
          [
            `${path.basename(files[i])} from ${mutation.doc.file} (${mutation.doc.kind}): ${mutation.className}: ${mutation.description}`,
            `  ours:    ${ours.length === 0 ? 'valid' : 'invalid'}${ours.map((f) => `\n    ${f.rule}: ${f.message}`).join('')}`,
            `  xmllint: ${theirs.valid ? 'valid' : 'invalid'}${theirs.messages.map((m) => `\n    ${m}`).join('')}`,
          ].join('\n'),
        );
      }
    });

    const line = (name: string, s: Tally) =>
      `  ${name.padEnd(18)} ${String(s.agreed).padStart(4)}/${String(s.total).padEnd(4)} agree (${((s.agreed / s.total) * 100).toFixed(2)}%), ${s.invalid} invalid`;
    const lines = [
      `xmllint oracle (v5.5): ${mutations.length} mutations`,
      'by document type:',
      ...[...byKind.entries()].map(([kind, s]) => line(`Form ${kind}`, s)),
      'by class:',
      ...[...byClass.entries()].sort().map(([name, s]) => line(name, s)),
      ...(disagreements.length ? ['disagreements:', ...disagreements] : ['no disagreements']),
    ];
    console.log(lines.join('\n'));
    for (const [kind, s] of byKind) {
      const rate = s.agreed / s.total;
      assert.ok(rate >= requiredAgreement, `Form ${kind}: agreement ${(rate * 100).toFixed(2)}% is below ${requiredAgreement * 100}%`);
      // Both kinds of answer must be well represented, or the agreement says little.
      assert.ok(s.invalid > s.total * 0.5 && s.invalid < s.total * 0.95, `Form ${kind}: ${s.invalid} of ${s.total} invalid`);
    }
  });
});

/**
 * Where libxml2 (xmllint) departs from XML Schema 1.0, and we follow XML Schema. Each entry is an edit of a real
 * filing; the test checks that xmllint still answers `xmllint` and we answer the opposite.
 */
const libxml2Deviations: ReadonlyArray<{
  readonly what: string;
  readonly why: string;
  readonly edit: (text: string) => string;
  readonly xmllint: 'valid' | 'invalid';
}> = [
  {
    what: 'a date with whitespace around it',
    why: 'xs:date has whiteSpace="collapse" (XML Schema Part 2, 3.2.9), so " 2024-01-01 " is a valid date; libxml2 rejects any whitespace in a date',
    edit: (text) => text.replace(/<periodOfReport>([^<]*)<\/periodOfReport>/, '<periodOfReport> $1\n</periodOfReport>'),
    xmllint: 'invalid',
  },
  {
    what: 'a footnote reference to a footnote that does not exist',
    why: 'footnoteId/@id is an xs:IDREF, and XML Schema requires every IDREF to match an ID (Part 1, 3.3.4, "Validation Root Valid (ID/IDREF)"); libxml2 checks ID uniqueness but never resolves IDREFs',
    edit: (text) => text.replace(/<footnoteId id="[^"]*"\/>/, '<footnoteId id="F98"/>'),
    xmllint: 'valid',
  },
  {
    what: 'a whitespace-only CDATA section between elements',
    why: 'a CDATA section is ordinary character data to XML Schema, and whitespace is allowed in element-only content; libxml2 rejects any CDATA section there',
    edit: (text) => text.replace('<issuer>', '<issuer><![CDATA[ ]]>'),
    xmllint: 'invalid',
  },
  {
    what: 'a number written with more than 24 digits after its leading zeros',
    why: 'xs:decimal allows any number of digits, and 1.000000000000000000000000 is the number 1 (no fraction digits); libxml2 parses decimals into a fixed 24-digit buffer and rejects longer ones',
    edit: (text) => text.replace(/(<transactionShares>\s*<value>)[^<]*(<\/value>)/, '$11.000000000000000000000000$2'),
    xmllint: 'invalid',
  },
];

describe('documented libxml2 deviations from XML Schema', () => {
  for (const deviation of libxml2Deviations) {
    it(`${deviation.what}: xmllint says ${deviation.xmllint}, XML Schema (and we) the opposite`, () => {
      const corpus = loadCorpus().filter((d) => d.kind === '4' && d.text.includes('<footnoteId') && d.text.includes('<transactionShares>'));
      const doc = corpus[0];
      assert.ok(doc, 'a corpus filing with footnote references and transactions');
      const text = deviation.edit(doc.text);
      assert.notEqual(text, doc.text, 'the edit applies');
      const file = path.join(workDir, `deviation-${libxml2Deviations.indexOf(deviation)}.xml`);
      writeFileSync(file, text);
      const theirs = xmllint([file], schemaFor['4']).get(file)!;
      const ours = ourFindings(text, '4');
      assert.equal(theirs.valid ? 'valid' : 'invalid', deviation.xmllint, `xmllint: ${theirs.messages.join(' | ')}`);
      assert.equal(
        ours.length === 0 ? 'valid' : 'invalid',
        deviation.xmllint === 'valid' ? 'invalid' : 'valid',
        `ours: ${ours.map((f) => f.message).join(' | ')} (${deviation.why})`,
      );
    });
  }
});
