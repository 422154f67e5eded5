/**
 * The XML writer: located element tree -> EDGAR ownership XML, laid out like EDGAR's own files (an XML
 * declaration, then one element per line, indented by four spaces).
 *
 * It writes exactly what the tree holds: every element (unknown ones included) in tree order, every attribute in
 * order, and every text value as it is, untrimmed, escaped only where XML requires it (./xmlEscape.ts). The
 * layout follows the reader's rules for text, so that writing what was read from a written document gives the same
 * text again:
 * - a leaf's text is written between its tags, whitespace and all;
 * - an element with neither children nor text is written `<name/>` (an empty text counts as none);
 * - whitespace-only text beside child elements is not written (the reader never keeps it);
 * - any other text beside child elements is written right after the start tag, with the children following on
 *   the same line, because indentation there would become part of that text when read back.
 * Comments and processing instructions stand where the tree puts them: on a line of their own among block children
 * (before child `at`, or before the end tag), after the text in a leaf. A comment whose text XML cannot hold (one
 * with `--` or a forbidden character, only possible from a YAML draft) is left out: {@link unwritableComments} lists them, and convert says so.
 * No recursion: a tree as deep as the reader allows is written with an explicit stack.
 */
import { commentLines, walk, type CommentNode, type ElementNode } from '../tree/node';
import { firstDisallowed } from '../read/xmlChars';
import { escapeXmlAttribute, escapeXmlText } from './xmlEscape';

const INDENT = '    ';

/** A piece of output still to write: an element, or literal text (an end tag and its line break). */
type Pending = { readonly node: ElementNode; readonly depth: number; readonly inline: boolean } | string;

export function writeXml(root: ElementNode): string {
  const out: string[] = ['<?xml version="1.0"?>\n'];
  for (const c of root.outside ?? []) if (c.at === 0 && writable(c)) out.push(markup(c) + '\n');
  const pending: Pending[] = [{ node: root, depth: 0, inline: false }];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (typeof next === 'string') {
      out.push(next);
      continue;
    }
    const { node, depth, inline } = next;
    const indent = inline ? '' : INDENT.repeat(depth);
    const lineEnd = inline ? '' : '\n';
    const startTag = '<' + node.name + attributesOf(node);
    const text = node.text?.value ?? '';

    const comments = node.comments?.filter(writable) ?? [];
    if (node.children.length === 0) {
      const inner = escapeXmlText(text) + comments.map((c) => markup(c, indent)).join('');
      out.push(indent + (inner === '' ? startTag + '/>' : startTag + '>' + inner + '</' + node.name + '>') + lineEnd);
      continue;
    }
    const hasText = !isBlank(text);
    const childrenInline = inline || hasText;
    out.push(indent + startTag + '>' + (hasText ? escapeXmlText(text) : '') + (childrenInline ? '' : '\n'));
    pending.push((childrenInline ? '' : indent) + '</' + node.name + '>' + lineEnd);
    const childIndent = childrenInline ? '' : INDENT.repeat(depth + 1);
    const childLineEnd = childrenInline ? '' : '\n';
    let nextComment = comments.length - 1;
    for (let i = node.children.length; i >= 0; i--) {
      for (; nextComment >= 0 && comments[nextComment]!.at >= i; nextComment--)
        pending.push(childIndent + markup(comments[nextComment]!, childIndent) + childLineEnd);
      if (i > 0) pending.push({ node: node.children[i - 1]!, depth: depth + 1, inline: childrenInline });
    }
  }
  for (const c of root.outside ?? []) if (c.at !== 0 && writable(c)) out.push(markup(c) + '\n');
  return out.join('');
}

/**
 * A comment as XML: its lines (tree/node.ts `commentLines`, the words kept, the spacing not) after `<!-- `, each
 * further line lined up under the first, as people write them (and as the examples do).
 */
function markup(comment: CommentNode, indent = ''): string {
  if (comment.instruction) return '<?' + comment.text + '?>';
  const lines = commentLines(comment.text);
  const continuation = indent + '     ';
  return '<!-- ' + lines.map((line, i) => (i === 0 || line === '' ? line : continuation + line)).join('\n') + ' -->';
}

/**
 * Whether XML can hold the comment: its text may hold neither `--` nor a character XML 1.0 forbids (a YAML comment
 * can hold either; the markup adds the spaces that keep a final `-` from touching `-->`).
 */
export function writable(comment: CommentNode): boolean {
  return comment.instruction === true || (!comment.text.includes('--') && firstDisallowed(comment.text, 0, comment.text.length) < 0);
}

/** The comments {@link writeXml} leaves out, because XML cannot hold their text. */
export function unwritableComments(root: ElementNode): CommentNode[] {
  const found = (root.outside ?? []).filter((c) => !writable(c));
  walk(root, (node) => {
    for (const c of node.comments ?? []) if (!writable(c)) found.push(c);
  });
  return found;
}

function attributesOf(node: ElementNode): string {
  let s = '';
  for (const a of node.attributes) s += ' ' + a.name + '="' + escapeXmlAttribute(a.value.value) + '"';
  return s;
}

function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}
