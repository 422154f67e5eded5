/**
 * Runs one rule over a fixture document in a given format and compares its findings with the spans marked in the
 * fixture (`«...»`). Shared by the rule tests; not a test file itself.
 */
import assert from 'node:assert/strict';
import type { Finding } from '../../../server/src/engine/findings';
import { chooseForm, isCheckedForm } from '../../../server/src/engine/forms/select';
import { bindDocument } from '../../../server/src/engine/model/bind';
import { makeDate } from '../../../server/src/engine/model/date';
import { readXml } from '../../../server/src/engine/read/xml';
import { readYaml } from '../../../server/src/engine/read/yaml';
import { runRuleSet, type AnyRule } from '../../../server/src/engine/rules/run';
import { historyContext } from '../../../server/src/engine/history/context';
import { buildHistory } from '../../../server/src/engine/history/model';
import { analyze } from '../../../server/src/engine/service';
import { form4Xml, form4Yaml, type Form4Spec } from '../../helpers/form4';
import { marked, sliceOf, type Marked } from '../../helpers/markers';
import type { Span } from '../../../server/src/engine/text/span';

export type Format = 'xml' | 'yaml';
export const formats: readonly Format[] = ['xml', 'yaml'];

/** "Today" for every rule test: Thursday 2024-03-14, two days after the default transaction. */
export const testToday = makeDate(2024, 3, 14);

export interface MarkedFixture extends Marked {
  /** Spans marked `‹...›`: where the findings' related locations are expected. */
  readonly relatedSpans: readonly Span[];
}

/** The fixture text with `«»` (finding) and `‹›` (related location) markers taken out and their spans recorded. */
export function fixtureText(spec: Form4Spec, format: Format): MarkedFixture {
  const source = format === 'xml' ? form4Xml(spec) : form4Yaml(spec);
  const relatedStarts: number[] = [];
  const relatedSpans: Span[] = [];
  let withoutRelated = '';
  let removedFinding = 0; // « and » seen so far, which marked() removes too
  for (const ch of source) {
    if (ch === '‹') relatedStarts.push(withoutRelated.length - removedFinding);
    else if (ch === '›') relatedSpans.push({ start: relatedStarts.pop() as number, end: withoutRelated.length - removedFinding });
    else {
      if (ch === '«' || ch === '»') removedFinding++;
      withoutRelated += ch;
    }
  }
  relatedSpans.sort((a, b) => a.start - b.start);
  return { ...marked(withoutRelated), relatedSpans };
}

export interface RuleRun {
  readonly source: MarkedFixture;
  readonly findings: readonly Finding[];
}

/** The owner's other filings a fixture is checked against (the `history/` rules), by file name. */
export interface Setting {
  readonly history?: Readonly<Record<string, Form4Spec>>;
}

/** The fixture's place among the setting's other filings (named `checked.xml`), when the setting has a history. */
function contextOf(text: string, format: Format, setting: Setting) {
  if (!setting.history) return undefined;
  const others = Object.entries(setting.history).map(([id, spec]) => ({ id, doc: analyze(fixtureText(spec, 'xml').text, 'xml') }));
  const doc = analyze(text, format);
  return { doc, context: historyContext(buildHistory(others), 'checked.xml', doc) };
}

/**
 * Reads the fixture (which must read without syntax errors), binds it and runs the rule, if the rule applies to the
 * form the fixture is chosen as (as `check` runs only the rules that declare the document's form).
 */
export function runRule(rule: AnyRule, spec: Form4Spec, format: Format, setting: Setting = {}): RuleRun {
  const source = fixtureText(spec, format);
  const read = format === 'xml' ? readXml(source.text) : readYaml(source.text);
  assert.deepEqual(
    read.findings.map((f) => `${f.rule}: ${f.message}`),
    [],
    `the ${format} fixture should read cleanly:\n${source.text}`,
  );
  assert.ok(read.root, 'fixture has a root element');
  const { kind } = chooseForm(read.root);
  const applies = isCheckedForm(kind) && (rule.forms as readonly string[]).includes(kind);
  const history = contextOf(source.text, format, setting);
  const model = history?.doc.model ?? bindDocument(read.root);
  const findings = applies ? runRuleSet(model, testToday, [rule], history?.context) : [];
  assert.ok(
    !findings.some((f) => f.rule === 'internal/rule-failure'),
    `rule ${rule.id} threw: ${findings.map((f) => f.message).join('; ')}`,
  );
  return { source, findings };
}

export interface Expectation {
  /** Each expected message contains this text (in finding order). */
  readonly messages?: readonly string[];
  readonly severity?: Finding['severity'];
  readonly data?: Readonly<Record<string, string>>;
}

/** The rule fires exactly on the marked spans (one finding per span, in document order). */
export function assertFires(
  rule: AnyRule,
  spec: Form4Spec,
  format: Format,
  expected: Expectation = {},
  setting: Setting = {},
): readonly Finding[] {
  const { source, findings } = runRule(rule, spec, format, setting);
  assert.ok(source.spans.length > 0, 'a firing test must mark where it expects the finding');
  const sorted = [...findings].sort((a, b) => a.span.start - b.span.start);
  assert.deepEqual(
    sorted.map((f) => sliceOf(source.text, f.span)),
    source.slices,
    `findings of ${rule.id}: ${findings.map((f) => f.message).join(' | ')}`,
  );
  assert.deepEqual(
    sorted.map((f) => f.span),
    source.spans,
  );
  for (const finding of sorted) {
    assert.equal(finding.rule, rule.id);
    assert.ok(!finding.message.includes('\n'), 'messages are one line');
    if (expected.severity) assert.equal(finding.severity, expected.severity);
    if (expected.data) assert.deepEqual(finding.data, expected.data);
  }
  if (expected.messages) {
    assert.equal(sorted.length, expected.messages.length);
    sorted.forEach((f, i) =>
      assert.ok(f.message.includes(expected.messages![i]), `message "${f.message}" should contain "${expected.messages![i]}"`),
    );
  }
  const related = sorted.flatMap((f) => (f.related ?? []).map((r) => r.span)).sort((a, b) => a.start - b.start);
  assert.deepEqual(
    related.map((s) => sliceOf(source.text, s)),
    source.relatedSpans.map((s) => sliceOf(source.text, s)),
    'related locations',
  );
  assert.deepEqual(related, source.relatedSpans);
  return sorted;
}

/** The rule does not fire at all. */
export function assertQuiet(rule: AnyRule, spec: Form4Spec, format: Format, setting: Setting = {}): void {
  const { findings } = runRule(rule, spec, format, setting);
  assert.deepEqual(
    findings.map((f) => f.message),
    [],
    `${rule.id} should not fire`,
  );
}
