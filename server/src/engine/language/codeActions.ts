/**
 * Quick fixes for findings: each changes exactly what its title says, in the document's own format, and leaves
 * the document valid in that format. The finding carries what the fix needs, typed by its rule (engine/findingData.ts:
 * `expected`, `earliest`, `id`); where it points at a value, the fix edits that value. The table is keyed by rule id
 * and each fixer typed by its rule's finding, so a misspelt id or a data field the rule does not give fails to compile.
 */
import type { FindingDataOf } from '../findingData';
import { markedSpans, type Finding, type FindingOf } from '../findings';
import { Decimal } from '../model/decimal';
import { explanatoryTexts } from '../model/explanatoryTexts';
import { idAttribute } from '../model/footnoteRefs';
import { affirmsRule10b51Plan } from '../model/planText';
import { rowLabel, rowsLabel } from '../model/rows';
import type { TransactionRow } from '../model/types';
import type { RuleId } from '../rules/catalogue';
import type { AnalyzedDocument } from '../service';
import type { Span } from '../text/span';
import type { ElementNode } from '../tree/node';
import {
  cellElement,
  insertChild,
  insertChildWithCursor,
  moveToSchemaPlace,
  replaceValue,
  setCellValue,
  type NewElement,
} from './edits/index';
import { locate } from './locate';
import type { CodeAction, TextEdit } from './types';

type Fixer<Id extends RuleId> = (doc: AnalyzedDocument, finding: FindingOf<Id>) => CodeAction[];

function action(
  finding: { readonly rule: RuleId; readonly span: Span },
  title: string,
  edit: TextEdit | undefined,
  isPreferred = true,
): CodeAction[] {
  if (!edit) return [];
  return [
    {
      title,
      kind: 'quickfix',
      edits: [edit],
      findingRule: finding.rule,
      findingSpan: finding.span,
      ...(isPreferred ? { isPreferred } : {}),
    },
  ];
}

/** The element whose text the finding points at (a `value`, a leaf), if it does point at a text. */
function valueNodeAt(doc: AnalyzedDocument, span: Span): ElementNode | undefined {
  if (!doc.root) return undefined;
  const at = locate(doc.root, span.start);
  const text = at?.node.text?.span;
  return text && text.start <= span.start && span.end <= text.end ? at.node : undefined;
}

/** A fix that sets the value the finding points at to the value its data gives. */
function setValueFix<Id extends RuleId>(valueOf: (data: FindingDataOf<Id>) => string, title: (value: string) => string): Fixer<Id> {
  return (doc, finding) => {
    const node = valueNodeAt(doc, finding.span);
    if (!finding.data || !node) return [];
    const value = valueOf(finding.data);
    return action(finding, title(value), replaceValue(doc, node, value));
  };
}

function footnoteNumber(id: string): number {
  const match = /^F(\d+)$/.exec(id.trim());
  return match ? Number(match[1]) : Number.POSITIVE_INFINITY;
}

/**
 * A reference to a footnote that does not exist: add it, with the cursor in its text (preferred, so fix-all adds
 * it: it guesses nothing), or refer instead to a footnote that nothing refers to yet, one fix for each, as the
 * reference was often meant for it.
 */
const missingFootnote: Fixer<'footnote/undefined'> = (doc, finding) => [...addFootnote(doc, finding), ...referToUnused(doc, finding)];

function addFootnote(doc: AnalyzedDocument, finding: FindingOf<'footnote/undefined'>): CodeAction[] {
  const id = finding.data?.id ?? doc.text.slice(finding.span.start, finding.span.end).trim();
  if (!doc.root || !doc.model || !/^F[1-9][0-9]?$/.test(id)) return [];
  const footnote: NewElement = { name: 'footnote', attributes: [{ name: 'id', value: id }], text: '' };
  const title = `Add footnote ${id} to the Explanation of Responses`;
  const footnotes = doc.model.footnotesNode;
  if (!footnotes) return action(finding, title, insertChildWithCursor(doc, doc.root, { name: 'footnotes', children: [footnote] }));
  const goesBefore = (sibling: ElementNode) => {
    const siblingId = idAttribute(sibling)?.value.value ?? '';
    return footnoteNumber(siblingId) > footnoteNumber(id);
  };
  return action(finding, title, insertChildWithCursor(doc, footnotes, footnote, goesBefore));
}

