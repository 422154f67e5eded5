/**
 * Format-independent edits over an analyzed document: the code actions say what to change (this value, this new
 * element) and the format's own functions (xml.ts, yaml.ts) say how.
 */
import type { AnalyzedDocument } from '../../service';
import { compileContent, matchContent } from '../../structure/contentModel';
import { resolvePath, type TypeDef } from '../../structure/schema';
import { firstChild, type ElementNode } from '../../tree/node';
import { ancestorsOf } from '../locate';
import { escapeSnippetText } from '../snippetTree';
import type { TextEdit } from '../types';
import { moveXmlElement, type MoveTarget } from './move';
import type { NewElement } from './newElement';
import { insertXmlChild, replaceXmlText } from './xml';
import { insertYamlChild, replaceYamlValue } from './yaml';

export type { MoveTarget } from './move';
export type { NewElement } from './newElement';
export { cellElement } from './newElement';

/** The declared type of an element of the document, from its path. */
function typeOf(doc: AnalyzedDocument, node: ElementNode): TypeDef | undefined {
  if (!doc.root) return undefined;
  const chain = ancestorsOf(doc.root, node);
  return chain
    ? resolvePath(
        doc.form.id,
        chain.map((n) => n.name),
      )?.type
    : undefined;
}

/** Sets the text of an element (a `value`, a leaf such as `transactionCode`). */
export function replaceValue(doc: AnalyzedDocument, node: ElementNode, value: string): TextEdit {
  return doc.format === 'xml' ? replaceXmlText(doc.text, node, value) : replaceYamlValue(doc.text, node, value);
}

/** Inserts a child element at its schema position. `goesBefore` orders it among siblings of its own name. */
export function insertChild(
  doc: AnalyzedDocument,
  parent: ElementNode,
  element: NewElement,
  goesBefore?: (sibling: ElementNode) => boolean,
): TextEdit {
  const type = typeOf(doc, parent);
  return doc.format === 'xml'
    ? insertXmlChild(doc.text, doc.root, parent, type, element, goesBefore)
    : insertYamlChild(doc.text, doc.root, parent, type, element, goesBefore);
}

/**
 * Sets a table cell's value, whatever the cell holds now: replaces the `value` when there is one; otherwise adds
 * it (in YAML an empty cell simply gets its scalar: `transactionTimeliness: L`).
 */
export function setCellValue(doc: AnalyzedDocument, cell: ElementNode, value: string): TextEdit {
  const current = firstChild(cell, 'value');
  if (current) return replaceValue(doc, current, value);
  const empty = cell.children.length === 0 && cell.attributes.length === 0;
  if (doc.format === 'yaml' && empty) return replaceYamlValue(doc.text, cell, value);
  return insertChild(doc, cell, { name: 'value', text: value });
}

/** Stands for the cursor in an element's text while it is rendered; a private-use character no escaping touches. */
const cursorMark = '\uE000';

/**
 * Inserts `element` as insertChild does, with the cursor in its text (its own, or its first text-less descendant's)
 * for clients that take snippet edits: `newText` inserts the element as it is, `snippet` the same with `$0` there.
 */
export function insertChildWithCursor(
  doc: AnalyzedDocument,
  parent: ElementNode,
  element: NewElement,
  goesBefore?: (sibling: ElementNode) => boolean,
): TextEdit {
  const plain = insertChild(doc, parent, element, goesBefore);
  const marked = insertChild(doc, parent, markCursor(element), goesBefore);
  const at = marked.newText.indexOf(cursorMark);
  if (at < 0 || marked.span.start !== plain.span.start || marked.span.end !== plain.span.end) return plain;
  const before = marked.newText.slice(0, at);
  const after = marked.newText.slice(at + cursorMark.length);
  return { ...plain, snippet: `${escapeSnippetText(before)}$0${escapeSnippetText(after)}` };
}

/** The element with the cursor mark as the text of the first element that has no text and no children. */
function markCursor(element: NewElement): NewElement {
  let marked = false;
  const mark = (e: NewElement): NewElement => {
    if (marked) return e;
    if (!e.children?.length && !e.text) {
      marked = true;
      return { ...e, text: cursorMark };
    }
    return e.children ? { ...e, children: e.children.map(mark) } : e;
  };
  return mark(element);
}

/** A move of an XML child to the place the schema gives it: beside which sibling, and the edits. */
export interface SchemaMove {
  readonly target: MoveTarget;
  readonly edits: readonly TextEdit[];
}

/**
 * XML: moves a child that is out of schema order right before or after the sibling the structure check names
 * (`schema/element-order`), found by the same content match: the check keeps the longest run of children in order
 * and places each other child beside one of that run, so each move lengthens the run and moves never go in circles.
 */
export function moveToSchemaPlace(doc: AnalyzedDocument, parent: ElementNode, child: ElementNode): SchemaMove | undefined {
  const type = typeOf(doc, parent);
  const index = parent.children.indexOf(child);
  if (doc.format !== 'xml' || type?.kind !== 'complex' || !type.content || index < 0) return undefined;
  const issues = matchContent(
    compileContent(type.content),
    parent.children.map((c) => c.name),
  ).issues;
  const issue = issues.find((i) => i.kind === 'order' && i.child === index);
  if (issue?.kind !== 'order') return undefined;
  const at = issue.before ?? issue.after;
  if (at === undefined) return undefined;
  const target: MoveTarget = { side: issue.before !== undefined ? 'before' : 'after', sibling: parent.children[at] };
  const edits = moveXmlElement(doc.text, parent, child, target);
  return edits ? { target, edits } : undefined;
}
