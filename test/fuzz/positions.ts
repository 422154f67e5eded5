/**
 * Where in a document a cut or an edit lands: the text's tokens sorted into position classes (inside a tag name, an
 * attribute, a value, an entity, a comment, a CDATA section; a YAML key, a scalar, indentation...). A rough lexical
 * pass with regular expressions, not a parser: it only has to find places of each kind in mostly-well-formed text,
 * and it must stay linear on anything the mutations produce.
 */
import type { SourceFormat, Span } from '../../server/src/engine/index';

export const xmlClasses = [
  'tag-name',
  'end-tag-name',
  'attribute-name',
  'attribute-value',
  'text',
  'entity',
  'comment',
  'cdata',
  'declaration',
  'between-tags',
] as const;
export const yamlClasses = ['key', 'scalar', 'quoted', 'block-scalar', 'flow', 'indentation', 'list-dash', 'comment'] as const;

export type XmlClass = (typeof xmlClasses)[number];
export type YamlClass = (typeof yamlClasses)[number];
export type PositionClass = XmlClass | YamlClass;

export function classesOf(format: SourceFormat): readonly PositionClass[] {
  return format === 'xml' ? xmlClasses : yamlClasses;
}

type Ranges = Map<PositionClass, Span[]>;

function add(ranges: Ranges, cls: PositionClass, start: number, end: number): void {
  if (end <= start) return;
  const list = ranges.get(cls);
  if (list) list.push({ start, end });
  else ranges.set(cls, [{ start, end }]);
}

function eachMatch(text: string, pattern: RegExp, visit: (m: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    visit(m);
    if (m[0].length === 0) pattern.lastIndex++;
  }
}