/** The footnotes defined that nothing refers to, in document order. */
function unusedFootnoteIds(doc: AnalyzedDocument): string[] {
  const referenced = new Set(doc.model?.footnoteRefs.map((ref) => ref.id));
  return [...new Set(doc.model?.footnotes.map((f) => f.id).filter((id) => /^F[1-9][0-9]?$/.test(id) && !referenced.has(id)))];
}

/** "Refer to F2 instead": the reference's id (the finding's span) set to an unused footnote's. */
function referToUnused(doc: AnalyzedDocument, finding: FindingOf<'footnote/undefined'>): CodeAction[] {
  const unused = unusedFootnoteIds(doc);
  const written = doc.text.slice(finding.span.start, finding.span.end);
  const id = finding.data?.id ?? written.trim();
  // The span is the id as written (an attribute value, a YAML list item): replaced as it stands, spaces kept.
  if (written.trim() !== id || id === '') return [];
  const lead = written.length - written.trimStart().length;
  const span = { start: finding.span.start + lead, end: finding.span.start + lead + id.length };
  const text = (unusedId: string) => doc.model?.footnotes.find((f) => f.id === unusedId)?.text.trim() ?? '';
  return unused.flatMap((unusedId) =>
    action(finding, `Refer to ${unusedId} instead (${describeFootnote(text(unusedId))})`, { span, newText: unusedId }, false),
  );
}

/** A footnote as a fix's title quotes it: its first words, or that it is empty. */
function describeFootnote(text: string): string {
  if (!text) return 'empty, nothing refers to it';
  const words = text.split(/\s+/);
  return `"${words.slice(0, 8).join(' ')}${words.length > 8 ? ' ...' : ''}", nothing refers to it`;
}

/**
 * Whether the explanations say a trade was made under a Rule 10b5-1 plan (read as the rules read it: "not pursuant
 * to a Rule 10b5-1 plan" says no): then the checked box is the likelier fix.
 */
function mentionsPlan(doc: AnalyzedDocument): boolean {
  return doc.model ? explanatoryTexts(doc.model).some((t) => affirmsRule10b51Plan(t.text)) : false;
}

/** The two answers to a missing Rule 10b5-1 box, whether the rule or the structure check (today's schema) reports it. */
const addRule10b51Checkbox: Fixer<'rule10b5-1/missing' | 'schema/missing-element'> = (doc, finding) => {
  if (!doc.root) return [];
  const root = doc.root;
  const planMentioned = mentionsPlan(doc);
  return [
    ...action(
      finding,
      'Add aff10b5One 0 (no transaction under a Rule 10b5-1(c) plan)',
      insertChild(doc, root, { name: 'aff10b5One', text: '0' }),
      !planMentioned,
    ),
    ...action(
      finding,
      'Add aff10b5One 1 (a transaction under a Rule 10b5-1(c) plan)',
      insertChild(doc, root, { name: 'aff10b5One', text: '1' }),
      planMentioned,
    ),
  ];
};

/** The transaction row that holds `span`. */
function transactionRowAt(doc: AnalyzedDocument, span: Span): TransactionRow | undefined {
  const row = doc.model?.rows.find((r) => r.kind === 'transaction' && r.node.span.start <= span.start && span.end <= r.node.span.end);
  return row?.kind === 'transaction' ? row : undefined;
}

/** The late rows a finding lists: its own and its marked related places. */
function lateRowsOf(doc: AnalyzedDocument, finding: Finding): TransactionRow[] {
  return [...new Set(markedSpans(finding).map((span) => transactionRowAt(doc, span)))].filter((r) => r !== undefined);
}

function markRowsLate(doc: AnalyzedDocument, rows: readonly TransactionRow[]): TextEdit[] {
  return rows.map((row) =>
    row.timeliness ? setCellValue(doc, row.timeliness.node, 'L') : insertChild(doc, row.node, cellElement('transactionTimeliness', 'L')),
  );
}

/** Marks every late row the finding lists (its own and its marked related places) L, in one edit. */
const markLate: Fixer<'date/deadline' | 'date/not-deferrable'> = (doc, finding) => {
  const rows = lateRowsOf(doc, finding);
  if (!rows.length) return [];
  const title = `Mark ${rowsLabel(rows)} late (transactionTimeliness L)`;
  return [
    { title, kind: 'quickfix', edits: markRowsLate(doc, rows), findingRule: finding.rule, findingSpan: finding.span, isPreferred: true },
  ];
};

