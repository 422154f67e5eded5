/**
 * Fields the preview shows that the model does not bind yet (Forms 3 and 5: `noSecuritiesOwned`, Form 5's two
 * "reported" flags, a holding's `transactionCoding`), read here from the tree as the binder reads its fields: the
 * element's text, its span (or the element's name when it has no text) and the element. The model's own fields
 * replace these as they are bound.
 */
import { parseBoolean } from '../model/bind';
import { footnoteRefsOf } from '../model/footnoteRefs';
import type { Field, FootnoteRef } from '../model/types';
import { firstChild, type ElementNode } from '../tree/node';

function field<T>(node: ElementNode | undefined, parse: (text: string) => T | undefined): Field<T> | undefined {
  if (!node) return undefined;
  const raw = node.text?.value ?? '';
  return { value: parse(raw), raw, span: node.text?.span ?? node.nameSpan, node };
}

/** The boolean child `name` of `parent` (xs:boolean: 1, true, 0, false). */
export function booleanChild(parent: ElementNode, name: string): Field<boolean> | undefined {
  return field(firstChild(parent, name), parseBoolean);
}

/** A holding's `transactionCoding` on a Form 5 (a Form 3 holding reported late): its form type and footnotes. */
export interface HoldingCoding {
  readonly formType?: Field<string>;
  readonly footnotes: readonly FootnoteRef[];
  readonly node: ElementNode;
}

export function holdingCoding(row: ElementNode): HoldingCoding | undefined {
  const node = firstChild(row, 'transactionCoding');
  if (!node) return undefined;
  const formType = field(firstChild(node, 'transactionFormType'), (text) => text.trim() || undefined);
  return { ...(formType ? { formType } : {}), footnotes: footnoteRefsOf(node), node };
}
