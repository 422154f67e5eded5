/**
 * The README's claim that conversion loses nothing, held to a parser that is not ours: every real Form 4 and every
 * example goes XML -> YAML draft -> XML through `convert` (as `form4 convert` runs it), and fast-xml-parser, in its
 * order-preserving mode, must read the same document from the XML written as from the original: the same elements
 * in the same order, the same attributes, the same text, the same comments. Then the same with comments added
 * everywhere a comment can stand: every one comes back, in order, and the document around them is unchanged.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { analyze, convert, type SourceFormat } from '../../server/src/engine/index';
import { corpusFiles } from '../helpers/shared';

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  commentPropName: '#comment',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  htmlEntities: true,
});

type Parsed = Array<Record<string, unknown>>;

/**
 * The document as a list of events in order: `<name attr="value">`, `text: ...`, `comment: line`, `</name>`. What XML
 * itself does not distinguish is made equal: line ends (CRLF is LF), whitespace in attribute values (a space), the
 * whitespace between elements (not text), text split by comments (one text), and a comment's spacing (its lines,
 * trimmed, tree/node.ts `commentLines`, which the architecture documents).
 */
function events(xml: string, options: { comments: boolean }): string[] {
  const out: string[] = [];
  const visit = (nodes: Parsed) => {
    const hasElements = nodes.some((n) => !('#text' in n) && !('#comment' in n));
    let text = '';
    const flush = () => {
      if (text !== '' && !(hasElements && /^[ \t\r\n]*$/.test(text))) out.push(`text: ${text.replace(/\r\n?/g, '\n')}`);
      text = '';
    };
    for (const node of nodes) {
      if ('#text' in node) {
        text += String(node['#text']);
        continue;
      }
      if ('#comment' in node) {
        if (!options.comments) continue;
        flush();
        const body = (node['#comment'] as Parsed).map((t) => String(t['#text'])).join('');
        for (const line of commentLines(body)) out.push(`comment: ${line}`);
        continue;
      }
      flush();
      const name = Object.keys(node).find((k) => k !== ':@')!;
      const attributes = Object.entries((node[':@'] as Record<string, string> | undefined) ?? {})
        .map(([k, v]) => ` ${k}="${String(v).replace(/[\t\r\n]/g, ' ')}"`)
        .join('');
      out.push(`<${name}${attributes}>`);
      visit(node[name] as Parsed);
      out.push(`</${name}>`);
    }
    flush();
  };
  visit(parser.parse(xml) as Parsed);
  return out;
}

function commentLines(text: string): string[] {
  const lines = text.split(/\r\n?|\n/).map((line) => line.trim());
  while (lines.length > 1 && lines[0] === '') lines.shift();
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function converted(text: string, from: SourceFormat, to: SourceFormat): string {
  const result = convert(analyze(text, from), to, { includeCcc: true });
  assert.ok(result.text !== undefined, `convert to ${to} gave nothing`);
  assert.deepEqual(
    result.findings.filter((f) => f.rule.startsWith('convert/')),
    [],
    'nothing was left behind',
  );
  return result.text;
}

function roundTrip(xml: string): string {
  return converted(converted(xml, 'xml', 'yaml'), 'yaml', 'xml');
}

/** The filing with a comment before every start tag after the root's and before every end tag; every third of two lines. */
function withComments(xml: string): { text: string; count: number } {
  let count = 0;
  const rootStart = xml.search(/<ownershipDocument[\s>]/);
  const comment = () => (++count % 3 === 0 ? `<!-- note ${count}\n     more ${count} -->` : `<!--note ${count}-->`);
  const text = xml.slice(0, rootStart + 1) + xml.slice(rootStart + 1).replace(/<(?=[A-Za-z/])/g, () => comment() + '<');
  return { text, count };
}

const examples = ['modern-exercise-and-sale.xml', 'seed-8x8-hecker-2003.xml'].map((name) =>
  path.resolve(__dirname, '../../examples', name),
);
const files = [...corpusFiles('form4'), ...corpusFiles('form3'), ...corpusFiles('form5'), ...examples];

describe('XML -> YAML -> XML, compared by fast-xml-parser (an independent reader)', () => {
  it('has files', () => assert.ok(files.length > 100));
  it('every real Form 3, 4 and 5 and example reads the same after the round trip, comments included', () => {
    for (const file of files) {
      const xml = readFileSync(file, 'utf8');
      assert.deepEqual(events(roundTrip(xml), { comments: true }), events(xml, { comments: true }), path.basename(file));
    }
  });
  it('comments added before every tag all come back, in order, and the document around them is unchanged', () => {
    for (const file of files) {
      const { text, count } = withComments(readFileSync(file, 'utf8'));
      const back = roundTrip(text);
      const name = path.basename(file);
      const notes = (xml: string) => events(xml, { comments: true }).filter((e) => /^comment: (?:note|more) \d+$/.test(e));
      assert.equal(notes(text).length, count + Math.floor(count / 3), `${name}: every comment added is read`);
      assert.deepEqual(notes(back), notes(text), `${name}: the comments`);
      assert.deepEqual(events(back, { comments: false }), events(text, { comments: false }), `${name}: the document`);
    }
  });
});
