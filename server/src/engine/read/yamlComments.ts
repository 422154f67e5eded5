/**
 * The comments of a YAML draft, placed in the element tree either reader built (docs/architecture.md, "Comments").
 *
 * Both readers (the fast path and the general one) leave comments out of the tree; this pass finds them with the
 * `yaml` package's lexer, which tells a comment from a `#` inside a quoted or block scalar, and puts each in the
 * deepest element holding children whose span holds it, before the first child that starts after it. A comment
 * after a value on its line (`name: X  # note`) so comes right after that element; one before the first key, or
 * after the last, lands outside the root, where XML keeps comments before and after the root element.
 */
import { Lexer } from 'yaml';
import type { CommentNode, ElementNode } from '../tree/node';

/**
 * The draft's comments, in order: the text after `#` (untrimmed) and the span from `#` to the line's end. Whole-line
 * comments on consecutive lines in the same column are one comment of several lines, as an XML comment of several
 * lines is written (write/yamlText.ts), so one comes back as one. `starts`, where the fast path saw each `#`, spares
 * the lexer.
 */
export function yamlComments(
  text: string,
  starts?: readonly number[],
): Array<{ readonly text: string; readonly start: number; readonly end: number }> {
  const found: Array<{ text: string; start: number; end: number; column: number }> = [];
  const add = (start: number, end: number) => {
    const column = wholeLineColumn(text, start);
    const last = found[found.length - 1];
    if (last && column >= 0 && last.column === column && /^\r?\n[ \t]*$/.test(text.slice(last.end, start))) {
      last.text += '\n' + text.slice(start + 1, end);
      last.end = end;
    } else found.push({ text: text.slice(start + 1, end), start, end, column });
  };
  if (starts) {
    let previous = -1;
    for (const start of [...starts].sort((a, b) => a - b)) {
      if (start === previous) continue;
      previous = start;
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      if (text.charCodeAt(end - 1) === 0x0d) end--;
      add(start, end);
    }
    return found;
  }
  const last = lastPossibleComment(text);
  if (last < 0) return [];
  // Lexing stops at the end of the last line that may hold a comment: the tokens before a line's end are the same
  // whatever follows it, and a draft of 5,000,000 `---` lines after one commented document was lexed whole.
  const lineEnd = text.indexOf('\n', last);
  const lexed = lineEnd < 0 ? text : text.slice(0, lineEnd + 1);
  let offset = 0;
  for (const token of new Lexer().lex(lexed)) {
    // The lexer also yields one-character markers (document, scalar, flow end) that are not in the source.
    if (!text.startsWith(token, offset)) continue;
    if (token.charCodeAt(0) === 0x23 /* # */ && !token.includes('\n')) add(offset, offset + token.length);
    offset += token.length;
  }
  return found;
}

/**
 * Where the last `#` that may start a comment is, or -1 when there is none: a `#` at the start of a line (the text's
 * first line after its byte-order mark too), or after a space or tab. Text without one is not lexed.
 */
function lastPossibleComment(text: string): number {
  for (let at = text.lastIndexOf('#'); at >= 0; at = at > 0 ? text.lastIndexOf('#', at - 1) : -1) {
    const before = at === 0 ? 0x0a : text.charCodeAt(at - 1);
    if (before === 0x0a || before === 0x0d || before === 0x20 || before === 0x09 || before === 0xfeff) return at;
  }
  return -1;
}

/** The column of a comment alone on its line (only spaces or tabs before it), or -1 after content. */
function wholeLineColumn(text: string, at: number): number {
  let i = at;
  while (i > 0 && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x09)) i--;
  return i === 0 || text.charCodeAt(i - 1) === 0x0a || text.charCodeAt(i - 1) === 0x0d ? at - i : -1;
}

type Mutable = { -readonly [K in keyof ElementNode]: ElementNode[K] };

/** The tree with the text's comments in place. The tree is the reader's own, just built: comments are added to it. */
export function withYamlComments(root: ElementNode, text: string, starts?: readonly number[]): ElementNode {
  const comments = yamlComments(text, starts);
  if (comments.length === 0) return root;
  const outside: CommentNode[] = [];
  for (const comment of comments) {
    const { start, end } = comment;
    const span = { start, end };
    if (start < root.span.start || start >= root.span.end) {
      outside.push({ text: comment.text, span, at: start < root.span.start ? 0 : 1 });
      continue;
    }
    let node = root;
    for (;;) {
      const at = childrenStartingBefore(node.children, start);
      const holder = at > 0 ? node.children[at - 1]! : undefined;
      if (holder && holder.children.length > 0 && start < holder.span.end) {
        node = holder;
        continue;
      }
      const owner = node as Mutable;
      // Pushed, not copied: a draft may hold a comment for every one of thousands of elements.
      ((owner.comments ??= []) as CommentNode[]).push({ text: comment.text, span, at });
      break;
    }
  }
  return outside.length > 0 ? { ...root, outside } : root;
}

/** How many of the children start before `offset` (children are in document order). */
function childrenStartingBefore(children: readonly ElementNode[], offset: number): number {
  let low = 0;
  let high = children.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (children[mid]!.span.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
