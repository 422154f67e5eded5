/**
 * The engine's facade: plain functions from text to findings, conversions and renderings. Adapters (the language
 * server, the command line) call these and translate types; they hold no Form 4 knowledge of their own.
 */
import { severityRank, sortFindings, type Finding, type Severity } from './findings';
import { bindDocument } from './model/bind';
import { today as localToday, type CalendarDate } from './model/date';
import type { OwnershipDocument } from './model/types';
import { defaultReadLimits, type ReadLimits } from './read/limits';
import type { SourceFormat } from './read/result';
import { readXml } from './read/xml';
import { readYaml } from './read/yaml';
import { renderForm } from './render/html';
import { runRules } from './rules/index';
import { applySeverityOverrides, type SeverityOverrides } from './rules/severity';
import { checkStructure } from './structure/check';
import { rootElementName, type DocumentKind } from './structure/schema';
import { LineIndex } from './text/lineIndex';
import { firstChild, textOf, type ElementNode } from './tree/node';
import { writeXml } from './write/xml';
import { writeYaml } from './write/yaml';

export type { SourceFormat } from './read/result';
export type { Finding, Severity } from './findings';

/** Ownership documents we know but do not check yet: reported as such, never as errors. */
const otherOwnershipForms = new Set(['3', '3/A', '5', '5/A']);

export type AnalyzedKind = DocumentKind | 'unsupported' | 'unknown';

export interface AnalyzedDocument {
  readonly text: string;
  readonly format: SourceFormat;
  readonly lines: LineIndex;
  /** The document tree; undefined when nothing could be read. */
  readonly root?: ElementNode;
  /** The typed model, when the root is an ownership document. */
  readonly model?: OwnershipDocument;
  /** '4' or '4/A' when checked as a Form 4; 'unsupported' for Forms 3 and 5; 'unknown' when not an ownership document. */
  readonly kind: AnalyzedKind;
  readonly readFindings: readonly Finding[];
}

function kindOf(root: ElementNode | undefined): AnalyzedKind {
  if (!root || root.name !== rootElementName) return 'unknown';
  const documentType = textOf(firstChild(root, 'documentType'));
  if (documentType === '4/A') return '4/A';
  if (otherOwnershipForms.has(documentType)) return 'unsupported';
  // A missing or mistyped documentType is checked against Form 4, which reports it.
  return '4';
}

/** Reads a text once: the tree, the model and the syntax findings. Cache the result per document version. */
export function analyze(text: string, format: SourceFormat, limits?: Partial<ReadLimits>): AnalyzedDocument {
  const effectiveLimits = { ...defaultReadLimits, ...limits };
  const read = format === 'xml' ? readXml(text, effectiveLimits) : readYaml(text, effectiveLimits);
  const kind = kindOf(read.root);
  const model = read.root && kind !== 'unknown' ? bindDocument(read.root) : undefined;
  return { text, format, lines: new LineIndex(text), root: read.root, model, kind, readFindings: read.findings };
}

export interface CheckOptions {
  /** "Today" for the date rules; defaults to the local date. */
  readonly today?: CalendarDate;
  /** Per-rule severity overrides, `off` silences a rule. */
  readonly rules?: SeverityOverrides;
}

function unsupportedFormFinding(doc: AnalyzedDocument): Finding {
  const documentType = doc.model?.documentType;
  return {
    rule: 'document/type',
    severity: 'information',
    message: `Form ${documentType?.raw.trim()} is an ownership document this tool does not check yet: only Forms 4 and 4/A are validated.`,
    span: documentType?.span ?? doc.root?.nameSpan ?? { start: 0, end: 0 },
  };
}

