/**
 * Edits of YAML draft text: replace a value keeping its quoting valid, insert a child key at its schema position
 * with the mapping's own indentation (or inline in a flow mapping `{...}`). The text outside the edit is never
 * touched; comments stay where they are.
 */
import { footnoteRefElement, footnotesKey } from '../../structure/draftShape';
import type { TypeDef } from '../../structure/schema';
import type { ElementNode } from '../../tree/node';
import { inlineScalar, type ScalarStyle } from '../../write/yamlScalar';
import { yamlContentLines } from '../render/lines';
import type { TextEdit } from '../types';
import { indentUnit, lineEndOf, lineStartOf, newlineOf } from './indent';
import { asSnippetNode, type NewElement } from './newElement';
import { insertionAnchor } from './position';

function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

/** True for an element whose name range is a list item's dash (a repeated element such as `reportingOwner`). */
function isListItem(text: string, node: ElementNode): boolean {
  return text[node.nameSpan.start] === '-';
}

/** True for an element named at a key of its parent's mapping (not a list item, not a folded scalar or reference). */
function isKeyed(text: string, node: ElementNode): boolean {
  if (isListItem(text, node) || node.name === footnoteRefElement) return false;
  return !(node.text && node.text.span.start === node.nameSpan.start);
}

/** Where an element's value starts: after its key's colon, or after its list item's dash; skipping spaces. */
function valueStart(text: string, node: ElementNode): number {
  let at = node.nameSpan.end;
  if (isListItem(text, node)) at = node.nameSpan.start + 1;
  else {
    const colon = text.indexOf(':', node.nameSpan.end);
    at = colon < 0 || colon > node.span.end ? node.nameSpan.end : colon + 1;
  }
  while (at < text.length && (text[at] === ' ' || text[at] === '\t')) at++;
  return at;
}

/** The keys of a mapping in order, with where each starts: keyed children, and the keys of lists and references. */
function keyStarts(text: string, parent: ElementNode): number[] {
  const starts: number[] = [];
  for (const child of parent.children) {
    if (isKeyed(text, child)) starts.push(child.nameSpan.start);
    else {
      // A list item or a footnote reference: the key that holds the list is the last one before it.
      const key = child.name === footnoteRefElement ? footnotesKey : child.name;
      const found = text.lastIndexOf(`${key}:`, child.nameSpan.start);
      if (found >= parent.span.start) starts.push(found);
    }
  }
  return starts;
}

// ---- values ----------------------------------------------------------------------------------------------------

/**
 * `value` as a scalar for an edit. The edit may land inside a flow collection (`{value: 1, footnotes: [F1]}`), so
 * the scalar is written for flow context, which is safe in block context too.
 */
function editScalar(value: string, style?: ScalarStyle): string {
  return inlineScalar(value, 'flow', style);
}

/** The style a scalar is written in, from its first character. */
function scalarStyleAt(text: string, offset: number): ScalarStyle {
  const c = text[offset];
  return c === '"' ? 'double' : c === "'" ? 'single' : 'plain';
}

