/**
 * The engine's facade: plain functions from text to findings, conversions and renderings. Adapters (the language
 * server, the command line) call these and translate types; they hold no Form 4 knowledge of their own.
 */
import { severityRank, sortFindings, type Finding, type Severity } from './findings';
import type { FormDescription } from './forms/description';
import type { HistoryContext } from './history/context';
import { previousBalances } from './history/previous';
import { chooseForm, isCheckedForm, type AnalyzedKind } from './forms/select';
import { bindDocument } from './model/bind';
import { today as localToday, type CalendarDate } from './model/date';
import type { OwnershipDocument } from './model/types';
import { defaultReadLimits, defaultRenderLimits, FindingCap, maxDepthCeiling, type ReadLimits, type RenderLimits } from './read/limits';
import type { SourceFormat } from './read/result';
import { misdecodedFindings, type DecodedDocument } from './read/decode';
import { readXml } from './read/xml';
import type * as YamlReader from './read/yaml';
import type * as Conversions from './conversion';
import type * as Renderer from './render/html';
import type * as Secrets from './secrets';
import { xmlCharacterFindings } from './xmlCharacters';
import { runRuleSet } from './rules/index';
import { applySeverityOverrides, type SeverityOverrides } from './rules/severity';
import { checkStructure } from './structure/check';
import { schemaOrdered } from './structure/schemaOrder';
import { LineIndex } from './text/lineIndex';
import type { ElementNode } from './tree/node';
import type * as XmlWriter from './write/xml';
import type * as YamlWriter from './write/yaml';

export type { SourceFormat } from './read/result';
export type { Finding, Severity } from './findings';
export type { AnalyzedKind } from './forms/select';
export type { FormDescription } from './forms/description';

// Loaded on first use: `form4 check` over XML files, the usual batch, needs neither the YAML reader (nor the `yaml`
// package under it) nor the renderer or the writers, and leaving them unloaded shortens the start-up of every
// command. The bundles still contain them: esbuild follows these requires and runs each module's top-level code only
// when it is first required.
// `require` is CommonJS's, which esbuild resolves at bundle time (and tsx in the tests); declared here, for this file
// alone, because the engine compiles against ES2022 without Node's types (server/src/engine/tsconfig.json).
declare const require: (id: string) => unknown;
const lazy = {
  yamlReader: () => require('./read/yaml') as typeof YamlReader,
  renderer: () => require('./render/html') as typeof Renderer,
  secrets: () => require('./secrets') as typeof Secrets,
  xmlWriter: () => require('./write/xml') as typeof XmlWriter,
  conversion: () => require('./conversion') as typeof Conversions,
  yamlWriter: () => require('./write/yaml') as typeof YamlWriter,
};

export interface AnalyzedDocument {
  readonly text: string;
  readonly format: SourceFormat;
  readonly lines: LineIndex;
  /** The document tree; undefined when nothing could be read. */
  readonly root?: ElementNode;
  /** The typed model, when the root is an ownership document. */
  readonly model?: OwnershipDocument;
  /** The form's id when checked as that form; 'unknown' when not an ownership document. */
  readonly kind: AnalyzedKind;
  /** The form the document is read by, chosen once here (forms/select.ts): checks, language features and rendering read it. */
  readonly form: FormDescription;
  readonly readFindings: readonly Finding[];
}

/**
 * Reads a text once: the tree, the model and the syntax findings. Cache the result per document version. Given the
 * {@link decodeDocument} of a file's bytes, its findings (an encoding refused, bytes that are not characters) lead;
 * given a text its host decoded, a U+FFFD under a declared ISO-8859-1 or US-ASCII says the host misread it.
 */
