/**
 * What is being completed in a YAML draft. YAML's structure is its indentation, and a half-typed line (`  tra`) is
 * often not valid YAML, so the element path at the cursor is read from the text: the keys of the lines above with
 * less indentation, list dashes taken into account. The recovered tree, when there is one, supplies the siblings
 * already present and tells continuation lines of long scalars apart from keys.
 */
import { footnotesKey, takesFootnoteRefs } from '../../structure/draftShape';
import { resolvePath, rootElementName } from '../../structure/schema';
import type { ElementNode } from '../../tree/node';
import type { AnalyzedDocument } from '../../service';
import { lineStartOf } from '../edits/indent';
import type { CompletionContext } from './context';

interface LineShape {
  /** Columns of the list dashes that open the line (`- - key` has two). */
  readonly dashes: number[];
  readonly keyColumn?: number;
  readonly key?: string;
  /** Column of the first character, dash or not. */
  readonly firstColumn: number;
}

const keyPattern = /^(?:"([^"]*)"|'([^']*)'|([^\s:#'"{}[\],&*!|>%@`][^:#]*?|[@#][^:]*?))\s*:(?:\s|$)/;

function shapeOf(line: string): LineShape | undefined {
  let column = 0;
  while (column < line.length && line[column] === ' ') column++;
  if (column >= line.length || line[column] === '#') return undefined; // blank or a comment
  const firstColumn = column;
  const dashes: number[] = [];
  while (line[column] === '-' && (column + 1 >= line.length || line[column + 1] === ' ')) {
    dashes.push(column);
    column++;
    while (line[column] === ' ') column++;
  }
  const key = keyPattern.exec(line.slice(column));
  const name = key ? (key[1] ?? key[2] ?? key[3]).trim() : undefined;
  return { dashes, firstColumn, ...(name !== undefined ? { key: name, keyColumn: column } : {}) };
}

/**
 * True when `offset` lies strictly inside the text of one of the tree's scalars: a continuation line of a multi-line
 * scalar is text, not a key. Found by descending the tree (children are in document order, so each level is a
 * binary search) rather than walking all of it, which on a 5,000-row draft cost more than the rest of a completion.
 */
function insideScalar(root: ElementNode | undefined, offset: number): boolean {
  let node = root;
  while (node) {
    if (node.text && node.text.span.start < offset && offset < node.text.span.end) return true;
    node = childBefore(node.children, offset);
  }
  return false;
}

/** The last of `children` starting before `offset`, when it still holds it (its end included: a recovered tree's
 * child may end a character past its parent). */
function childBefore(children: readonly ElementNode[], offset: number): ElementNode | undefined {
  let low = 0;
  let high = children.length - 1;
  let found: ElementNode | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (children[mid].span.start < offset) {
      found = children[mid];
      low = mid + 1;
    } else high = mid - 1;
  }
  return found && offset <= found.span.end ? found : undefined;
}

/** A space, a line break or the end of the text (NaN): what may follow a list dash. */
function isBlankOrBreak(code: number): boolean {
  return Number.isNaN(code) || code === 0x20 || code === 0x0a || code === 0x0d;
}

/** Spaces that open the line starting at `start` (what `shapeOf` counts as its first column). */
function indentationOf(text: string, start: number): number {
  let column = 0;
  while (text.charCodeAt(start + column) === 0x20) column++;
  return column;
}

/**
 * The keys enclosing a position at `column` (the column a key there would have), read from the lines above
 * `lineStart`. `listOwner` is true when the position is a new list item (a dash at `column`), whose owning key may
 * stand at the same column. Lines come from the analysis's line index, and a line indented at or past what could
 * enclose the position is passed over on its indentation alone, so a request costs one step per line above at most,
 * not a rescan of each.
 */
function enclosingKeys(doc: AnalyzedDocument, lineStart: number, column: number, listOwner: boolean): string[] {
  const text = doc.text;
  const path: string[] = [];
  let target = column;
  let allowEqual = listOwner;
  let line = doc.lines.positionAt(lineStart).line;
  let end = lineStart;
  while (line > 0 && (target > 0 || allowEqual)) {
    line--;
    const start = doc.lines.offsetAt({ line, character: 0 });
    const lineEnd = end;
    end = start;
    // A key or dash of this line stands at or after its indentation: too far right to enclose, it changes nothing.
    const indentation = indentationOf(text, start);
    if (indentation > target || (indentation === target && !allowEqual)) continue;
    // A list item at the column being looked for (an earlier row of the table): its dash is not before the target
    // and its key is after it, so it changes nothing either.
    if (indentation === target && text.charCodeAt(start + indentation) === 0x2d && isBlankOrBreak(text.charCodeAt(start + indentation + 1)))
      continue;
    const shape = shapeOf(text.slice(start, lineEnd).replace(/[\r\n]+$/, ''));
    if (!shape) continue;
    if (insideScalar(doc.root, start + shape.firstColumn)) continue;
    const firstDash = shape.dashes.length ? Math.min(...shape.dashes) : undefined;
    if (
      shape.key !== undefined &&
      shape.keyColumn !== undefined &&
      (shape.keyColumn < target || (allowEqual && shape.keyColumn === target))
    ) {
      path.unshift(shape.key);
      target = shape.keyColumn;
      allowEqual = false;
      if (firstDash !== undefined) {
        target = firstDash;
        allowEqual = true;
      }
    } else if (firstDash !== undefined && firstDash < target) {
      // Inside a list item's mapping: what owns the list comes next, possibly at the dash's own column.
      target = firstDash;
      allowEqual = true;
    }
  }
  return path;
}

/** The element at `path` nearest before `offset` in the tree (the parent of the keys being typed). */
function elementAt(root: ElementNode | undefined, path: readonly string[], offset: number): ElementNode | undefined {
  let node = root;
  for (const name of path) {
    const candidates: ElementNode[] = node?.children.filter((c) => c.name === name && c.span.start < offset) ?? [];
    node = candidates[candidates.length - 1];
    if (!node) return undefined;
  }
  return node;
}

function siblings(parent: ElementNode | undefined, lineStart: number, lineEnd: number) {
  const children = parent?.children.filter((c) => c.nameSpan.start < lineStart || c.nameSpan.start > lineEnd) ?? [];
  return {
    before: children.filter((c) => c.nameSpan.start < lineStart).map((c) => c.name),
    after: children.filter((c) => c.nameSpan.start > lineEnd).map((c) => c.name),
  };
}

function lineEndOf(text: string, offset: number): number {
  const end = text.slice(offset).search(/[\r\n]/);
  return end < 0 ? text.length : offset + end;
}

export function yamlContext(doc: AnalyzedDocument, offset: number): CompletionContext | undefined {
  const text = doc.text;
  const lineStart = lineStartOf(text, offset);
  const lineEnd = lineEndOf(text, offset);
  const prefix = text.slice(lineStart, offset);
  if (/(^|\s)#/.test(prefix)) return undefined; // in a comment

  // `key: va|` — a value.
  const valued = /^( *)((?:- +)*)([A-Za-z_][\w.-]*|"[^"]*"|'[^']*')\s*:( *)(.*)$/.exec(prefix);
  if (valued) {
    const key = valued[3].replace(/^["']|["']$/g, '');
    const keyColumn = valued[1].length + valued[2].length;
    const typed = valued[5];
    const parentPath = enclosingKeys(doc, lineStart, keyColumn, false);
    const parentType = resolvePath(doc.form.id, [rootElementName, ...parentPath])?.type;
    if (key === footnotesKey && takesFootnoteRefs(parentType)) {
      const partial = /[\w]*$/.exec(typed)?.[0] ?? '';
      if (!typed.startsWith('[') && typed !== partial) return undefined;
      return {
        kind: 'footnote-reference',
        replaceSpan: { start: offset - partial.length, end: offset + (/^\w*/.exec(text.slice(offset))?.[0].length ?? 0) },
      };
    }
    if (/[[{]/.test(typed)) return undefined; // inside a flow collection
    const rest = text.slice(offset, lineEnd);
    // A comment starts at the first '#' after whitespace; searching for that pair stays linear on long lines.
    const comment = rest.search(/\s#/);
    const restOfValue = (comment < 0 ? rest : rest.slice(0, comment)).trimEnd();
    const replaceSpan = { start: offset - typed.length, end: offset + restOfValue.length };
    return {
      kind: 'value',
      path: [rootElementName, ...parentPath, key],
      replaceSpan,
      ...(valued[4] === '' && typed === '' ? { prefix: ' ' } : {}),
    };
  }

  // `  - F|` under a cell's `footnotes:` — a reference in a block list.
  const item = /^( *)- +(\w*)$/.exec(prefix);
  if (item) {
    const path = enclosingKeys(doc, lineStart, item[1].length, true);
    const parentType = resolvePath(doc.form.id, [rootElementName, ...path.slice(0, -1)])?.type;
    if (path[path.length - 1] === footnotesKey && takesFootnoteRefs(parentType)) {
      return {
        kind: 'footnote-reference',
        replaceSpan: { start: offset - item[2].length, end: offset + (/^\w*/.exec(text.slice(offset))?.[0].length ?? 0) },
      };
    }
  }

  // `  tra|` or `  - tra|` — a key.
  const keyed = /^( *)(- +)?([\w.@#-]*)$/.exec(prefix);
  if (!keyed) return undefined;
  const dash = keyed[2] !== undefined;
  const keyColumn = keyed[1].length + (keyed[2]?.length ?? 0);
  const column = dash ? keyed[1].length : keyColumn;
  const parentPath = enclosingKeys(doc, lineStart, column, dash);
  const parent = parentPath.length === 0 ? doc.root : elementAt(doc.root, parentPath, offset);
  const typedEnd = offset + (/^[\w.@#-]*/.exec(text.slice(offset))?.[0].length ?? 0);
  const overExistingKey = /^[\w.@#-]*\s*:/.test(text.slice(offset, lineEnd));
  const start = dash ? lineStart + keyed[1].length : offset - keyed[3].length;
  return {
    kind: 'element',
    parentPath: [rootElementName, ...parentPath],
    parent,
    ...siblings(parent, lineStart, lineEnd),
    syntax: overExistingKey ? 'name-only' : 'yaml-key',
    replaceSpan: { start: overExistingKey ? offset - keyed[3].length : start, end: typedEnd },
    dash,
  };
}
