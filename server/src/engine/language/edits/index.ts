/**
 * Format-independent edits over an analyzed document: the code actions say what to change (this value, this new
 * element) and the format's own functions (xml.ts, yaml.ts) say how.
 */
import type { AnalyzedDocument } from '../../service';
import { resolvePath, type TypeDef } from '../../structure/schema';
import { firstChild, type ElementNode } from '../../tree/node';
import { ancestorsOf } from '../locate';
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