export function analyze(source: string | DecodedDocument, format: SourceFormat, limits?: Partial<ReadLimits>): AnalyzedDocument {
  const text = typeof source === 'string' ? source : source.text;
  const merged = { ...defaultReadLimits, ...limits };
  const effectiveLimits = { ...merged, maxDepth: Math.min(merged.maxDepth, maxDepthCeiling) };
  const read = format === 'xml' ? readXml(text, effectiveLimits) : lazy.yamlReader().readYaml(text, effectiveLimits);
  const { kind, form } = chooseForm(read.root);
  const model = read.root && kind !== 'unknown' ? bindDocument(read.root) : undefined;
  // A text decoded by its host (the editor) can still show that it was decoded in the wrong encoding.
  const decodeFindings = typeof source === 'string' ? misdecodedFindings(text) : source.findings;
  const readFindings = decodeFindings.length === 0 ? read.findings : sortFindings([...decodeFindings, ...read.findings]);
  return { text, format, lines: new LineIndex(text), root: read.root, model, kind, form, readFindings };
}

export interface CheckOptions {
  /** "Today" for the date rules; defaults to the local date. */
  readonly today?: CalendarDate;
  /** Per-rule severity overrides, `off` silences a rule. */
  readonly rules?: SeverityOverrides;
  /** Where the document stands among the owner's other filings (`historyContext`): the `history/` rules need it. */
  readonly history?: HistoryContext;
}

/**
 * The tree as EDGAR would have it: a YAML draft's keys may come in any order (docs/draft-format.md), so its tree is
 * checked and written in the schema's order; an XML document is taken as it stands, its order checked.
 */
function inEdgarOrder(doc: AnalyzedDocument, root: ElementNode): ElementNode {
  return doc.format === 'yaml' ? schemaOrdered(root, doc.form.schema) : root;
}

/**
 * The document's tree in the schema's order, whatever its format: what conversion to XML writes of it (for a YAML
 * draft; an XML document is written as it stands, its order reported where wrong). Undefined when nothing was read.
 */
export function schemaOrderedRoot(doc: AnalyzedDocument): ElementNode | undefined {
  return doc.root && schemaOrdered(doc.root, doc.form.schema);
}

/** Everything wrong with a document: syntax, structure, then the filing's rules; sorted, overrides applied. */
export function check(doc: AnalyzedDocument, options: CheckOptions = {}): Finding[] {
  const findings: Finding[] = [...doc.readFindings];
  if (doc.root && isCheckedForm(doc.kind)) {
    findings.push(...checkStructure(inEdgarOrder(doc, doc.root), doc.form.schema));
    if (doc.model) findings.push(...runRuleSet(doc.model, options.today ?? localToday(), doc.form.rules, options.history));
  } else if (doc.root) {
    // Not an ownership document: checked against the form it is read by, which reports the root element.
    findings.push(...checkStructure(inEdgarOrder(doc, doc.root), doc.form.schema));
  }
  // A draft can spell characters XML cannot hold; in XML the reader has reported them already.
  if (doc.root && doc.format === 'yaml') findings.push(...xmlCharacterFindings(doc.root, doc.text));
  const configured = options.rules ? applySeverityOverrides(findings, options.rules) : findings;
  // Capped in document order, so the findings listed for a rule are its first ones; summaries sorted in after.
  return sortFindings(FindingCap.apply(sortFindings(withoutSchemaTwins(configured))));
}

/**
 * Where a business rule explains a value that the schema also rejects (documentType "4A", code "V"), the user
 * sees one diagnostic, the more specific one: a `schema/*` finding on exactly the span of an equally or more severe
 * business finding is dropped. Applied after severity overrides, so silencing the business rule brings the schema
 * finding back.
 */
function withoutSchemaTwins(findings: readonly Finding[]): Finding[] {
  // The most severe (lowest) rank among the business findings on each span: one pass, then a lookup per finding.
  const businessRank = new Map<string, number>();
  for (const f of findings) {
    if (f.rule.startsWith('schema/')) continue;
    const key = spanKey(f);
    const known = businessRank.get(key);
    if (known === undefined || severityRank[f.severity] < known) businessRank.set(key, severityRank[f.severity]);
  }
  const explained = (f: Finding) => {
    const rank = businessRank.get(spanKey(f));
    return rank !== undefined && rank <= severityRank[f.severity];
  };
  return findings.filter((f) => !f.rule.startsWith('schema/') || !explained(f));
}

function spanKey(finding: Finding): string {
  return `${finding.span.start}:${finding.span.end}`;
}

