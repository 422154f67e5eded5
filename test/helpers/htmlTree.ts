/**
 * A tiny element tree over the renderer's output, for snapshot-free assertions. The renderer writes HTML that is
 * also well-formed XML, so fast-xml-parser (in order-preserving mode) reads it; `parseRenderedHtml` fails the test
 * when it is not well-formed.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface HtmlElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly HtmlNode[];
}

export type HtmlNode = HtmlElement | string;

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
});

function convert(items: readonly Ordered[]): HtmlNode[] {
  const out: HtmlNode[] = [];
  for (const item of items) {
    for (const key of Object.keys(item)) {
      if (key === ':@') continue;
      if (key === '#text') out.push(String(item[key]));
      else if (!key.startsWith('!') && !key.startsWith('?'))
        out.push({ tag: key, attrs: item[':@'] ?? {}, children: convert(item[key] as Ordered[]) });
    }
  }
  return out;
}

/** Parses a rendered page or fragment; throws (failing the test) when it is not well-formed. */
export function parseRenderedHtml(html: string): HtmlElement {
  const wrapped = html.replace(/^<!DOCTYPE html>\s*/, '');
  const wellFormed = XMLValidator.validate(`<root>${wrapped}</root>`);
  if (wellFormed !== true) throw new Error(`rendered HTML is not well-formed: ${JSON.stringify(wellFormed.err)}`);
  return { tag: '#root', attrs: {}, children: convert(parser.parse(`<root>${wrapped}</root>`) as Ordered[]) };
}

export function isElement(node: HtmlNode): node is HtmlElement {
  return typeof node !== 'string';
}

/** Every element under `root` (depth first, document order) that satisfies `test`. */
export function findAll(root: HtmlElement, test: (el: HtmlElement) => boolean): HtmlElement[] {
  const out: HtmlElement[] = [];
  const visit = (el: HtmlElement) => {
    if (test(el)) out.push(el);
    for (const child of el.children) if (isElement(child)) visit(child);
  };
  visit(root);
  return out;
}

export function findOne(root: HtmlElement, test: (el: HtmlElement) => boolean, what: string): HtmlElement {
  const found = findAll(root, test);
  if (found.length !== 1) throw new Error(`expected one ${what}, found ${found.length}`);
  return found[0];
}

export function hasClass(el: HtmlElement, name: string): boolean {
  return (el.attrs.class ?? '').split(/\s+/).includes(name);
}

/** The text under an element; elements for which `skip` is true are left out with their content. */
export function textOf(node: HtmlNode, skip: (el: HtmlElement) => boolean = () => false): string {
  if (!isElement(node)) return node;
  if (skip(node)) return '';
  return node.children.map((c) => textOf(c, skip)).join('');
}

export const isFootnoteMark = (el: HtmlElement): boolean => el.tag === 'sup' && hasClass(el, 'f4-fn');

/** A cell's value text without its footnote marks, and the marks alone. */
export function cellParts(cell: HtmlElement): { value: string; marks: string[] } {
  return { value: textOf(cell, isFootnoteMark), marks: findAll(cell, isFootnoteMark).map((m) => textOf(m)) };
}
