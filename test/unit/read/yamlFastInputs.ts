/**
 * Inputs for the differential tests of the fast YAML reader (yaml-fast.test.ts): drafts that exist (the examples,
 * every real filing converted to a draft, the YAML strings of the unit tests, fuzz regressions), hand-written drafts
 * using each feature of the fast subset, and fast-check mutations aimed at what the fast scanner decides (indentation,
 * quotes, indicators, comments, line breaks). Also the general reader on its own, to compare against.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { readXml } from '../../../server/src/engine/read/xml';
import { withYamlComments } from '../../../server/src/engine/read/yamlComments';
import { parseYamlText } from '../../../server/src/engine/read/yamlDocument';
import { draftTree } from '../../../server/src/engine/read/yamlDraft';
import type { ReadResult } from '../../../server/src/engine/read/result';
import { writeYaml } from '../../../server/src/engine/write/yaml';
import { corpusFiles } from '../../helpers/shared';

const repo = path.resolve(__dirname, '../../..');

export interface NamedText {
  readonly name: string;
  readonly text: string;
}

/** What read/yaml.ts does without the fast path (the text-size check aside, which comes before both). */
export function generalRead(text: string, maxDepth: number): ReadResult {
  const parsed = parseYamlText(text, 2 * maxDepth);
  if (!parsed.document) return { root: undefined, findings: parsed.findings };
  const tree = draftTree(text, parsed.document, maxDepth);
  return { root: tree.root && withYamlComments(tree.root, text), findings: [...parsed.findings, ...tree.findings] };
}

export function exampleDrafts(): NamedText[] {
  const dir = path.join(repo, 'examples');
  return readdirSync(dir)
    .filter((name) => /\.form4\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(dir, name), 'utf8') }));
}

/** Every real Form 4 of the shared corpus, as the converter writes it as a draft. */
export function corpusDrafts(): NamedText[] {
  return corpusFiles('form4').map((file) => {
    const root = readXml(readFileSync(file, 'utf8')).root;
    if (!root) throw new Error(`${file} does not read`);
    return { name: path.basename(file), text: writeYaml(root) };
  });
}

/** Drafts kept by the fuzzer as regressions (test/fuzz/regressions), if any. */
export function regressionDrafts(): NamedText[] {
  const dir = path.join(repo, 'test', 'fuzz', 'regressions');
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(dir, name), 'utf8') }));
}

/**
 * The string literals of the unit tests that look like YAML (a colon and a line break), as written and with the
 * `«»` range markers of test/helpers/markers.ts taken out: whatever the tests read, the fast path must read alike.
 */
export function unitTestStrings(): NamedText[] {
  const out: NamedText[] = [];
  const seen = new Set<string>();
  const visitFile = (file: string) => {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, false);
    const visit = (node: ts.Node) => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        for (const text of [node.text, node.text.replace(/[«»]/g, '')]) {
          if (text.includes(':') && text.includes('\n') && !seen.has(text)) {
            seen.add(text);
            out.push({
              name: `${path.relative(repo, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`,
              text,
            });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  };
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (name.endsWith('.ts')) visitFile(file);
      else if (!name.includes('.')) walk(file);
    }
  };
  walk(path.join(repo, 'test', 'unit'));
  return out;
}

