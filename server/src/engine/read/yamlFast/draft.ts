/**
 * The fast reader's nodes to the element tree: the draft notation (structure/draftShape.ts) expanded exactly as
 * read/yamlDraft.ts expands the general reader's document, node for node and span for span, for the drafts that read
 * without a finding. Whatever would get a finding there (a duplicate key, a key that is not a name, an attribute given
 * a list, nesting past the limit) throws {@link NotFast} instead, so the general reader reports it.
 *
 * The schema questions (what type a child has, whether a list repeats it) are asked once per type and name and
 * remembered: the answers are fixed, and asking afresh for every key was a large share of the general reader's time.
 */
import {
  attributeKeyPrefix,
  childTypeOf,
  definesFootnotes,
  draftRootType,
  footnoteElement,
  footnoteIdAttribute,
  footnoteRefElement,
  footnotesKey,
  foldsIntoScalar,
  sequenceListsOccurrences,
  takesFootnoteRefs,
  textKey,
  unescapeElementName,
  valueElement,
} from '../../structure/draftShape';
import { rootElementName, type TypeDef } from '../../structure/schema';
import type { Span } from '../../text/span';
import type { AttributeNode, ElementNode, TextValue } from '../../tree/node';
import type { FastMap, FastNode, FastScalar, FastSeq } from './nodes';
import { notFast } from './notFast';

interface Content {
  readonly attributes: AttributeNode[];
  readonly children: ElementNode[];
  text?: TextValue;
}

interface Item {
  readonly node: FastNode;
  readonly nameSpan: Span;
  readonly span: Span;
}

/** The element tree of a draft whose top-level mapping is `root`; `maxDepth` bounds element nesting. */
export function draftElements(text: string, root: FastMap, maxDepth: number): ElementNode {
  if (maxDepth < 1) notFast('nesting past the limit');
  const builder = new Builder(text, maxDepth);
  const content = emptyContent();
  builder.mapContent(root, draftRootType, 1, content, shapeOf(draftRootType).definesFootnotes);
  return build(rootElementName, head(root), nodeSpan(root), content);
}

class Builder {
  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  private element(name: string, nameSpan: Span, span: Span, value: FastNode, type: TypeDef | undefined, depth: number): ElementNode {
    if (depth > this.maxDepth) notFast('nesting past the limit', nameSpan.start);
    const content = emptyContent();
    this.content(value, type, depth, content);
    return build(name, nameSpan, span, content);
  }

  private content(node: FastNode, type: TypeDef | undefined, depth: number, into: Content): void {
    if (node.kind === 'scalar') {
      if (node.isNull) return;
      if (shapeOf(type).foldsIntoScalar) {
        // `transactionShares: 1500` is the wrapper's `value` child.
        if (depth + 1 > this.maxDepth) notFast('nesting past the limit', node.start);
        const span = nodeSpan(node);
        const content = emptyContent();
        appendText(content, node);
        into.children.push(build(valueElement, span, span, content));
        return;
      }
      appendText(into, node);
    } else if (node.kind === 'map') {
      this.mapContent(node, type, depth, into, shapeOf(type).definesFootnotes);
    } else {
      this.orderedContent(node, type, depth, into);
    }
  }

  /** The ordered form: a list of mappings read one after the other; a bare value in it is text. */
  private orderedContent(seq: FastSeq, type: TypeDef | undefined, depth: number, into: Content): void {
    for (const item of seq.items) {
      if (item.kind === 'map') this.mapContent(item, type, depth, into, false);
      else if (item.kind === 'seq') this.orderedContent(item, type, depth, into);
      else if (!item.isNull) appendText(into, item);
    }
  }

  mapContent(map: FastMap, type: TypeDef | undefined, depth: number, into: Content, definitions: boolean): void {
    const pairs = map.pairs;
    const seen = pairs.length > 8 ? new Set<string>() : undefined;
    for (let i = 0; i < pairs.length; i++) {
      const { key, value } = pairs[i]!;
      if (key.isNull) notFast('an empty key', key.start);
      if (seen) {
        if (seen.has(key.value)) notFast('a duplicate key', key.start);
        seen.add(key.value);
      } else {
        for (let j = 0; j < i; j++) if (pairs[j]!.key.value === key.value) notFast('a duplicate key', key.start);
      }
      this.pair(key, value, type, depth, into, definitions);
    }
  }

  private pair(key: FastScalar, value: FastNode, type: TypeDef | undefined, depth: number, into: Content, definitions: boolean): void {
    const keySpan = nodeSpan(key);
    const span = { start: key.start, end: Math.max(key.end, value.end) };
    const name = key.value;
    if (name.startsWith(attributeKeyPrefix)) {
      if (value.kind !== 'scalar') notFast('an attribute given a mapping or a list', key.start);
      into.attributes.push({
        name: name.slice(attributeKeyPrefix.length),
        nameSpan: keySpan,
        value: { value: value.value, span: nodeSpan(value) },
      });
      return;
    }
    if (name === textKey) {
      if (value.kind !== 'scalar') notFast('`#text` given a mapping or a list', key.start);
      if (!value.isNull) appendText(into, value);
      return;
    }
    const shape = shapeOf(type);
    if (definitions) {
      if (depth + 1 > this.maxDepth) notFast('nesting past the limit', key.start);
      const content = emptyContent();
      content.attributes.push({ name: footnoteIdAttribute, nameSpan: keySpan, value: { value: name, span: nodeSpan(key) } });
      this.content(value, shape.child(footnoteElement).type, depth + 1, content);
      into.children.push(build(footnoteElement, keySpan, span, content));
      return;
    }
    if (name === footnotesKey && shape.takesFootnoteRefs)
      return this.footnoteRefs(value, shape.child(footnoteRefElement).type, depth + 1, into);
    const elementName = unescapeElementName(name) ?? name;
    const child = shape.child(elementName);
    if (value.kind === 'seq' && child.listsOccurrences) {
      for (const item of this.items(value))
        into.children.push(this.element(elementName, item.nameSpan, item.span, item.node, child.type, depth + 1));
      return;
    }
    into.children.push(this.element(elementName, keySpan, span, value, child.type, depth + 1));
  }

