import { severityRank, type Finding, type Severity } from '../findings';
import { grouped } from '../text/thousands';

/**
 * How much a reader will take in before it stops and reports instead. Both readers (XML and YAML) honour these,
 * so a huge or absurdly nested document yields one clear finding rather than a stalled editor or a stack overflow.
 */
export interface ReadLimits {
  /** The longest text read, in characters (UTF-16 code units, as JavaScript strings count). */
  maxBytes: number;
  /** The deepest element nesting read; deeper content is skipped and reported once. */
  maxDepth: number;
}

/** Real Form 4s are a few kilobytes and about 10 levels deep: these leave ample room for anything genuine. */
export const defaultReadLimits: Readonly<ReadLimits> = { maxBytes: 20_000_000, maxDepth: 200 };

/**
 * The deepest nesting any setting may ask for. The readers alone would go deeper (they keep open elements on explicit
 * stacks), but the binder, the structure check and the rules walk the tree recursively, and 100,000 levels overflow
 * the call stack there. Real Form 4s are about 10 levels deep.
 */
export const maxDepthCeiling = 500;

/** The range each limit may be set to (the editor's settings; package.json is tested against this table). */
export const readLimitBounds: Readonly<Record<keyof ReadLimits, { readonly min: number; readonly max: number }>> = {
  maxBytes: { min: 1_000, max: 500_000_000 },
  maxDepth: { min: 10, max: maxDepthCeiling },
};

/** The defaults with any given overrides applied. */
export function resolveReadLimits(limits?: Partial<ReadLimits>): ReadLimits {
  return { ...defaultReadLimits, ...limits };
}

/** The one finding for a text over `maxBytes`: on its first line, since nothing of it was read. */
export function tooLargeFinding(text: string, maxBytes: number): Finding {
  const lineEnd = text.search(/[\r\n]/);
  return {
    rule: 'input/too-large',
    severity: 'error',
    message: `The document has ${grouped(text.length)} characters, more than the limit of ${grouped(maxBytes)}; it was not read.`,
    span: { start: 0, end: lineEnd < 0 ? text.length : lineEnd },
  };
}

/**
 * The most YAML lexemes the general YAML reader (the `yaml` package, read/yamlDocument.ts) takes in: about 1.7 MB of
 * draft. Drafts as people write them take the fast reader (read/yamlFast), which builds the tree as it scans, at any
 * size up to `maxBytes`; only what it does not take (an anchor, a tag, a syntax error) needs the general reader,
 * whose token objects, composed document and tree coexist: 1.4 GB and 13 s for a 19 MB draft with one anchor. Past
 * this budget a draft is refused before anything is parsed, with {@link tooComplexFinding} where the fast reader
 * stopped, so the cost of any draft is bounded (docs/performance.md, "Shapes of issue 13").
 */
export const maxGeneralYamlLexemes = 400_000;

/**
 * The one finding for a draft the general YAML reader would have to read whole and that is over its budget: at `at`,
 * where the fast reader stopped (`reason` is what it met there), or on the first line when that is not known.
 */
export function tooComplexFinding(text: string, reason: string, at: number | undefined): Finding {
  const start = Math.max(0, Math.min(at ?? 0, text.length));
  const lineEnd = text.slice(start).search(/[\r\n]/);
  const end = lineEnd < 0 ? text.length : start + lineEnd;
  return {
    rule: 'input/too-large',
    severity: 'error',
    message:
      `This draft has ${reason} here, which only the general YAML reader takes, and that reader reads at most ` +
      `${grouped(maxGeneralYamlLexemes)} YAML tokens (about 1.7 MB of a typical draft): this ${grouped(text.length)}-character ` +
      'draft has more, so it was not read. Write this in the plain draft style, which is read at any size ' +
      '(`key: value` lines, lists with `- `, no anchors, aliases or tags), or save the filing as XML.',
    span: { start, end: end > start ? end : Math.min(start + 1, text.length) },
  };
}