/** Sets an element's scalar to `value`, in the quoting style it had when that style can hold the new text. */
export function replaceYamlValue(text: string, node: ElementNode, value: string): TextEdit {
  if (node.text) {
    const span = node.text.span;
    const first = text[span.start];
    const style = first === '|' || first === '>' ? 'double' : scalarStyleAt(text, span.start);
    return { span, newText: editScalar(value, style) };
  }
  // A folded cell's empty scalar (`transactionShares: ""`) is the value element itself.
  if (node.nameSpan.start === node.span.start && node.nameSpan.end === node.span.end && !isKeyed(text, node)) {
    return { span: node.span, newText: editScalar(value, scalarStyleAt(text, node.span.start)) };
  }
  // `key:` with nothing, or `key: ""`: what stands between the colon and a comment (or the line end) is replaced by
  // a space and the value, so `key:   # note` becomes `key: value   # note`.
  const afterColon = isListItem(text, node) ? node.nameSpan.start + 1 : text.indexOf(':', node.nameSpan.end) + 1;
  const rest = text.slice(afterColon, lineEndOf(text, afterColon));
  const comment = rest.search(/(^|\s)#/);
  const written = (comment < 0 ? rest : rest.slice(0, comment)).trimEnd();
  return { span: { start: afterColon, end: afterColon + written.length }, newText: ` ${editScalar(value)}` };
}

// ---- inserting keys --------------------------------------------------------------------------------------------

function renderLines(parentType: TypeDef | undefined, element: NewElement, unit: string): string[] {
  return yamlContentLines({ name: '', children: [asSnippetNode(element)] }, parentType, unit, (field) =>
    field.kind === 'fixed' ? editScalar(field.text) : '',
  );
}

function flowInsert(text: string, parent: ElementNode, anchor: ElementNode | undefined, lines: string[], open: number): TextEdit {
  const entry = lines.length === 1 ? lines[0] : flowFromBlock(lines);
  if (anchor) return { span: { start: anchor.span.end, end: anchor.span.end }, newText: `, ${entry}` };
  const empty = /^\{\s*\}/.test(text.slice(open, parent.span.end + 1));
  return { span: { start: open + 1, end: open + 1 }, newText: empty ? entry : `${entry}, ` };
}

/** A few block lines as one flow entry: `name: {a: 1, b: 2}` (only what edits insert: nested keys). */
function flowFromBlock(lines: string[]): string {
  const [head, ...rest] = lines;
  const inner = rest.map((l) => l.trim()).filter((l) => l !== '');
  return `${head} {${inner.join(', ')}}`;
}

/**
 * Inserts `element` into `parent`'s mapping, after the last key the schema orders before it, indented like the
 * mapping's keys. A parent with no keys yet gets its first one on a new line below it, one level deeper.
 */
export function insertYamlChild(
  text: string,
  root: ElementNode | undefined,
  parent: ElementNode,
  parentType: TypeDef | undefined,
  element: NewElement,
  goesBefore?: (sibling: ElementNode) => boolean,
): TextEdit {
  const nl = newlineOf(text);
  const unit = indentUnit(text, root);
  const lines = renderLines(parentType, element, unit);
  const anchor = insertionAnchor(parent, parentType, element.name, goesBefore);
  const isRoot = parent === root;
  const open = isRoot ? -1 : valueStart(text, parent);
  if (open >= 0 && text[open] === '{') return flowInsert(text, parent, anchor, lines, open);

  const keys = keyStarts(text, parent);
  if (keys.length === 0) {
    // No keys yet: the parent's value (nothing, `""`, `{}`) is replaced by a nested mapping.
    const column = columnOf(text, parent.nameSpan.start) + (isListItem(text, parent) ? 2 : 0);
    const indent = ' '.repeat(column) + unit;
    const start = isRoot ? text.length : open;
    const end = isRoot ? text.length : lineEndOf(text, start);
    const leading = isRoot ? (text === '' || /[\r\n]$/.test(text) ? '' : nl) : nl;
    return {
      span: { start: isRoot ? start : trimBack(text, start), end },
      newText: leading + lines.map((l) => (isRoot ? l : indent + l)).join(nl),
    };
  }
  const indent = ' '.repeat(columnOf(text, keys[0]));
  if (anchor) {
    const at = lineEndOf(text, anchor.span.end);
    return { span: { start: at, end: at }, newText: nl + lines.map((l) => indent + l).join(nl) };
  }
  // First of all: before the first key, which may sit after a list item's dash (`- firstKey:`).
  const first = Math.min(...keys);
  return { span: { start: first, end: first }, newText: lines.join(nl + indent) + nl + indent };
}

/** Back over the spaces before `offset` on its line, so a replaced value leaves no trailing blank after the colon. */
function trimBack(text: string, offset: number): number {
  let at = offset;
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  return at;
}