/** A finding whose fix marks rows late: the late filing, and a row marked early that is in fact late. */
function marksLate(finding: Finding): boolean {
  return finding.rule === 'date/deadline' || (finding.rule === 'date/not-deferrable' && finding.data?.timeliness === 'L');
}

/**
 * "Mark all 3 late rows L": every row that any finding says is late, in one edit, offered at each of those findings
 * when they name more rows than the one at hand does (one late filing and a row marked early that is late too).
 */
function markAllLate(doc: AnalyzedDocument, findings: readonly Finding[], at: Finding): CodeAction[] {
  const late = findings.filter(marksLate);
  const rows = [...new Set(late.flatMap((f) => lateRowsOf(doc, f)))].sort((a, b) => a.node.span.start - b.node.span.start);
  if (rows.length <= lateRowsOf(doc, at).length) return [];
  // A row whose own finding also sets its form type to 4 keeps that to its own fix: this one only marks L.
  const title = `Mark all ${rows.length} late rows L (${rowsLabel(rows)})`;
  return [{ title, kind: 'quickfix', edits: markRowsLate(doc, rows), findingRule: at.rule, findingSpan: at.span }];
}

/**
 * The two readings of a repeated amount: the rows rolled back from the last row (the final holding, preferred: the
 * commoner mistake) or forward from the first. Each sets every amount owned of the series that differs.
 */
const rollRepeatedAmount: Fixer<'holdings/repeated-amount'> = (doc, finding) => {
  const spans = markedSpans(finding);
  const nodes = spans.map((span) => valueNodeAt(doc, span));
  if (!finding.data || nodes.some((n) => n === undefined)) return [];
  const { amount, ifLastRight, ifFirstRight } = finding.data;
  const reading = (values: string | undefined, title: string, isPreferred: boolean): CodeAction[] => {
    const amounts = values?.split(',') ?? [];
    if (amounts.length !== nodes.length) return [];
    const edits = nodes.flatMap((node, i) => (amounts[i] === amount ? [] : [replaceValue(doc, node!, amounts[i]!)]));
    return edits.length ? [{ title, kind: 'quickfix', edits, findingRule: finding.rule, findingSpan: finding.span, isPreferred }] : [];
  };
  const shown = formatAmount(amount);
  const [firstRow, lastRow] = [transactionRowAt(doc, spans[0]!), transactionRowAt(doc, spans.at(-1)!)];
  const name = (row: TransactionRow | undefined, fallback: string) => (row ? rowLabel(row) : fallback);
  return [
    ...reading(ifLastRight, `Roll the amounts owned back from ${shown} after ${name(lastRow, 'the last row')} (the final holding)`, true),
    ...reading(ifFirstRight, `Roll the amounts owned forward from ${shown} after ${name(firstRow, 'the first row')}`, false),
  ];
};

/** Sets the row's acquired/disposed code to the one that makes its tally add up (the finding is on the amount owned). */
const setMendingDirection: Fixer<'holdings/direction'> = (doc, finding) => {
  const code = transactionRowAt(doc, finding.span)?.acquiredDisposed?.value;
  const node = code ? valueNodeAt(doc, code.span) : undefined;
  if (!finding.data || !node) return [];
  return action(
    finding,
    `Set acquired/disposed to ${finding.data.expected} (the amounts owned agree)`,
    replaceValue(doc, node, finding.data.expected),
  );
};

function formatAmount(value: string): string {
  return Decimal.parse(value)?.format() ?? value;
}

function formatPrice(value: string): string {
  const price = Decimal.parse(value);
  return price ? `$${price.formatFixed(2)}` : value;
}

/**
 * An XML element out of schema order: moved, text and indentation as written, right before or after the sibling
 * the finding names (where EDGAR's schema puts it). Mechanical, so Fix All applies it; each move lengthens the run of
 * children in order, so Fix All's passes end.
 */
const moveIntoOrder: Fixer<'schema/element-order'> = (doc, finding) => {
  const at = doc.root ? locate(doc.root, finding.span.start) : undefined;
  if (!at || at.node.nameSpan.start !== finding.span.start || at.ancestors.length < 2) return [];
  const parent = at.ancestors[at.ancestors.length - 2];
  const move = moveToSchemaPlace(doc, parent, at.node);
  if (!move) return [];
  const title = `Move ${at.node.name} ${move.target.side} ${move.target.sibling.name}`;
  return [{ title, kind: 'quickfix', edits: move.edits, findingRule: finding.rule, findingSpan: finding.span, isPreferred: true }];
};

