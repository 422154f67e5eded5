/**
 * The XML declaration's grammar (XML 1.0, productions 23-26, 32, 80-81): `<?xml version="1.x" encoding="..."
 * standalone="yes|no"?>`, the version required and first, the other two optional and in that order. Read once per
 * document, so plain code over the text; the scanner reports what this returns.
 */
import type { Span } from '../text/span';
import { isXmlSpace } from './xmlChars';

export interface DeclarationProblem {
  readonly span: Span;
  readonly message: string;
}

const order = ['version', 'encoding', 'standalone'] as const;
const example = '<?xml version="1.0" encoding="UTF-8"?>';

/**
 * The first problem of the declaration whose pseudo-attributes are `[from, end)` of `text` (from just after `<?xml`
 * to the `?>`), or undefined when it is right.
 */
export function xmlDeclarationProblem(text: string, from: number, end: number): DeclarationProblem | undefined {
  let pos = from;
  let next = 0; // index in `order` of the first pseudo-attribute still allowed
  for (;;) {
    const spaceStart = pos;
    while (pos < end && isXmlSpace(text.charCodeAt(pos))) pos++;
    if (pos >= end) {
      return next === 0
        ? { span: { start: from - 5, end: from }, message: `The XML declaration needs a version, as in ${example}.` }
        : undefined;
    }
    let nameEnd = pos;
    while (nameEnd < end && isLetter(text.charCodeAt(nameEnd))) nameEnd++;
    const name = text.slice(pos, nameEnd);
    const nameSpan = { start: pos, end: Math.max(nameEnd, pos + 1) };
    const index = order.indexOf(name as (typeof order)[number]);
    if (index < 0) {
      const what = name === '' ? `'${text[pos]}'` : `'${name}'`;
      return {
        span: nameSpan,
        message: `${what} is not allowed in the XML declaration: it holds version, encoding and standalone, in that order (${example}).`,
      };
    }
    if (pos === spaceStart) return { span: nameSpan, message: `A space is needed before '${name}' in the XML declaration.` };
    if (index === 0 && next > 0) return { span: nameSpan, message: "The XML declaration gives 'version' more than once." };
    if (index > 0 && next === 0)
      return { span: nameSpan, message: `The XML declaration must give the version first, before '${name}', as in ${example}.` };
    if (index < next)
      return {
        span: nameSpan,
        message: `'${name}' is out of place or repeated: the XML declaration holds version, encoding and standalone, once each and in that order.`,
      };
    next = index + 1;
    pos = nameEnd;
    while (pos < end && isXmlSpace(text.charCodeAt(pos))) pos++;
    if (text.charCodeAt(pos) !== 0x3d /* = */) return { span: nameSpan, message: `Expected '=' after '${name}' in the XML declaration.` };
    pos++;
    while (pos < end && isXmlSpace(text.charCodeAt(pos))) pos++;
    const quote = text.charCodeAt(pos);
    const close = quote === 0x22 || quote === 0x27 ? text.indexOf(String.fromCharCode(quote), pos + 1) : -1;
    if (close < 0 || close >= end) {
      return {
        span: { start: pos, end: Math.min(pos + 1, end) },
        message: `The value of '${name}' must be in matching quotes, as in ${name}="${order[index] === 'standalone' ? 'yes' : order[index] === 'encoding' ? 'UTF-8' : '1.0'}".`,
      };
    }
    const value = text.slice(pos + 1, close);
    const valueSpan = { start: pos + 1, end: close };
    if (name === 'version' && !/^1\.[0-9]+$/.test(value)) {
      return { span: valueSpan, message: `'${value}' is not a version of XML 1.x: write version="1.0".` };
    }
    if (name === 'encoding' && !/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) {
      return {
        span: valueSpan,
        message: `'${value}' is not an encoding name (a letter, then letters, digits, '.', '_' or '-'): write encoding="UTF-8".`,
      };
    }
    if (name === 'standalone' && value !== 'yes' && value !== 'no') {
      return { span: valueSpan, message: `standalone must be "yes" or "no" (in lower case), not "${value}".` };
    }
    pos = close + 1;
  }
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}