/**
 * How much of a document a render draws. A rendered row costs kilobytes (source ranges, and every finding message
 * that touches a cell in its title), so a 20 MB filing of 14,000 rows made a page past V8's longest string (about
 * 2^29 characters) and the render crashed. EDGAR takes at most 30 rows a table; a page that draws a thousand keeps
 * the preview useful for anything genuine, and says where it stopped. The rows not drawn are still checked.
 */
export interface RenderLimits {
  /** The most rows drawn in each table; past it the table says how many more there are and how many findings they hold. */
  maxRowsPerTable: number;
  /** The most footnotes drawn; past it the list says how many more there are and how many findings they hold. */
  maxFootnotes: number;
  /** The longest hover title of a marked value, in characters; a longer one (findings that list thousands of rows) is cut. */
  maxMarkTitle: number;
}

export const defaultRenderLimits: Readonly<RenderLimits> = { maxRowsPerTable: 1000, maxFootnotes: 1000, maxMarkTitle: 4000 };

/**
 * The findings of one rule listed per document; past it the rest are summed up in one finding ("and 99,950 more"),
 * so a generated or garbage file (100,000 aliases, 120,000 unused footnotes) cannot flood memory, the editor or the
 * preview. No genuine filing comes near: a Form 4 has at most 30 rows a table and 99 footnotes.
 */
export const maxFindingsPerRule = 1000;

interface Omitted {
  readonly first: Finding;
  count: number;
  worst: Severity;
}

/**
 * Admits at most `limit` findings of each rule, counting the rest, then gives one summary per rule that had some
 * left out, at the first of them, with the most severe severity among them. A summary met again (a reader's, then
 * check's) is counted, not kept, so the last cap's summary holds the whole count.
 */
export class FindingCap {
  private readonly kept = new Map<string, number>();
  private readonly omitted = new Map<string, Omitted>();

  constructor(private readonly limit: number = maxFindingsPerRule) {}

  /** True when `finding` is to be listed; otherwise it is counted for its rule's summary. */
  admit(finding: Finding): boolean {
    const kept = this.kept.get(finding.rule) ?? 0;
    if (finding.omitted === undefined && kept < this.limit) {
      this.kept.set(finding.rule, kept + 1);
      return true;
    }
    const count = finding.omitted ?? 1;
    const known = this.omitted.get(finding.rule);
    if (!known) this.omitted.set(finding.rule, { first: finding, count, worst: finding.severity });
    else {
      known.count += count;
      if (severityRank[finding.severity] < severityRank[known.worst]) known.worst = finding.severity;
    }
    return false;
  }

  /**
   * Counts one more finding of `rule` and answers true when the rule already has findings left out, so a reporter
   * can skip building a finding that would only be counted (a flood of 400,000 unused footnotes builds 1,001, not
   * 400,000). False when the finding may still be listed or must be kept as the first left out: then admit it.
   */
  countedPastLimit(rule: string, severity: Severity): boolean {
    const known = this.omitted.get(rule);
    if (!known) return false;
    known.count += 1;
    if (severityRank[severity] < severityRank[known.worst]) known.worst = severity;
    return true;
  }

  /** One finding per rule with findings left out, in the order their first was met. */
  summaries(): Finding[] {
    return [...this.omitted.values()].map(({ first, count, worst }) => summaryFinding(first, count, worst));
  }

  /** `findings` with at most `limit` of each rule, in their order, then the summaries. */
  static apply(findings: readonly Finding[], limit?: number): Finding[] {
    const cap = new FindingCap(limit);
    const listed = findings.filter((f) => cap.admit(f));
    return [...listed, ...cap.summaries()];
  }
}

function summaryFinding(first: Finding, count: number, severity: Severity): Finding {
  // The rule's data shape is not carried (it describes the first finding left out, not the summary).
  return {
    rule: first.rule,
    severity,
    message: `And ${grouped(count)} more ${count === 1 ? 'finding' : 'findings'} of ${first.rule}, not listed: fix the listed ones first, then check again.`,
    span: first.span,
    omitted: count,
  } as Finding;
}
