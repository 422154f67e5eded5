/**
 * Completion: element names and YAML keys that may go in the element at the cursor, in schema order (in XML those
 * that fit the order at the cursor first, the others marked for the order fix); enumerated values with their
 * meanings; footnote ids defined in the document inside references; snippets for rows, a footnote and a whole
 * Form 4. Works on half-typed documents: the context comes from the text around the cursor, the rest from the tree
 * the reader recovered.
 */
import type { AnalyzedDocument } from '../service';
import { indentUnit } from './edits/indent';
import { xmlContext } from './completion/xmlContext';
import { yamlContext } from './completion/yamlContext';
import { closeTagItems, elementItems, footnoteItems, valueItems, type ItemSettings } from './completion/items';
import type { CompletionItem } from './types';

/**
 * The transaction code of the row the cursor is in, to offer the A/D it expects first: the last row starting before
 * the cursor (a YAML row's range ends at its last value, before an empty one being filled in).
 */
function rowCodeAt(doc: AnalyzedDocument, offset: number): string | undefined {
  const before = doc.model?.rows.filter((r) => r.node.span.start <= offset) ?? [];
  const row = before[before.length - 1];
  return row?.kind === 'transaction' ? row.coding?.code?.value : undefined;
}

export function complete(doc: AnalyzedDocument, offset: number): CompletionItem[] {
  const context = doc.format === 'xml' ? xmlContext(doc, offset) : yamlContext(doc, offset);
  if (!context) return [];
  const settings: ItemSettings = { format: doc.format, form: doc.form, unit: indentUnit(doc.text, doc.root), model: doc.model };
  switch (context.kind) {
    case 'element':
      return elementItems(context, settings);
    case 'value':
      return valueItems(context, settings, rowCodeAt(doc, offset));
    case 'footnote-reference':
      return footnoteItems(context.replaceSpan, doc.model);
    case 'close-tag':
      return closeTagItems(context);
  }
}