/** Hand-written drafts, each using features of the fast subset the converter never writes. */
export const featureDrafts: readonly NamedText[] = [
  {
    name: 'comments everywhere',
    text: [
      '# header comment',
      '',
      'documentType: 4   # trailing',
      'issuer:   # after a key',
      '  # before the first child',
      '  issuerCik: 0001234567',
      '      # more indented than the mapping: part of the value above',
      '  issuerName: Example Corp',
      '    # attached to the last value',
      '  # kept by the mapping',
      '# top-level again',
      'reportingOwner:',
      '  - reportingOwnerId:',
      '      rptOwnerCik: 1',
      '      # between keys',
      '      rptOwnerName: Doe Jane',
      '    # inside the item, under the mapping',
      '  # before the next item',
      '  - reportingOwnerId:',
      '      rptOwnerCik: 2',
      '    reportingOwnerRelationship:',
      '      isDirector: 1',
      '      # isOfficer: 0 (commented out)',
      'remarks: done',
      '',
    ].join('\n'),
  },
  {
    name: 'block scalars of every kind',
    text: [
      'footnotes:',
      '  F1: |',
      '    first line',
      '      more indented',
      '',
      '    last line',
      '  F2: >-',
      '    folded one',
      '    folded two',
      '',
      '    new paragraph',
      '      indented inside',
      '    back',
      '  F3: |+',
      '    kept',
      '',
      '',
      '  F4: |2-',
      '      two leading spaces',
      '    none',
      '  F5: >',
      '    clipped',
      '  F6: |-   # a comment on the header',
      '    x',
      'remarks: |-',
      '  line one',
      '  # not a comment, text',
      '',
    ].join('\n'),
  },
  {
    name: 'quoted scalars',
    text: [
      'issuer:',
      '  issuerName: "Example \\"Corp\\" \\u00e9\\x41 \\t tab \\\\ slash"',
      "  issuerTradingSymbol: 'it''s'",
      '  issuerCik: "folded',
      '    over lines',
      '',
      '    with a blank one"',
      "  rptOwnerStreet1: 'single",
      "    folded'",
      '  rptOwnerStreet2: "escaped \\',
      '    break"',
      '  "@attr": "x"',
      "  '#text': 'own text'",
      'remarks: ""',
      '',
    ].join('\n'),
  },
  {
    name: 'plain scalars over several lines',
    text: ['remarks: one', '  two', '', '  three', 'issuer:', '  issuerName: a', '    b', '  issuerCik: 1', ''].join('\n'),
  },
  {
    name: 'flow collections and empty values',
    text: [
      'nonDerivativeTable:',
      '  - nonDerivativeTransaction:',
      '      transactionAmounts:',
      '        transactionShares: {value: 10, footnotes: [F1, F2]}',
      '        transactionPricePerShare: {footnotes: [F3]}',
      "        transactionAcquiredDisposedCode: {value: 'A'}",
      '      deemedExecutionDate:',
      '      transactionTimeliness: ""',
      '      transactionCoding: {transactionCode: S, footnotes: F9}',
      'derivativeTable:',
      'ownerSignature: {signatureName: "/s/ X", signatureDate: 2024-01-01}',
      'issuer: [{issuerCik: 1}, {issuerName: A}, {issuerCik: 2}]',
      'footnotes: {F1: a, F2: "b", F3: [c]}',
      '',
    ].join('\n'),
  },
  {
    name: 'lists at the key indentation, compact and nested lists',
    text: [
      'reportingOwner:',
      '- reportingOwnerId:',
      '    rptOwnerCik: 1',
      '- reportingOwnerId:',
      '    rptOwnerCik: 2',
      'ownerSignature:',
      '  -',
      '    signatureName: A',
      '  - signatureName: B',
      '    signatureDate: 2024-01-01',
      'remarks:',
      '  - - a',
      '    - b',
      '  -',
      '  - c',
      '',
    ].join('\n'),
  },
  {
    name: 'markers, BOM and CRLF',
    text: '\ufeff# c\r\n--- # start\r\ndocumentType: 4\r\nissuer:\r\n  issuerName: "a\r\n   b"\r\n  issuerCik: |\r\n    x\r\n\r\n...\r\n',
  },
  { name: 'no line break at the end', text: 'documentType: 4\nissuer:\n  issuerName: x' },
  { name: 'an empty value last', text: 'documentType: 4\nissuer:\n  issuerName:   \n# end\n' },
  { name: 'an unknown key and escaped names', text: 'unknownThing: 1\n"<footnotes>": x\nissuer:\n  issuerCik: [1, 2]\n' },
];

// ---- mutations ---------------------------------------------------------------------------------------------------

