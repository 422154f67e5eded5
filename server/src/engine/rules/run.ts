/**
 * Applies rules to a bound document. A rule that throws is a bug in this tool: it becomes one
 * `internal/rule-failure` finding naming the rule, and the other rules still run.
 */
import type { Finding } from '../findings';
import type { CalendarDate } from '../model/date';
import type { HistoryContext } from '../history/context';
import type { OwnershipDocument } from '../model/types';
import { withRunMemo } from '../model/perRun';
import { FindingCap } from '../read/limits';
import type { RuleId } from './catalogue';
import type { ReportInput, Rule, RuleContext, Worded } from './rule';

export const ruleFailureId = 'internal/rule-failure' satisfies RuleId;

/** A rule of any id: the runner does not care which. */
export type AnyRule = Rule<RuleId>;

function worded<T>(words: Worded<T>): T {
  return typeof words === 'function' ? (words as () => T)() : words;
}

function toFinding(rule: AnyRule, input: ReportInput<RuleId>): Finding {
  const related = input.related && worded(input.related);
  // The cast pairs the id with the data: report() was typed by this very rule's id (defineRule), which the runner,
  // holding rules of every id at once, cannot restate.
  return {
    rule: rule.id,
    severity: input.severity ?? rule.severity,
    message: worded(input.message),
    span: input.span,
    ...(related && related.length > 0 ? { related } : {}),
    ...(input.data ? { data: input.data } : {}),
  } as Finding;
}

function failureFinding(rule: AnyRule, doc: OwnershipDocument, error: unknown): Finding {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    rule: ruleFailureId,
    severity: 'warning',
    message: `Rule ${rule.id} failed (${reason.split('\n')[0]}); its findings are missing. This is a bug in form4: please report it.`,
    span: doc.root.nameSpan,
    data: { rule: rule.id },
  };
}

/** Runs a set of rules over a document, in order; never throws. */
export function runRuleSet(doc: OwnershipDocument, today: CalendarDate, selected: readonly AnyRule[], history?: HistoryContext): Finding[] {
  return withRunMemo(doc, () => runEach(doc, today, selected, history));
}

function runEach(
  doc: OwnershipDocument,
  today: CalendarDate,
  selected: readonly AnyRule[],
  history: HistoryContext | undefined,
): Finding[] {
  const findings: Finding[] = [];
  // Findings past a rule's limit are counted as they are reported, never kept: 120,000 unused footnotes cost no memory.
  const cap = new FindingCap();
  let current: AnyRule | undefined;
  // One context for the whole run; `current` tells report() which rule is speaking.
  const context: RuleContext<RuleId> = {
    doc,
    today,
    ...(history ? { history } : {}),
    report(input) {
      if (!current || cap.countedPastLimit(current.id, input.severity ?? current.severity)) return;
      const finding = toFinding(current, input);
      if (cap.admit(finding)) findings.push(finding);
    },
  };
  for (const rule of selected) {
    current = rule;
    try {
      rule.check(context);
    } catch (error) {
      findings.push(failureFinding(rule, doc, error));
    }
  }
  current = undefined;
  return [...findings, ...cap.summaries()];
}
