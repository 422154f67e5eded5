/**
 * What is being completed in XML, from the text just before the cursor (is it in a tag? after `<`? in an attribute
 * value?) and the tree the reader recovered (which element holds the cursor, which siblings are around it). Works
 * on half-typed documents: an unfinished `<tra` is an element the reader closed at the end of the text.
 */
import { resolvePath } from '../../structure/schema';
import type { ElementNode } from '../../tree/node';
import type { AnalyzedDocument } from '../../service';
import { locate, pathOf } from '../locate';
import { wordSpan, type CompletionContext } from './context';

function siblingsAround(parent: ElementNode | undefined, exclude: ElementNode | undefined, from: number, to: number) {
  const children = parent?.children.filter((c) => c !== exclude) ?? [];
  return {
    before: children.filter((c) => c.span.start < from).map((c) => c.name),
    after: children.filter((c) => c.span.start >= to).map((c) => c.name),
  };
}

function inTag(doc: AnalyzedDocument, offset: number, lt: number): CompletionContext | undefined {
  const text = doc.text;
  const tag = text.slice(lt + 1, offset);
  const name = /^(\/?)([A-Za-z_][\w.-]*)?$/.exec(tag);
  if (name) {
    const closing = name[1] === '/';
    const nameStart = lt + 1 + name[1].length;
    const replaceSpan = { start: nameStart, end: wordSpan(text, offset).end };
    const at = doc.root ? locate(doc.root, offset) : undefined;
    // The element being typed (the reader made one of `<tra`) is not the parent; its parent is.
    const typing = at && at.node.nameSpan.start === nameStart ? at.node : undefined;
    const ancestors = at ? (typing ? at.ancestors.slice(0, -1) : at.ancestors) : [];
    const parent = ancestors[ancestors.length - 1];
    if (closing) return parent ? { kind: 'close-tag', name: parent.name, replaceSpan } : undefined;
    return {
      kind: 'element',
      parentPath: pathOf(ancestors),
      parent,
      ...siblingsAround(parent, typing, lt, replaceSpan.end),
      syntax: 'xml-after-lt',
      replaceSpan,
    };
  }
  const attribute = /^footnoteId\b[^>]*\bid\s*=\s*(["'])([^"']*)$/.exec(tag);
  if (attribute) {
    let end = offset;
    while (end < text.length && /[^"'<>\s]/.test(text[end])) end++;
    return { kind: 'footnote-reference', replaceSpan: { start: offset - attribute[2].length, end } };
  }
  return undefined;
}

function inContent(doc: AnalyzedDocument, offset: number): CompletionContext | undefined {
  if (!doc.root) {
    const hasDeclaration = /<\?xml[\s?]/.test(doc.text.slice(0, offset));
    return {
      kind: 'element',
      parentPath: [],
      before: [],
      after: [],
      syntax: 'xml-content',
      replaceSpan: wordSpan(doc.text, offset),
      hasDeclaration,
    };
  }
  const located = locate(doc.root, offset);
  if (!located) return undefined;
  // Right before an element's `<` the cursor is between siblings, in their parent.
  const ancestors = located.ancestors.length > 1 && located.node.span.start === offset ? located.ancestors.slice(0, -1) : located.ancestors;
  const at = { ancestors, node: ancestors[ancestors.length - 1] };
  const path = pathOf(at.ancestors);
  const type = resolvePath(doc.form.id, path)?.type;
  if (type && type.kind !== 'complex') {
    const text = at.node.text;
    const replaceSpan =
      text && text.span.start <= offset && offset <= text.span.end ? trimmed(doc.text, text.span) : { start: offset, end: offset };
    return { kind: 'value', path, replaceSpan };
  }
  const replaceSpan = wordSpan(doc.text, offset);
  return {
    kind: 'element',
    parentPath: path,
    parent: at.node,
    ...siblingsAround(at.node, undefined, replaceSpan.start, replaceSpan.end),
    syntax: 'xml-content',
    replaceSpan,
  };
}

function trimmed(text: string, span: { start: number; end: number }) {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

export function xmlContext(doc: AnalyzedDocument, offset: number): CompletionContext | undefined {
  const text = doc.text;
  // lastIndexOf reads a negative start as 0: at offset 0 it would find a `<` after the cursor.
  const lt = offset > 0 ? text.lastIndexOf('<', offset - 1) : -1;
  const gt = offset > 0 ? text.lastIndexOf('>', offset - 1) : -1;
  if (lt > gt) {
    if (/^<(!|\?)/.test(text.slice(lt, lt + 2))) return undefined; // a comment, CDATA, DOCTYPE or instruction
    return inTag(doc, offset, lt);
  }
  // Inside a comment or CDATA section nothing is completed.
  const commentOpen = text.lastIndexOf('<!--', offset);
  if (commentOpen >= 0 && text.indexOf('-->', commentOpen) < 0) return undefined;
  if (commentOpen >= 0 && text.indexOf('-->', commentOpen) + 3 > offset) return undefined;
  return inContent(doc, offset);
}