export interface Conversion {
  /**
   * The converted text, or undefined when the input could not be read at all, or not exactly (an `input/encoding`
   * error: some value holds U+FFFD for bytes that were not characters, and that is never written out), or when the
   * XML it would give is not well-formed (then a `convert/not-well-formed` finding says so).
   */
  readonly text: string | undefined;
  /** What is wrong with the input: read errors, and structural problems carried over for fixing (as warnings). */
  readonly findings: readonly Finding[];
}

export interface ConvertOptions {
  /** Keep the owner's EDGAR access code (rptOwnerCcc) in a YAML draft; left out by default, it being a secret. */
  readonly includeCcc?: boolean;
}

/**
 * XML to YAML draft and back. Works on every readable document, invalid values and unknown elements included: they
 * are carried over so they can be fixed in the other format, and reported as warnings. The one thing a YAML draft
 * leaves out unless asked is the owner's CCC (see ./secrets.ts), with a warning saying so.
 */
export function convert(doc: AnalyzedDocument, to: SourceFormat, options: ConvertOptions = {}): Conversion {
  // Bytes that were not characters were read as U+FFFD: writing that would turn a misread into the document's value.
  if (!doc.root || doc.readFindings.some((f) => f.rule === 'input/encoding' && f.severity === 'error'))
    return { text: undefined, findings: doc.readFindings };
  const root = inEdgarOrder(doc, doc.root);
  const structural = isCheckedForm(doc.kind) ? checkStructure(root, doc.form.schema) : [];
  const carried = structural.map((f): Finding => ({ ...f, severity: 'warning' as Severity }));
  if (to === 'xml') {
    // Characters XML cannot hold make the written XML unreadable: errors of the conversion itself, not carried over.
    const unwritable = doc.format === 'yaml' ? xmlCharacterFindings(doc.root, doc.text) : [];
    const text = lazy.xmlWriter().writeXml(root);
    const notCarried = lazy.conversion().notCarriedFindings(doc.root, to);
    const refused = lazy.conversion().notWellFormedFinding(text, doc.root);
    const findings = sortFindings([...doc.readFindings, ...carried, ...unwritable, ...notCarried, ...(refused ? [refused] : [])]);
    return { text: refused ? undefined : text, findings };
  }
  const { withoutCcc, cccLeftOutFindings } = lazy.secrets();
  const secrets = options.includeCcc ? { root: doc.root, removed: [] } : withoutCcc(doc.root);
  return {
    text: lazy.yamlWriter().writeYaml(secrets.root),
    findings: sortFindings([
      ...doc.readFindings,
      ...carried,
      ...cccLeftOutFindings(secrets.removed),
      ...lazy.conversion().notCarriedFindings(doc.root, to),
    ]),
  };
}

/** The preview's body fragment, or a standalone page (which needs the host's SHA-256 for its policy). */
export type RenderRequest = (Renderer.FragmentOptions | Renderer.PageOptions) & {
  /** Findings to mark in the rendered cells. */
  readonly findings?: readonly Finding[];
  /** The document's place among the owner's other filings: first rows then show a previous closing balance that differs. */
  readonly history?: HistoryContext;
  /** How much the page draws; the defaults (`defaultRenderLimits`) keep any input's page bounded. */
  readonly limits?: Partial<RenderLimits>;
};

/** The form as EDGAR shows it, as HTML, in the layout of its form's description; undefined when the document is not an ownership document. */
export function render(doc: AnalyzedDocument, request: RenderRequest): string | undefined {
  if (!doc.model) return undefined;
  const balances = request.history && previousBalances(request.history);
  return lazy.renderer().renderForm(doc.model, doc.form.layout, { ...request, previousBalances: balances });
}

/**
 * The tables a render with these limits draws only the first rows of (none for a genuine filing): what a host says
 * beside the page, as `form4 render` does on standard error. The page itself says it where each table stops.
 */
export function renderCuts(doc: AnalyzedDocument, limits?: Partial<RenderLimits>): Renderer.PageCut[] {
  if (!doc.model) return [];
  return lazy.renderer().pageCuts(doc.model, { ...defaultRenderLimits, ...limits });
}