/** Everything wrong with a document: syntax, structure, then the filing's rules; sorted, overrides applied. */
export function check(doc: AnalyzedDocument, options: CheckOptions = {}): Finding[] {
  const findings: Finding[] = [...doc.readFindings];
  if (doc.root && (doc.kind === '4' || doc.kind === '4/A')) {
    findings.push(...checkStructure(doc.root, doc.kind));
    if (doc.model) findings.push(...runRules(doc.model, options.today ?? localToday()));
  } else if (doc.kind === 'unsupported') {
    findings.push(unsupportedFormFinding(doc));
  } else if (doc.root) {
    findings.push(...checkStructure(doc.root, '4'));
  }
  const configured = options.rules ? applySeverityOverrides(findings, options.rules) : findings;
  return sortFindings(withoutSchemaTwins(configured));
}

/**
 * Where a business rule explains a value that the schema also rejects (documentType "4A", code "V"), the user
 * sees one diagnostic, the more specific one: a `schema/*` finding on exactly the span of an equally or more severe
 * business finding is dropped. Applied after severity overrides, so silencing the business rule brings the schema
 * finding back.
 */
function withoutSchemaTwins(findings: readonly Finding[]): Finding[] {
  const business = findings.filter((f) => !f.rule.startsWith('schema/'));
  const explained = (f: Finding) =>
    business.some((b) => b.span.start === f.span.start && b.span.end === f.span.end && severityRank[b.severity] <= severityRank[f.severity]);
  return findings.filter((f) => !f.rule.startsWith('schema/') || !explained(f));
}

export interface Conversion {
  /** The converted text, or undefined when the input could not be read at all. */
  readonly text: string | undefined;
  /** What is wrong with the input: read errors, and structural problems carried over for fixing (as warnings). */
  readonly findings: readonly Finding[];
}

/**
 * XML to YAML draft and back. Works on every readable document, invalid values and unknown elements included: they
 * are carried over so they can be fixed in the other format, and reported as warnings.
 */
export function convert(doc: AnalyzedDocument, to: SourceFormat): Conversion {
  if (!doc.root) return { text: undefined, findings: doc.readFindings };
  const structural = doc.kind === '4' || doc.kind === '4/A' ? checkStructure(doc.root, doc.kind) : [];
  const carried = structural.map((f): Finding => ({ ...f, severity: 'warning' as Severity }));
  const text = to === 'xml' ? writeXml(doc.root) : writeYaml(doc.root);
  return { text, findings: sortFindings([...doc.readFindings, ...carried]) };
}

export interface RenderRequest {
  /** Findings to mark in the rendered cells. */
  readonly findings?: readonly Finding[];
  readonly standalone: boolean;
  readonly nonce?: string;
  readonly cspSource?: string;
}

/** The form as EDGAR shows it, as HTML; undefined when the document is not an ownership document. */
export function render(doc: AnalyzedDocument, request: RenderRequest): string | undefined {
  if (!doc.model) return undefined;
  return renderForm(doc.model, request);
}

const yamlDraftName = /\.form4\.ya?ml$/i;

/** True for file names of YAML drafts (`*.form4.yaml`, `*.form4.yml`). */
export function isYamlDraftName(fileName: string): boolean {
  return yamlDraftName.test(fileName);
}

/**
 * True when an XML text's root element is `ownershipDocument`: a cheap look at the start of the text (prolog,
 * comments and a DOCTYPE skipped), so folders of unrelated XML are not read in full.
 */
export function isOwnershipXml(text: string): boolean {
  const head = text.slice(0, 64 * 1024);
  const prolog = /^\uFEFF?(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*/.exec(head);
  const rest = head.slice(prolog ? prolog[0].length : 0);
  return /^<ownershipDocument[\s/>]/.test(rest);
}

/** The format of a file by name, else by content; undefined when neither tells. */
export function detectFormat(fileName: string, text: string): SourceFormat | undefined {
  if (/\.ya?ml$/i.test(fileName)) return 'yaml';
  if (/\.xml$/i.test(fileName)) return 'xml';
  return /^\uFEFF?\s*</.test(text) ? 'xml' : undefined;
}