/** Characters that change how YAML reads a line. */
const meaningful = [
  ' ',
  '  ',
  ':',
  ': ',
  '-',
  '- ',
  '#',
  ' #',
  '"',
  "'",
  '|',
  '>',
  '|-',
  '[',
  ']',
  '{',
  '}',
  ',',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '&',
  '*',
  '!',
  '%',
  '@',
  '?',
  '\\',
  'x',
  '0',
  '...',
  '---',
  '\ufeff',
  '\u2028',
];

export type Mutation =
  | { readonly kind: 'delete-line' | 'duplicate-line' | 'swap-lines' | 'join-line'; readonly line: number }
  | { readonly kind: 'indent'; readonly line: number; readonly by: number }
  | { readonly kind: 'comment-line'; readonly line: number; readonly indent: number }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'delete-char'; readonly at: number; readonly length: number }
  | { readonly kind: 'unquote'; readonly at: number }
  | { readonly kind: 'continue-line'; readonly line: number; readonly indent: number; readonly text: string }
  | { readonly kind: 'line-end'; readonly line: number; readonly text: string }
  | { readonly kind: 'crlf' };

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('delete-line' as const, 'duplicate-line' as const, 'swap-lines' as const, 'join-line' as const),
    line: fc.nat(),
  }),
  fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('comment-line' as const), line: fc.nat(), indent: fc.integer({ min: 0, max: 12 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...meaningful) }),
  fc.record({ kind: fc.constant('delete-char' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('unquote' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('continue-line' as const),
    line: fc.nat(),
    indent: fc.integer({ min: 0, max: 12 }),
    text: fc.constantFrom('more', '- x', 'k: v', '"q"', '# c', '', '  '),
  }),
  // Changes that keep a draft valid, so that the fast path takes more of the mutants and is compared on them.
  fc.record({ kind: fc.constant('comment-line' as const), line: fc.nat(), indent: fc.integer({ min: 0, max: 12 }) }),
  fc.record({ kind: fc.constant('line-end' as const), line: fc.nat(), text: fc.constantFrom('  # c', ' #', '   ', '\t', '#c', ' ') }),
  fc.constant({ kind: 'crlf' as const }),
);

export function applyMutations(text: string, mutations: readonly Mutation[]): string {
  return mutations.reduce(applyMutation, text);
}

function applyMutation(text: string, mutation: Mutation): string {
  const lines = text.split('\n');
  const line = 'line' in mutation ? mutation.line % lines.length : 0;
  switch (mutation.kind) {
    case 'delete-line':
      lines.splice(line, 1);
      return lines.join('\n');
    case 'duplicate-line':
      lines.splice(line, 0, lines[line]!);
      return lines.join('\n');
    case 'swap-lines': {
      const next = (line + 1) % lines.length;
      [lines[line], lines[next]] = [lines[next]!, lines[line]!];
      return lines.join('\n');
    }
    case 'join-line':
      if (line + 1 < lines.length) lines.splice(line, 2, `${lines[line]} ${lines[line + 1]!.trimStart()}`);
      return lines.join('\n');
    case 'indent': {
      const current = lines[line]!;
      lines[line] = mutation.by >= 0 ? ' '.repeat(mutation.by) + current : current.replace(new RegExp(`^ {0,${-mutation.by}}`), '');
      return lines.join('\n');
    }
    case 'comment-line':
      lines.splice(line, 0, `${' '.repeat(mutation.indent)}# inserted`);
      return lines.join('\n');
    case 'line-end':
      lines[line] += mutation.text;
      return lines.join('\n');
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'continue-line':
      lines.splice(line + 1, 0, ' '.repeat(mutation.indent) + mutation.text);
      return lines.join('\n');
    case 'insert': {
      const at = mutation.at % (text.length + 1);
      return text.slice(0, at) + mutation.text + text.slice(at);
    }
    case 'delete-char': {
      const at = mutation.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + mutation.length);
    }
    case 'unquote': {
      const quotes = [...text.matchAll(/["']/g)].map((m) => m.index!);
      if (quotes.length === 0) return text;
      const at = quotes[mutation.at % quotes.length]!;
      return text.slice(0, at) + text.slice(at + 1);
    }
  }
}
