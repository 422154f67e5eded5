/**
 * Hovers: what the element, key or value under the cursor means on the form, which values it allows and where
 * that comes from; for a transaction code its meaning and usual direction, for an amount owned the running tally
 * that produced it, for a transaction date the filing deadline, for a footnote reference the footnote's text.
 */
import { meaningOfValue } from '../docs/allowedValues';
import { attributeDocumentation } from '../docs/fields';
import { codeGroupTitles, describeDirection, transactionCodeInfo } from '../docs/transactionCodes';
import { compareDates, formatIsoDate, today as localToday, type CalendarDate } from '../model/date';
import type { OwnershipDocument, Row } from '../model/types';
import { cellPlace, fieldPlace } from '../model/place';
import { footnotesById, rowLabel, transactionRows } from '../model/rows';
import type { AnalyzedDocument } from '../service';
import type { FormDescription } from '../forms/description';
import { resolvePath } from '../structure/schema';
import type { Span } from '../text/span';
import type { AttributeNode, ElementNode } from '../tree/node';
import { describeDeadline, describeStatementDeadline } from './deadline';
import { baseForm } from '../model/formFamily';
import { describeElement } from './describe';
import { ancestorsOf, locate, pathOf, trimmedSpan, type Located } from './locate';
import { escapeMarkdown, inlineCode, paragraphs, sourceLinks } from './markdown';
import { describeTally } from './tally';
import { describeHistory } from './history';
import type { HistoryContext } from '../history/context';
import type { Hover } from './types';

export interface HoverOptions {
  /** "Today", for the deadline of an unsigned draft; the local date by default. */
  readonly today?: CalendarDate;
  /**
   * A link target for a place in the document (the adapter knows its URI: `file:///f.xml#L12,5`), so a hover can
   * link the places it names; without it they are named, not linked.
   */
  readonly linkTo?: (span: Span) => string | undefined;
  /** The document's place among the owner's other filings: a first row's hover then shows the previous closing balance. */
  readonly history?: HistoryContext;
}

export function hover(doc: AnalyzedDocument, offset: number, options: HoverOptions = {}): Hover | undefined {
  if (!doc.root) return undefined;
  const at = locate(doc.root, offset);
  if (!at) return undefined;
  const form = doc.form;
  switch (at.part.kind) {
    case 'attributeValue':
      return attributeValueHover(doc, at.node, at.part.attribute, trimmedSpan(doc.text, at.part.span), options.linkTo);
    case 'attributeName':
      return attributeNameHover(at.node, at.part.attribute, at.part.span);
    case 'text':
      return valueHover(doc, at, form, trimmedSpan(doc.text, at.part.span), options.today ?? localToday(), options.history);
    case 'name':
      return elementHover(at, form, at.part.span);
    case 'content': {
      const endTag = endTagNameSpan(doc.text, at.node, offset);
      return endTag ? elementHover(at, form, endTag) : undefined;
    }
  }
}

function elementHover(at: Located, form: FormDescription, span: Span): Hover | undefined {
  const described = describeElement(pathOf(at.ancestors), form);
  if (!described) return { markdown: `${inlineCode(at.node.name)} is not an element of a Form 4 document.`, span };
  return { markdown: described.markdown, span };
}

/** The name in an XML end tag `</name>` when the offset is on it (end tags are not in the tree). */
function endTagNameSpan(text: string, node: ElementNode, offset: number): Span | undefined {
  const closing = `</${node.name}`;
  const start = text.lastIndexOf(closing, node.span.end);
  if (start < node.nameSpan.end || start >= node.span.end) return undefined;
  const name = { start: start + 2, end: start + closing.length };
  return name.start <= offset && offset <= name.end ? name : undefined;
}

// ---- footnote ids ----------------------------------------------------------------------------------------------

function attributeNameHover(node: ElementNode, attribute: AttributeNode, span: Span): Hover | undefined {
  const doc = attributeDocumentation(node.name, attribute.name);
  if (!doc) return undefined;
  return { markdown: paragraphs(`**${doc.label}**`, doc.meaning, `**Source:** ${sourceLinks(doc.sources)}`), span };
}

function attributeValueHover(
  doc: AnalyzedDocument,
  node: ElementNode,
  attribute: AttributeNode,
  span: Span,
  linkTo: HoverOptions['linkTo'],
): Hover | undefined {
  if (attribute.name !== 'id' || !doc.model) return attributeNameHover(node, attribute, span);
  const id = attribute.value.value.trim();
  if (node.name === 'footnoteId') {
    const footnote = footnotesById(doc.model).get(id);
    const markdown = footnote
      ? paragraphs(`**Footnote ${escapeMarkdown(id)}**`, escapeMarkdown(footnote.text) || '_(empty)_')
      : `**Footnote ${escapeMarkdown(id)}** is not defined in the Explanation of Responses.`;
    return { markdown, span };
  }
  if (node.name === 'footnote') return { markdown: footnoteUses(doc, id, linkTo), span };
  return attributeNameHover(node, attribute, span);
}