const attributePattern = /([^\s=/>"']+)\s*=\s*("[^"]*"|'[^']*')/g;

function xmlRanges(text: string): Ranges {
  const ranges: Ranges = new Map();
  eachMatch(text, /<!--([\s\S]*?)(?:-->|$)/g, (m) => add(ranges, 'comment', m.index + 4, m.index + 4 + m[1].length));
  eachMatch(text, /<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)/g, (m) => add(ranges, 'cdata', m.index + 9, m.index + 9 + m[1].length));
  eachMatch(text, /<\?([^?]*)(?:\?>|$)/g, (m) => add(ranges, 'declaration', m.index + 2, m.index + 2 + m[1].length));
  eachMatch(text, /&#?[A-Za-z0-9]+;/g, (m) => add(ranges, 'entity', m.index + 1, m.index + m[0].length - 1));
  eachMatch(text, /<([A-Za-z_][^\s/>]*)([^<>]*)>/g, (m) => {
    add(ranges, 'tag-name', m.index + 1, m.index + 1 + m[1].length);
    const attributesStart = m.index + 1 + m[1].length;
    eachMatch(m[2], attributePattern, (a) => {
      const at = attributesStart + a.index;
      add(ranges, 'attribute-name', at, at + a[1].length);
      const valueStart = at + a[0].length - a[2].length + 1;
      add(ranges, 'attribute-value', valueStart, valueStart + a[2].length - 2);
    });
  });
  eachMatch(text, /<\/([^\s>]+)/g, (m) => add(ranges, 'end-tag-name', m.index + 2, m.index + 2 + m[1].length));
  eachMatch(text, />([^<]+)</g, (m) => {
    const start = m.index + 1;
    add(ranges, /\S/.test(m[1]) ? 'text' : 'between-tags', start, start + m[1].length);
  });
  return ranges;
}

const yamlLinePattern = /^( *)((?:- +)*)(?:("[^"]*"|'[^']*'|[^\s#'"\-][^:#]*?):(?= |$))? *(.*)$/;

function yamlRanges(text: string): Ranges {
  const ranges: Ranges = new Map();
  let lineStart = 0;
  let blockIndent = -1;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const m = yamlLinePattern.exec(line);
    if (m) {
      const indent = m[1].length;
      if (blockIndent >= 0 && (indent > blockIndent || line.trim() === '')) {
        add(ranges, 'block-scalar', lineStart + indent, lineEnd);
      } else {
        blockIndent = -1;
        add(ranges, 'indentation', lineStart, lineStart + indent);
        add(ranges, 'list-dash', lineStart + indent, lineStart + indent + m[2].length);
        let at = lineStart + indent + m[2].length;
        if (m[3] !== undefined) {
          add(ranges, 'key', at, at + m[3].length);
          at += m[3].length + 1;
          while (text.charCodeAt(at) === 0x20) at++;
        }
        scalarRanges(ranges, m[4], at);
        if (/^[|>]/.test(m[4])) blockIndent = indent;
      }
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return ranges;
}

/** The value part of a YAML line, `rest` starting at offset `at`. */
function scalarRanges(ranges: Ranges, rest: string, at: number): void {
  if (rest === '') return;
  const comment = /(^| )#/.exec(rest);
  const valueEnd = comment ? comment.index : rest.length;
  if (comment) add(ranges, 'comment', at + comment.index + comment[1].length + 1, at + rest.length);
  const value = rest.slice(0, valueEnd).trimEnd();
  if (value === '' || /^[|>]/.test(value)) return;
  const first = value[0];
  const cls: PositionClass = first === '"' || first === "'" ? 'quoted' : first === '[' || first === '{' ? 'flow' : 'scalar';
  add(ranges, cls, at, at + value.length);
}

export function positionRanges(text: string, format: SourceFormat): Ranges {
  return format === 'xml' ? xmlRanges(text) : yamlRanges(text);
}

/** Ranges of values: where a replacement value goes (XML text and attribute values, YAML scalars). */
export function valueRanges(text: string, format: SourceFormat): Span[] {
  const ranges = positionRanges(text, format);
  const classes: PositionClass[] = format === 'xml' ? ['text', 'attribute-value', 'cdata'] : ['scalar', 'quoted', 'block-scalar'];
  return classes.flatMap((c) => ranges.get(c) ?? []);
}

/**
 * Adds a construct of the class where the text has none, so that a cut inside one can be tried on every document:
 * the corpus has no CDATA and few entities; the YAML twins have no comments or block scalars.
 */
export function injectClass(text: string, format: SourceFormat, cls: PositionClass, choice: number): string {
  const values = valueRanges(text, format);
  const value = values.length > 0 ? values[choice % values.length] : { start: text.length, end: text.length };
  const splice = (start: number, end: number, insert: string) => text.slice(0, start) + insert + text.slice(end);
  if (format === 'xml') {
    switch (cls) {
      case 'entity':
        return splice(value.start, value.start, ['&amp;', '&#233;', '&#x1F600;', '&lt;', '&quot;'][choice % 5]);
      case 'cdata':
        return splice(value.start, value.end, `<![CDATA[${text.slice(value.start, value.end)} <b> & ]]>`);
      case 'comment':
        return splice(value.end, value.end, '<!-- a note -- or two -->');
      case 'declaration':
        return text.startsWith('<?') ? text : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`;
      case 'attribute-name':
      case 'attribute-value': {
        const tag = /<[A-Za-z_][^\s/>]*/g;
        const starts: number[] = [];
        eachMatch(text, tag, (m) => starts.push(m.index + m[0].length));
        const at = starts.length > 0 ? starts[choice % starts.length] : 0;
        return splice(at, at, ' id="F1" note=\'a &amp; b\'');
      }
      default:
        return text;
    }
  }
  const lineStart = text.lastIndexOf('\n', value.start - 1) + 1;
  const indent = /^ */.exec(text.slice(lineStart))![0].length;
  const scalar = text.slice(value.start, value.end);
  switch (cls) {
    case 'quoted':
      return splice(
        value.start,
        value.end,
        choice % 2 === 0 ? `'${scalar.replace(/'/g, "''")} it''s'` : `"${scalar.replace(/["\\]/g, '\\$&')} \\u00e9\\t"`,
      );
    case 'block-scalar': {
      const pad = ' '.repeat(indent + 2);
      return splice(value.start, value.end, `|\n${pad}${scalar}\n${pad}second line\n\n${pad}  indented more`);
    }
    case 'flow':
      return splice(
        value.start,
        value.end,
        `{value: ${scalar.includes(',') ? `'${scalar.replace(/'/g, "''")}'` : scalar}, footnotes: [F1, F2]}`,
      );
    case 'comment': {
      const lineEnd = text.indexOf('\n', value.end);
      const at = lineEnd < 0 ? text.length : lineEnd;
      return splice(at, at, ' # a comment: with a colon');
    }
    default:
      return text;
  }
}
