/**
 * Finding marks: which rendered value a finding belongs to. A value is marked when a finding's range overlaps one of
 * the source ranges the value stands for (its text, or the element holding it), so a finding on a cell's tag name
 * marks the cell as well as one on its value does.
 */
import { markedSpans, type Severity } from '../findings';
import type { Span } from '../text/span';

export interface RenderFinding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  /** Related places; the marked ones (other cells of the same mistake) are marked like the span. */
  readonly related?: readonly { readonly span: Span; readonly marked?: boolean }[];
}

export interface Mark {
  /** `f4-error`, `f4-warning` or `f4-info`: the most severe finding decides. */
  readonly className: string;
  /** Every overlapping finding's message, one a line, for the hover. */
  readonly title: string;
}

const classBySeverity: Readonly<Record<Severity, string>> = {
  error: 'f4-error',
  warning: 'f4-warning',
  information: 'f4-info',
  hint: 'f4-info',
};

const rank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, information: 2, hint: 3 };

/** Ranges overlap when they share a character; an empty finding range (an insertion point) touches its ends. */
export function overlaps(finding: Span, value: Span): boolean {
  if (finding.start === finding.end) return value.start <= finding.start && finding.start <= value.end;
  return finding.start < value.end && value.start < finding.end;
}

export class FindingMarks {
  private readonly findings: readonly RenderFinding[];

  constructor(findings: readonly RenderFinding[] = []) {
    this.findings = findings;
  }

  /** The mark for a value standing for these source ranges, or undefined when no finding touches them. */
  markFor(spans: readonly Span[]): Mark | undefined {
    const hits = this.findings.filter((f) => markedSpans(f).some((marked) => spans.some((s) => overlaps(marked, s))));
    if (hits.length === 0) return undefined;
    const worst = hits.reduce((a, b) => (rank[b.severity] < rank[a.severity] ? b : a));
    const lines = [...new Set(hits.map((f) => `${f.message} [${f.rule}]`))];
    return { className: classBySeverity[worst.severity], title: lines.join('\n') };
  }
}
