/**
 * Format-independent edits over an analyzed document: the code actions say what to change (this value, this new
 * element) and the format's own functions (xml.ts, yaml.ts) say how.
 */
import type { AnalyzedDocument } from '../../service';
import { resolvePath, type TypeDef } from '../../structure/schema';
import { firstChild, type ElementNode } from '../../tree/node';
import { ancestorsOf } from '../locate';
import { escapeSnippetText } from '../snippetTree';
import type { TextEdit } from '../types';
import type { NewElement } from './newElement';
import { insertXmlChild, replaceXmlText } from './xml';
import { insertYamlChild, replaceYamlValue } from './yaml';

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
