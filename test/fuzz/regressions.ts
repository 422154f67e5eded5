/**
 * Every failure the fuzzer (or reasoning about one) has found, kept so it stays fixed: the failing text, as a file in
 * ./regressions/ when it is small, else rebuilt here from an example the way the fuzzer built it (some are megabytes).
 * Each names the bug and the fix; ./regressions.test.ts runs them all through the fuzz properties.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SourceFormat } from '../../server/src/engine/index';

export interface Regression {
  readonly name: string;
  readonly format: SourceFormat;
  /** What went wrong, and where it was fixed. */
  readonly bug: string;
  readonly text: () => string;
  /** A sound document that must survive the round trip exactly (the bug lost data), rather than a faulty one. */
  readonly roundTrips?: true;
}

const examplesDir = path.resolve(__dirname, '../../examples');
const example = (name: string) => readFileSync(path.join(examplesDir, name), 'utf8');
const exampleXml = () => example('modern-exercise-and-sale.xml');
const exampleYaml = () => example('modern-exercise-and-sale.form4.yaml');
const file = (name: string) => () => readFileSync(path.join(__dirname, 'regressions', name), 'utf8');

/** The example with its first occurrence of `from` replaced. */
function replaced(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`the example no longer holds ${JSON.stringify(from)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

export const regressions: readonly Regression[] = [
  {
    name: 'yaml-comment-groups-run-together',
    format: 'yaml',
    bug: 'YAML -> XML -> YAML lost a comment: three comments (two lines at column 0, one at column 1, an empty `#`) became three XML comments, and the YAML writer wrote their lines one under the other, which the reader joins into one comment, dropping the empty last line as a blank end. Found by fresh seed 475700174; fixed in write/yamlText.ts and write/yamlDraft.ts (a blank line between two comments keeps them apart).',
    text: file('yaml-comment-groups-run-together.form4.yaml'),
  },
  {
    name: 'xml-hover-paragraph-separators',
    format: 'xml',
    bug: "The hover of a footnote reference took 4.4 s of CPU (bound 1,104 ms) on a 53,000-character filing whose footnoteId id held 42,309 U+2029 PARAGRAPH SEPARATORs: JavaScript's multiline `^` starts a line after each, and escapeMarkdown's list-marker patterns ran `\\s*` (which takes them too) from every one of those line starts, quadratic. Found by fresh seed 1890259474; fixed in language/markdown.ts (a list marker's indentation is spaces and tabs).",
    // The id is most of the text, so the probes' middle offset falls in it, as the fuzz case's did.
    text: () => replaced(exampleXml(), '<footnoteId id="F1"/>', `<footnoteId id="\u2229${'\u2029'.repeat(60_000)}\u2229"/>`),
  },
  {
    name: 'xml-completion-long-line-indent',
    format: 'xml',
    bug: "Completion took about a second per call (15 s of CPU for the editor's features under load, bound 1,169 ms) on a heavily mutated 84,000-character filing: the indent unit asked every element whether it starts its line by slicing from the line's start, quadratic on long lines, through a queue read with shift(). Found replaying fresh seed 922162606; fixed in language/edits/indent.ts (startsLine looks back over blanks only; the queue is read by index).",
    text: file('xml-completion-long-line-indent.xml'),
  },
  {
    name: 'yaml-footnote-key-nul',
    format: 'yaml',
    bug: 'A footnote id (a YAML key) holding U+0000 checked clean, and converted to XML that is not well-formed. Fixed in xmlCharacters.ts, called by service.ts: check and convert report characters XML 1.0 forbids in a draft.',
    text: file('yaml-footnote-key-nul.form4.yaml'),
  },
  {
    name: 'yaml-value-escaped-nul',
    format: 'yaml',
    bug: 'A double-quoted value spelling U+0000 ("\\x00") checked clean and converted to XML that is not well-formed. Fixed in xmlCharacters.ts, as above.',
    text: () => replaced(exampleYaml(), 'Example Robotics, Inc.', '"Example\\x00Robotics \\uD800 \\uFFFE"'),
  },
  {
    name: 'yaml-compact-mappings-stack-overflow',
    format: 'yaml',
    bug: "`issuerCik: : : : ...` (2,313 colons on one line) overflowed the stack inside the yaml package's CST parser, which recurses once per level it closes. Fixed in read/yamlDocument.ts: the nesting the tokens allow is bounded before parsing.",
    text: () => replaced(exampleYaml(), 'issuerCik: 0001999999', `issuerCik: ${': '.repeat(2313)}`),
  },
  {
    name: 'xml-amount-of-37000-digits',
    format: 'xml',
    bug: 'A 37,000-digit amount took 5 s to check: the thousands-separator regex in model/decimal.ts is quadratic. Fixed there with a one-pass grouping.',
    text: () => replaced(exampleXml(), '<value>60000</value>', `<value>${'9'.repeat(37_000)}</value>`),
  },
  {
    name: 'yaml-amount-of-37000-digits',
    format: 'yaml',
    bug: 'The same, found first in a YAML draft.',
    text: () => replaced(exampleYaml(), 'sharesOwnedFollowingTransaction: 60000', `sharesOwnedFollowingTransaction: ${'9'.repeat(37_000)}`),
  },
  {
    name: 'xml-fraction-of-40000-zeros',
    format: 'xml',
    bug: '`1.000…0001` (40,000 zeros) took seconds: /0+$/ is quadratic on a run of zeros before a digit. Fixed in model/decimal.ts and structure/simpleValues.ts with a one-pass trim.',
    text: () => replaced(exampleXml(), '<value>12.50</value>', `<value>1.${'0'.repeat(40_000)}1</value>`),
  },
  {
    name: 'yaml-line-of-60000-quotes',
    format: 'yaml',
    bug: "A value of 60,000 double quotes took over a second: the yaml package's composer builds an Error, stack trace and all, for each of the 30,000 problems. Fixed in read/yamlDocument.ts: stack traces are off while composing.",
    text: () => replaced(exampleYaml(), 'transactionFormType: 4', `transactionFormType: ${'"'.repeat(60_000)}x`),
  },
  {
    name: 'xml-footnoted-value-ending-in-no-break-space',
    format: 'xml',
    bug: 'A value with a footnote ending in a no-break space (U+00A0; an em or ideographic space alike) lost it going to YAML: such a value is written in flow style, and write/yamlText.ts trimmed each flow entry with trimEnd(), which strips Unicode spaces too. Found by fresh fuzz seeds. Fixed there: only an empty value drops the space after its key.',
    roundTrips: true,
    text: () => replaced(exampleXml(), '<value>By Family Trust</value>', '<value>By Family Trust\u00a0</value>'),
  },
  {
    name: 'yaml-footnoted-value-ending-in-ideographic-space',
    format: 'yaml',
    bug: 'The same loss, from a YAML draft converted to XML and back.',
    roundTrips: true,
    text: () => replaced(exampleYaml(), '{value: By Family Trust, footnotes: [F5]}', '{value: "By Family Trust\u3000", footnotes: [F5]}'),
  },
  {
    name: 'yaml-error-quoting-30000-spaces',
    format: 'yaml',
    bug: 'Two byte-order marks and a value of 29,561 spaces made the yaml package quote the whole line in an error message, and /\\s+at line.../ in read/yamlDocument.ts, cutting the position off it, is quadratic on the spaces: 1.3 s. Fixed there: the suffix is found in one pass, then trimmed.',
    text: file('yaml-error-quoting-30000-spaces.form4.yaml'),
  },
  {
    name: 'yaml-1380-lines-of-one-quote',
    format: 'yaml',
    bug: '1,380 lines holding a single quote each (10 kB) took over a second: read/yamlDocument.ts walked the whole syntax tree again for each of the 500 unclosed quotes. Fixed there: the quoted scalars are listed once and searched.',
    text: () => replaced(exampleYaml(), 'issuerCik: 0001999999', `issuerCik: ${"'\n".repeat(1380)}0`),
  },
  {
    name: 'xml-value-of-141807-line-breaks',
    format: 'xml',
    bug: "Converting a value of 141,807 line breaks to YAML overflowed the stack (write/yamlText.ts pushed the block's lines as spread arguments), and /\\n+$/ in write/yamlScalar.ts is quadratic on it. Both fixed there: lines pushed one by one, a one-pass trim.",
    text: () => replaced(exampleXml(), '<value>12.50</value>', `<value>0.${'\n'.repeat(141_807)}1</value>`),
  },
  {
    name: 'xml-40000-same-named-elements',
    format: 'xml',
    bug: 'Converting 40,000 consecutive same-named elements to YAML took 10 s: write/yamlDraft.ts copied the run of elements for every element added to it. Fixed there: the run grows in place.',
    text: () => replaced(exampleXml(), '<ownerSignature>', `${'<unknownElement/>'.repeat(40_000)}<ownerSignature>`),
  },
  {
    name: 'xml-comments-in-a-footnoted-cell',
    format: 'xml',
    bug: "XML comments vanished going to YAML, and the examples' YAML comments going to XML (issue 13). Fixed in read/xml.ts and read/yamlComments.ts (the tree keeps them) and the writers; the round trip's tree key now counts comment lines. A cell holding a comment must leave flow style for a block, or the comment has no line.",
    roundTrips: true,
    text: () =>
      replaced(exampleXml(), '<value>By Family Trust</value>', '<value>By Family Trust</value><!-- in the cell\n   on two lines -->'),
  },
  {
    name: 'yaml-end-of-line-comments',
    format: 'yaml',
    bug: 'The same loss from a YAML draft: end-of-line comments become XML comments after their element, and come back as lines of their own.',
    roundTrips: true,
    text: () => replaced(exampleYaml(), 'transactionCode: M', 'transactionCode: M  # the exercise\n        # and a line of its own'),
  },
  {
    name: 'yaml-commented-keys-reordered',
    format: 'yaml',
    bug: "A draft with commented keys out of the schema's order (periodOfReport # a, then documentType # a comment): the export writes documentType first and its comment with it, which is right, but the property compared the comments in the draft's order. Found by fresh seed 1870411691; fixed in the property (test/helpers/xmlTree.ts commentKey follows the tree's order, where the comments moved with their keys), not in the engine.",
    roundTrips: true,
    text: file('yaml-commented-keys-reordered.form4.yaml'),
  },
];