/** Where a footnote is referred to, each place in the form's words and linked when the adapter gives links. */
function footnoteUses(doc: AnalyzedDocument, id: string, linkTo: HoverOptions['linkTo']): string {
  const refs = doc.model?.footnoteRefs.filter((ref) => ref.id === id) ?? [];
  const title = `**Footnote ${escapeMarkdown(id)}**`;
  if (refs.length === 0) return `${title}: not referred to anywhere.`;
  const places = refs.map((ref) => {
    const words = escapeMarkdown(referencePlace(doc, ref.node));
    const target = linkTo?.(ref.span);
    return `- ${target ? `[${words}](${target})` : words}`;
  });
  return `${title}, referred to from:\n\n${places.join('\n')}`;
}

/** "Table I row 2 (08/18/2003 S 1,000), column 4" for a reference in a table cell, "Box 3 (...)" elsewhere. */
function referencePlace(doc: AnalyzedDocument, ref: ElementNode): string {
  const chain = doc.root ? ancestorsOf(doc.root, ref) : undefined;
  const cell = chain?.at(-2);
  if (!chain || !cell) return ref.name;
  const row = doc.model?.rows.find((r) => chain.includes(r.node));
  return row
    ? cellPlace(row, cell.name)
    : fieldPlace(
        chain.slice(0, -1).map((n) => n.name),
        doc.form.id,
      );
}

// ---- values ----------------------------------------------------------------------------------------------------

/** The cell a text belongs to: the parent of a `value` element, else the element itself. */
function cellOf(at: Located): { cell: ElementNode; cellPath: string[] } {
  const path = pathOf(at.ancestors);
  if (at.node.name === 'value' && at.ancestors.length > 1)
    return { cell: at.ancestors[at.ancestors.length - 2], cellPath: path.slice(0, -1) };
  return { cell: at.node, cellPath: path };
}

function rowOf(model: OwnershipDocument | undefined, at: Located): Row | undefined {
  return model?.rows.find((row) => at.ancestors.includes(row.node));
}

function valueHover(
  doc: AnalyzedDocument,
  at: Located,
  form: FormDescription,
  span: Span,
  today: CalendarDate,
  history: HistoryContext | undefined,
): Hover | undefined {
  const path = pathOf(at.ancestors);
  const described = describeElement(path, form);
  if (!described) return undefined;
  const value = at.node.text?.value.trim() ?? '';
  const type = resolvePath(form.id, path)?.type;
  const meaning = type && type.kind !== 'complex' ? meaningOfValue(type, value) : '';
  const heading = `**${described.doc.label}**${value ? `: ${inlineCode(value)}` : ''}${meaning ? ` — ${escapeMarkdown(meaning)}` : ''}`;
  const special = specialValueText(doc, at, value, today, history);
  // A listed value says what it means in the heading: the whole list again would bury it.
  return { markdown: paragraphs(heading, special, meaning ? described.bodyForValue : described.body), span };
}

/** What only some values say: a code's meaning and direction, a tally, a deadline, the earliest transaction. */
function specialValueText(
  doc: AnalyzedDocument,
  at: Located,
  value: string,
  today: CalendarDate,
  history: HistoryContext | undefined,
): string | undefined {
  const { cell } = cellOf(at);
  const row = rowOf(doc.model, at);
  switch (cell.name) {
    case 'transactionCode':
      return codeText(value, row);
    case 'sharesOwnedFollowingTransaction':
    case 'valueOwnedFollowingTransaction':
      if (!doc.model || !row) return undefined;
      return paragraphs(describeTally(doc.model, row), history && describeHistory(history, row));
    case 'transactionDate':
    case 'deemedExecutionDate':
      // The two-business-day deadline is Form 4's; a Form 5 reports the year's items after it ends.
      return doc.model && baseForm(doc.model.form) === '4' && row?.kind === 'transaction'
        ? describeDeadline(doc.model, row, today)
        : undefined;
    case 'periodOfReport':
      if (!doc.model) return undefined;
      // Box 3 of Form 4 is the earliest transaction; box 2 of Form 3 and box 3 of Form 5 start the statement's deadline.
      return baseForm(doc.model.form) === '4' ? earliestText(doc.model) : describeStatementDeadline(doc.model, today);
    default:
      return undefined;
  }
}

function codeText(code: string, row: Row | undefined): string {
  const info = transactionCodeInfo(code);
  if (!info) return `${inlineCode(code)} is not a Form 4 transaction code.`;
  const direction = `**Direction:** ${describeDirection(info, row?.table)}.`;
  const group = `**Group:** ${codeGroupTitles[info.group]}.`;
  const paperOnly = info.inXml ? undefined : '**Not accepted in EDGAR XML.**';
  // The explanation is our own Markdown (it quotes element names as code), not document text.
  return paragraphs(paperOnly, info.explanation, `${direction} ${group}`);
}

function earliestText(model: OwnershipDocument): string | undefined {
  let earliest: { date: CalendarDate; label: string } | undefined;
  for (const row of transactionRows(model)) {
    const date = row.transactionDate?.value?.value;
    if (date && (!earliest || compareDates(date, earliest.date) < 0)) earliest = { date, label: rowLabel(row) };
  }
  return earliest ? `Earliest transaction on the form: ${formatIsoDate(earliest.date)} (${earliest.label}).` : undefined;
}