  /** `footnotes: [F1, F3]` in a cell or coding: a `footnoteId` element per item, located at the item. */
  private footnoteRefs(value: FastNode, type: TypeDef | undefined, depth: number, into: Content): void {
    if (value.kind === 'scalar' && value.isNull) return;
    const items: Item[] = value.kind === 'seq' ? this.items(value) : [{ node: value, nameSpan: nodeSpan(value), span: nodeSpan(value) }];
    for (const item of items) {
      const node = item.node;
      if (node.kind === 'scalar' && !node.isNull) {
        if (depth > this.maxDepth) notFast('nesting past the limit', node.start);
        const span = nodeSpan(node);
        const id: AttributeNode = { name: footnoteIdAttribute, nameSpan: span, value: { value: node.value, span } };
        into.children.push({ name: footnoteRefElement, nameSpan: span, span, attributes: [id], children: [] });
      } else {
        into.children.push(this.element(footnoteRefElement, item.nameSpan, item.span, node, type, depth));
      }
    }
  }

  /**
   * A list's items with their name ranges: in a block list the dash and the item's first line (or the dash alone when
   * the item starts on a later line); in a flow list the item's own first token.
   */
  private items(seq: FastSeq): Item[] {
    const items: Item[] = [];
    for (let index = 0; index < seq.items.length; index++) {
      const node = seq.items[index]!;
      const first = head(node);
      const dash = seq.dashes[index];
      if (dash === undefined) {
        items.push({ node, nameSpan: first, span: nodeSpan(node) });
        continue;
      }
      const lineBreak = this.text.indexOf('\n', dash);
      const onDashLine = lineBreak === -1 || lineBreak >= first.start;
      const nameSpan = onDashLine ? { start: dash, end: Math.max(dash + 1, first.end) } : { start: dash, end: dash + 1 };
      items.push({ node, nameSpan, span: { start: dash, end: Math.max(dash + 1, node.end) } });
    }
    return items;
  }
}

function emptyContent(): Content {
  return { attributes: [], children: [] };
}

function build(name: string, nameSpan: Span, span: Span, content: Content): ElementNode {
  const { attributes, children, text } = content;
  return text ? { name, nameSpan, span, attributes, children, text } : { name, nameSpan, span, attributes, children };
}

function appendText(into: Content, node: FastScalar): void {
  const value = node.value;
  if (value === '') return; // as in XML, an empty text is no text
  const previous = into.text;
  into.text = previous
    ? { value: previous.value + value, span: { start: previous.span.start, end: node.end } }
    : { value, span: nodeSpan(node) };
}

function nodeSpan(node: FastNode): Span {
  return { start: node.start, end: node.end };
}

/** The first token of a node: a scalar whole, a block mapping's first key, a block list's first dash, a flow collection whole. */
function head(node: FastNode): Span {
  if (node.kind === 'map' && !node.flow) return nodeSpan(node.pairs[0]!.key);
  if (node.kind === 'seq' && !node.flow) return { start: node.start, end: Math.min(node.end, node.start + 1) };
  return nodeSpan(node);
}

// ---- what the schema says about each type, asked once --------------------------------------------------------------

interface ChildShape {
  readonly type: TypeDef | undefined;
  /** A list under this key repeats the element (rather than giving its content in the ordered form). */
  readonly listsOccurrences: boolean;
}

interface TypeShape {
  readonly foldsIntoScalar: boolean;
  readonly definesFootnotes: boolean;
  readonly takesFootnoteRefs: boolean;
  child(name: string): ChildShape;
}

const shapes = new Map<TypeDef | undefined, TypeShape>();

function shapeOf(type: TypeDef | undefined): TypeShape {
  let shape = shapes.get(type);
  if (!shape) {
    const children = new Map<string, ChildShape>();
    shape = {
      foldsIntoScalar: foldsIntoScalar(type),
      definesFootnotes: definesFootnotes(type),
      takesFootnoteRefs: takesFootnoteRefs(type),
      child(name: string): ChildShape {
        let child = children.get(name);
        if (!child) {
          child = { type: childTypeOf(type, name), listsOccurrences: sequenceListsOccurrences(type, name) };
          // Unknown names are whatever the author typed: remember only a bounded number of them.
          if (child.type !== undefined || children.size < 1000) children.set(name, child);
        }
        return child;
      },
    };
    shapes.set(type, shape);
  }
  return shape;
}
