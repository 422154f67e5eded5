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
 * No recursion: a tree as deep as the reader allows is written with an explicit stack.
 */
import type { ElementNode } from '../tree/node';
import { escapeXmlAttribute, escapeXmlText } from './xmlEscape';

const INDENT = '    ';

/** A piece of output still to write: an element, or literal text (an end tag and its line break). */
type Pending = { readonly node: ElementNode; readonly depth: number; readonly inline: boolean } | string;

export function writeXml(root: ElementNode): string {
  const out: string[] = ['<?xml version="1.0"?>\n'];
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

    if (node.children.length === 0) {
      out.push(indent + (text === '' ? startTag + '/>' : startTag + '>' + escapeXmlText(text) + '</' + node.name + '>') + lineEnd);
      continue;
    }
    const hasText = !isBlank(text);
    const childrenInline = inline || hasText;
    out.push(indent + startTag + '>' + (hasText ? escapeXmlText(text) : '') + (childrenInline ? '' : '\n'));
    pending.push((childrenInline ? '' : indent) + '</' + node.name + '>' + lineEnd);
    for (let i = node.children.length - 1; i >= 0; i--) pending.push({ node: node.children[i], depth: depth + 1, inline: childrenInline });
  }
  return out.join('');
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
