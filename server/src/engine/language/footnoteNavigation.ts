/**
 * Go to definition and find references for footnote ids: from a reference (`footnoteId id="F1"`, a YAML
 * `footnotes: [F1]` entry) or from a footnote's own id.
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

/** Where the footnote under the cursor is defined: its id in the footnotes (more than one when an id repeats). */
export function definition(doc: AnalyzedDocument, offset: number): Span[] {
  const id = footnoteIdAt(doc, offset);
  if (id === undefined || !doc.model) return [];
  return doc.model.footnotes.filter((f) => f.id === id).map((f) => f.idSpan);
}

/** Every reference to the footnote under the cursor, and its definition when `includeDeclaration`. */
export function references(doc: AnalyzedDocument, offset: number, includeDeclaration = true): Span[] {
  const id = footnoteIdAt(doc, offset);
  if (id === undefined || !doc.model) return [];
  const refs = doc.model.footnoteRefs.filter((r) => r.id === id).map((r) => r.span);
  const defs = includeDeclaration ? doc.model.footnotes.filter((f) => f.id === id).map((f) => f.idSpan) : [];
  return [...defs, ...refs].sort((a, b) => a.start - b.start);
}
