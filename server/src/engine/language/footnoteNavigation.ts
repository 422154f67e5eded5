/**
 * Go to definition and find references for footnote ids: from a reference (`footnoteId id="F1"`, a YAML
 * `footnotes: [F1]` entry) or from a footnote's own id. Go to definition on the name of a cell that carries
 * footnotes (`transactionPricePerShare` with F1) goes to those footnotes.
 */
import type { AnalyzedDocument } from '../service';
import type { Span } from '../text/span';
import { idAttribute, isFootnoteRef } from '../model/footnoteRefs';
import { locate } from './locate';

/** The footnote id under the cursor, whether on a reference or on a definition. */
function footnoteIdAt(doc: AnalyzedDocument, offset: number): string | undefined {
  if (!doc.root) return undefined;
  const at = locate(doc.root, offset);
  if (!at || (!isFootnoteRef(at.node) && at.node.name !== 'footnote')) return undefined;
  const id = idAttribute(at.node);
  if (!id) return undefined;
  const onId = at.part.kind === 'attributeValue' || at.part.kind === 'attributeName' || (isFootnoteRef(at.node) && at.part.kind === 'name');
  return onId ? id.value.value.trim() : undefined;
}

/** The ids of the footnotes a cell refers to when the cursor is on the cell's name (tag name or YAML key). */
function cellFootnoteIdsAt(doc: AnalyzedDocument, offset: number): string[] {
  const at = doc.root ? locate(doc.root, offset) : undefined;
  if (!at || at.part.kind !== 'name' || isFootnoteRef(at.node)) return [];
  return at.node.children.filter(isFootnoteRef).map((ref) => idAttribute(ref)?.value.value.trim() ?? '');
}

/**
 * Where the footnote under the cursor is defined: its id in the footnotes (more than one when an id repeats); on a
 * cell's name, the footnotes the cell refers to.
 */
export function definition(doc: AnalyzedDocument, offset: number): Span[] {
  const id = footnoteIdAt(doc, offset);
  const ids = id !== undefined ? [id] : cellFootnoteIdsAt(doc, offset);
  if (ids.length === 0 || !doc.model) return [];
  return doc.model.footnotes.filter((f) => ids.includes(f.id)).map((f) => f.idSpan);
}

/** Every reference to the footnote under the cursor, and its definition when `includeDeclaration`. */
export function references(doc: AnalyzedDocument, offset: number, includeDeclaration = true): Span[] {
  const id = footnoteIdAt(doc, offset);
  if (id === undefined || !doc.model) return [];
  const refs = doc.model.footnoteRefs.filter((r) => r.id === id).map((r) => r.span);
  const defs = includeDeclaration ? doc.model.footnotes.filter((f) => f.id === id).map((f) => f.idSpan) : [];
  return [...defs, ...refs].sort((a, b) => a.start - b.start);
}
