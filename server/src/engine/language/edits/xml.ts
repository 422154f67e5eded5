/**
 * Edits of EDGAR XML text: replace an element's text, insert a child element at its schema position. The text
 * outside the edit is never touched, and what is inserted is escaped and indented like its neighbours.
 */
import type { TypeDef } from '../../structure/schema';
import type { ElementNode } from '../../tree/node';
import type { SnippetField } from '../snippetTree';
import type { TextEdit } from '../types';
import { indentationAt, indentUnit, newlineOf, startsLine } from './indent';
import { xmlLines } from '../render/lines';
import { escapeXmlAttribute, escapeXmlText } from '../../write/xmlEscape';
import { asSnippetNode, type NewElement } from './newElement';
import { insertionAnchor } from './position';

function emptyAt(offset: number): { start: number; end: number } {
  return { start: offset, end: offset };
}

/** The offset just after the `>` of an element's start tag (`/>` for an empty-element tag). */
function startTagEnd(text: string, node: ElementNode): number {
  const last = node.attributes[node.attributes.length - 1];
  // An attribute value's span excludes its closing quote: step past it before looking for '>'.
  const from = last ? last.value.span.end + 1 : node.nameSpan.end;
  const gt = text.indexOf('>', from);
  return gt < 0 || gt >= node.span.end ? node.span.end : gt + 1;
}

function isEmptyElementTag(text: string, node: ElementNode): boolean {
  return startTagEnd(text, node) === node.span.end && text.slice(node.span.end - 2, node.span.end) === '/>';
}

/** The start tag as written, without its closing `>` or `/>`: `<footnote id="F1"`. */
function openTagText(text: string, node: ElementNode): string {
  const end = startTagEnd(text, node);
  return text.slice(node.span.start, end).replace(/\/?>$/, '').trimEnd();
}

/** Sets an element's text to `value`, keeping the whitespace around the old text and the tag as written. */
export function replaceXmlText(text: string, node: ElementNode, value: string): TextEdit {
  const escaped = escapeXmlText(value);
  if (node.text) {
    const raw = text.slice(node.text.span.start, node.text.span.end);
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    const blank = raw.trim() === '';
    const span = blank ? node.text.span : { start: node.text.span.start + lead, end: node.text.span.end - trail };
    return { span, newText: escaped };
  }
  if (isEmptyElementTag(text, node)) return { span: node.span, newText: `${openTagText(text, node)}>${escaped}</${node.name}>` };
  const at = startTagEnd(text, node);
  return { span: { start: at, end: at }, newText: escaped };
}

/**
 * The element as XML lines (the first unindented, nested ones indented by `unit` per level). `oneLineCells`: a
 * table cell (an element holding only its `value` and footnote references) goes on one line, as the file writes them.
 */
export function renderXml(element: NewElement, unit: string, oneLineCells = false): string[] {
  const fixed = (escape: (text: string) => string) => (field: SnippetField) => (field.kind === 'fixed' ? escape(field.text) : '');
  const lines = xmlLines(asSnippetNode(element), unit, { text: fixed(escapeXmlText), attribute: fixed(escapeXmlAttribute) });
  const children = element.children ?? [];
  if (!oneLineCells || children.length === 0) return lines;
  if (children.every(isCellPart)) return [lines.map((line) => line.trimStart()).join('')];
  // The element's own tags from its lines, its children laid out each by the same rule.
  const inner = children.flatMap((child) => renderXml(child, unit, true)).map((line) => unit + line);
  return [lines[0]!, ...inner, lines.at(-1)!];
}

/** What a table cell holds: its `value` and its footnote references, text and attributes only. */
function isCellPart(element: NewElement): boolean {
  return (element.name === 'value' || element.name === 'footnoteId') && !element.children?.length;
}

/**
 * Whether the file writes a table cell on one line (`<transactionShares><value>100</value></transactionShares>`),
 * judged by its first cell: an element with a `value` child.
 */
export function writesCellsOnOneLine(text: string, root: ElementNode | undefined): boolean {
  const stack: ElementNode[] = root ? [root] : [];
  while (stack.length) {
    const node = stack.shift()!;
    if (node.children.some((child) => child.name === 'value')) return !/[\r\n]/.test(text.slice(node.span.start, node.span.end));
    stack.push(...node.children);
  }
  return false;
}

/**
 * Inserts `element` as a child of `parent`, after the last existing child the schema orders before it (see
 * insertionAnchor), on a line of its own, indented like its siblings.
 */
export function insertXmlChild(
  text: string,
  root: ElementNode | undefined,
  parent: ElementNode,
  parentType: TypeDef | undefined,
  element: NewElement,
  goesBefore?: (sibling: ElementNode) => boolean,
): TextEdit {
  const nl = newlineOf(text);
  const unit = indentUnit(text, root);
  const parentIndent = indentationAt(text, parent.span.start);
  const anchor = insertionAnchor(parent, parentType, element.name, goesBefore);
  // A parent written on one line with children in it (`<cell><footnoteId id="F1"/></cell>`) stays on its line.
  if (parent.children.length > 0 && !/[\r\n]/.test(text.slice(parent.span.start, parent.span.end))) {
    const inline = renderXml(element, unit, true).join('');
    return { span: anchor ? { start: anchor.span.end, end: anchor.span.end } : emptyAt(startTagEnd(text, parent)), newText: inline };
  }
  const sibling = anchor ?? parent.children[0];
  const indent = sibling && startsLine(text, sibling.span.start) ? indentationAt(text, sibling.span.start) : parentIndent + unit;
  const lines = renderXml(element, unit, writesCellsOnOneLine(text, root)).map((line) => indent + line);
  const block = lines.join(nl);

  if (anchor) return { span: { start: anchor.span.end, end: anchor.span.end }, newText: nl + block };
  if (isEmptyElementTag(text, parent)) {
    return { span: parent.span, newText: `${openTagText(text, parent)}>${nl}${block}${nl}${parentIndent}</${parent.name}>` };
  }
  const at = startTagEnd(text, parent);
  // With no children, the end tag may sit on the start tag's line: put it back on a line of its own.
  const restOfParent = text.slice(at, parent.span.end);
  const closeOnOwnLine = parent.children.length === 0 && !/[\r\n]/.test(restOfParent);
  return { span: { start: at, end: at }, newText: nl + block + (closeOnOwnLine ? nl + parentIndent : '') };
}