const fixerTable = {
  'code/direction': setValueFix(
    (data) => data.expected,
    (v) => `Set acquired/disposed to ${v}`,
  ),
  'holdings/running-balance': setValueFix(
    (data) => data.expected,
    (v) => `Set the amount owned to ${formatAmount(v)} (the running balance)`,
  ),
  'history/opening-balance': (doc, finding) => {
    const node = valueNodeAt(doc, finding.span);
    const expected = finding.data?.expected;
    if (!node || expected === undefined || !finding.data) return [];
    const title = `Set the amount owned to ${formatAmount(expected)} (continuing the ${formatAmount(finding.data.closing)} ${finding.data.previous} closed with)`;
    return action(finding, title, replaceValue(doc, node, expected));
  },
  'document/period-of-report': setValueFix(
    (data) => data.earliest,
    (v) => `Set periodOfReport to ${v} (the earliest transaction date)`,
  ),
  'footnote/undefined': missingFootnote,
  'schema/element-order': moveIntoOrder,
  'rule10b5-1/missing': addRule10b51Checkbox,
  'schema/missing-element': (doc, finding) => (finding.data?.missing === 'aff10b5One' ? addRule10b51Checkbox(doc, finding) : []),
  'date/deadline': markLate,
  'holdings/repeated-amount': rollRepeatedAmount,
  'holdings/direction': setMendingDirection,
  'date/not-deferrable': (doc, finding) => {
    const late = finding.data?.timeliness === 'L' ? markLate(doc, finding) : [];
    if (!finding.data?.formType) return late;
    // Form type 5 is set in its own cell, which the finding points at only when the row has no E.
    const formType = transactionRowAt(doc, finding.span)?.coding?.formType;
    const four = formType ? replaceValue(doc, formType.node, '4') : undefined;
    if (!four) return late;
    if (!late[0]) return action(finding, 'Set transactionFormType to 4 (a Form 4 item, not an early Form 5 one)', four);
    return [{ ...late[0], title: `${late[0].title} and set transactionFormType to 4`, edits: [...late[0].edits, four] }];
  },
  'derivative/exercise-price': setValueFix(
    (data) => data.expected,
    (v) => `Set the price to ${formatPrice(v)} (the exercise or conversion price)`,
  ),
  'derivative/underlying-shares': setValueFix(
    (data) => data.expected,
    (v) => `Set the number of shares to ${formatAmount(v)} (as Table I receives)`,
  ),
  'derivative/underlying-title': setValueFix(
    (data) => data.expected,
    (v) => `Set the underlying security title to "${v}" (the security Table I receives)`,
  ),
  'price/outside-weighted-average-range': setValueFix(
    (data) => data.expected,
    (v) => `Set the price to ${formatPrice(v)} (the price column divided by the number of shares)`,
  ),
  'code/form4-item-on-form5': setValueFix(
    (data) => data.formType,
    (v) => `Set transactionFormType to ${v} (a late Form 4 item)`,
  ),
  'document/trading-symbol': setValueFix(
    (data) => data.expected,
    (v) => `Set the trading symbol to ${v}`,
  ),
} satisfies { readonly [Id in RuleId]?: Fixer<Id> };

/** The rule ids that have quick fixes: the table's keys. */
export type FixableRuleId = keyof typeof fixerTable;

const fixers: { readonly [Id in FixableRuleId]: Fixer<Id> } = fixerTable;

/** The rule ids that have quick fixes, as a list to look any id up in. */
export const fixableRules: readonly RuleId[] = Object.keys(fixers) as FixableRuleId[];

function isFixable(finding: Finding): finding is Extract<Finding, { rule: FixableRuleId }> {
  return Object.hasOwn(fixers, finding.rule);
}

/** The fixer of the finding's own rule, applied to it: the mapped table keeps the pair typed together. */
function fixesFor<Id extends FixableRuleId>(doc: AnalyzedDocument, finding: FindingOf<Id>): CodeAction[] {
  const fixer: Fixer<Id> = fixers[finding.rule];
  return fixer(doc, finding);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Quick fixes for the findings that overlap `span` (the editor's selection or cursor), at their span or a marked related place. */
export function codeActions(doc: AnalyzedDocument, findings: readonly Finding[], span: Span): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const finding of findings) {
    if (!isFixable(finding) || !markedSpans(finding).some((marked) => overlaps(marked, span))) continue;
    actions.push(...fixesFor(doc, finding));
    if (marksLate(finding)) actions.push(...markAllLate(doc, findings, finding));
  }
  return actions;
}
