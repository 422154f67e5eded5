/**
 * Descriptions of the ids the readers and the structure checker emit. They are not business rules (no `check`
 * here: the readers and structure/check.ts produce them), but users look them up, configure and suppress them like
 * any other rule, so they belong in the catalogue. Each list is a const tuple, so its ids stay literal types and join
 * `RuleId`; they concern every form the engine reads, hence `formIds`.
 */
import type { RuleDescription } from './rule';
import { formIds } from '../forms/id';
import { edgarMessages, techSpec, xmlSchemaDatatypes, xmlSpec, yamlDraftFormat, yamlSpec } from '../docs/sources';

const lines = (...text: string[]) => text.join('\n');

export const syntaxRules = [
  {
    id: 'xml/syntax',
    category: 'syntax',
    severity: 'error',
    forms: formIds,
    summary: 'The XML is well-formed.',
    explanation: lines(
      'An EDGAR ownership document is an XML file, and EDGAR rejects one that is not well-formed: every start tag needs',
      'its end tag, elements nest properly, attribute values are quoted, and `&` and `<` in text are written `&amp;` and',
      '`&lt;`. The finding sits on the offending token; what follows it may be read only partly until it is fixed.',
    ),
    sources: [xmlSpec, edgarMessages],
  },
  {
    id: 'xml/doctype',
    category: 'syntax',
    severity: 'error',
    forms: formIds,
    summary: 'The XML has no DOCTYPE declaration.',
    explanation: lines(
      'Ownership documents are validated against the EDGAR schema, not a DTD, so they never need a `<!DOCTYPE>`. A',
      'DOCTYPE can define entities that expand to huge texts or fetch outside files; this tool never expands or fetches',
      'them, and reports the declaration at once instead. Delete the DOCTYPE (and any entity references that used it).',
    ),
    sources: [xmlSpec, techSpec('ownershipDocument (an XML Schema document, no DTD)')],
  },
  {
    id: 'yaml/syntax',
    category: 'syntax',
    severity: 'error',
    forms: formIds,
    summary: 'The YAML draft is valid YAML.',
    explanation: lines(
      'A YAML draft must first be valid YAML: consistent indentation, a space after each `:` and `-`, closed quotes,',
      'no tabs for indentation, no key given twice in one mapping. The finding sits on the offending token. Quote a',
      'value that starts with `*`, `&`, `!`, `@` or `%`, or that holds `: ` or ` #`, so YAML reads it as text.',
    ),
    sources: [yamlSpec, yamlDraftFormat],
  },
  {
    id: 'input/too-large',
    category: 'syntax',
    severity: 'error',
    forms: formIds,
    summary: 'The document is within the size limit.',
    explanation: lines(
      'Real Form 4s are a few kilobytes. A text beyond the reading limit (the `form4.limits.maxFileSize` setting, 20',
      'million characters by default) is not read at all, so that one stray file cannot stall the editor: the document',
      'gets this single finding. Raise the limit if the file really is a Form 4. A YAML draft has a second limit: drafts',
      'in the plain style (`key: value` lines, lists with `- `, quoted and block values, one-line flow lists) are read',
      'at any size up to that one, but YAML outside it (an anchor, an alias, a tag, a syntax error) needs the general',
      'YAML reader, which holds every token of the draft at once and reads at most 400,000 of them (a draft of about',
      '1.7 MB). A bigger draft that needs it gets this finding where the plain style stops: write that place plainly, or',
      'save the filing as XML.',
    ),
    sources: [techSpec('document limits (at most 10 owners, 30 rows per table, 99 footnotes)')],
  },
  {
    id: 'input/encoding',
    category: 'syntax',
    severity: 'error',
    forms: formIds,
    summary: 'The file is in an encoding EDGAR accepts, and every byte is a character of it.',
    explanation: lines(
      'EDGAR accepts ownership documents in UTF-8 (the default), US-ASCII or ISO-8859-1, named by the XML declaration',
      '(`<?xml version="1.0" encoding="ISO-8859-1"?>`); a byte-order mark (UTF-8, UTF-16) is honoured too. A file in',
      'another encoding, or with bytes that are not characters of its encoding (Latin-1 saved without declaring it, a',
      'cut multi-byte character), would be misread: the finding sits on the declaration or on the character that could',
      'not be read, and conversion refuses to write it. Save the file as UTF-8, or declare the encoding it really has.',
      'A UTF-16 file reads exactly but gets a warning: EDGAR does not take it. In the editor, which decodes the file',
      'itself, a declared ISO-8859-1 or US-ASCII over text holding U+FFFD means the editor read it in another encoding:',
      'reopen it with the declared one.',
    ),
    sources: [xmlSpec],
  },
  {
    id: 'input/too-deep',
    category: 'syntax',
    severity: 'error',
    forms: formIds,
    summary: 'Elements are not nested deeper than the limit.',
    explanation: lines(
      'A Form 4 is about ten levels deep. Content nested beyond the reading limit (the `form4.limits.maxDepth` setting,',
      '200 by default) is skipped and reported once, so that absurdly nested input cannot exhaust the stack. It is',
      'almost certainly not a Form 4 there; fix the nesting or raise the limit.',
    ),
    sources: [techSpec('ownershipDocument structure')],
  },
] as const satisfies readonly RuleDescription[];

export const structureRules = [
  {
    id: 'schema/missing-element',
    category: 'structure',
    severity: 'error',
    forms: formIds,
    summary: 'Every element the EDGAR schema requires is present.',
    explanation: lines(
      'The ownership schema requires some elements (for example `periodOfReport`, `issuer`, at least one',
      '`reportingOwner` and `ownerSignature`, and in each transaction its date, amounts and ownership). EDGAR rejects a',
      "document without them. The finding sits on the parent element's name (the YAML key) and names what is missing",
      'and where it goes.',
    ),
    sources: [techSpec('ownership document schema (required elements)'), edgarMessages],
  },
  {
    id: 'schema/unexpected-element',
    category: 'structure',
    severity: 'error',
    forms: formIds,
    summary: 'Only elements the EDGAR schema defines, in the places it defines them.',
    explanation: lines(
      'An element the schema does not know there (often a misspelling such as `transactionShare`, or an element put in',
      "the wrong parent) fails schema validation. The finding sits on the element's name (the YAML key); the message",
      'suggests the nearest known name when there is one.',
    ),
    sources: [techSpec('ownership document schema'), edgarMessages],
  },
  {
    id: 'schema/element-order',
    category: 'structure',
    severity: 'error',
    forms: formIds,
    summary: 'Elements come in the order the EDGAR schema gives.',
    explanation: lines(
      'The schema is a sequence: for example `periodOfReport` comes before `issuer`, and `transactionDate` before',
      '`transactionCoding`. EDGAR rejects elements out of order even when all are present. The finding sits on the',
      "misplaced element's name; moving it to the place named fixes it. (YAML drafts are written back in schema order.)",
    ),
    sources: [techSpec('ownership document schema (xs:sequence)'), edgarMessages],
  },
  {
    id: 'schema/too-many',
    category: 'structure',
    severity: 'error',
    forms: formIds,
    summary: 'No element occurs more often than the EDGAR schema allows.',
    explanation: lines(
      'Limits such as at most 10 reporting owners, 30 rows per table, 99 footnotes and 10 signatures, and exactly one',
      'of most elements, come from the schema. The finding sits on the first surplus element. Split the report into',
      'another filing where a limit is reached.',
    ),
    sources: [techSpec('maxOccurs of reportingOwner, table rows, footnote, ownerSignature'), edgarMessages],
  },
  {
    id: 'schema/invalid-value',
    category: 'structure',
    severity: 'error',
    forms: formIds,
    summary: 'Every value has the type, length and pattern the EDGAR schema gives.',
    explanation: lines(
      'Values are typed: dates are `YYYY-MM-DD`, amounts are decimals from 0 with at most 4 decimal places, booleans are',
      '`1`/`0`/`true`/`false`, codes come from fixed lists (transaction codes, A/D, D/I, state codes), CIKs are 1 to 10',
      'digits, and strings have maximum lengths. The finding sits on the value and says in plain words what is allowed.',
    ),
    sources: [techSpec('simple types (POSITIVE_DECIMAL, CIK, pick-lists, string lengths)'), edgarMessages],
  },
  {
    id: 'schema/missing-attribute',
    category: 'structure',
    severity: 'error',
    forms: formIds,
    summary: 'Every required attribute is present.',
    explanation: lines(
      'Footnotes and footnote references are identified by an `id` attribute (`<footnote id="F1">`,',
      '`<footnoteId id="F1"/>`); the schema requires it. Add the id.',
    ),
    sources: [techSpec('FOOTNOTE and FOOTNOTE_ID (attribute id)')],
  },
  {
    id: 'schema/unexpected-attribute',
    category: 'structure',
    severity: 'error',
    forms: formIds,
    summary: 'Only attributes the EDGAR schema defines.',
    explanation: lines(
      'Ownership elements carry no attributes except the `id` of footnotes and footnote references. Any other attribute',
      'fails schema validation; remove it.',
    ),
    sources: [techSpec('FOOTNOTE and FOOTNOTE_ID (attribute id)')],
  },
  {
    id: 'schema/unexpected-text',
    category: 'structure',
    severity: 'error',
    forms: formIds,
    summary: 'No text where the EDGAR schema expects only elements.',
    explanation: lines(
      'Elements such as `issuer` or `transactionAmounts` hold other elements, not text. Text there (often a value typed',
      'outside its `<value>` element) fails schema validation; move it into the element it belongs to.',
    ),
    sources: [techSpec('complex types with element-only content')],
  },
] as const satisfies readonly RuleDescription[];

export const footnoteIdentityRules = [
  {
    id: 'footnote/undefined',
    category: 'footnote',
    severity: 'error',
    forms: formIds,
    summary: 'Every footnote reference names a footnote that is defined.',
    explanation: lines(
      'A `footnoteId` reference points to a `footnote` by id; the schema types the reference as xs:IDREF, so a',
      'reference to an id that no footnote has fails validation and EDGAR suspends the filing. Usually the footnote was',
      'renumbered or deleted. Define the footnote, or correct the reference. (The structure checker reports this one,',
      'since it is part of schema validity.)',
    ),
    sources: [techSpec('FOOTNOTE_ID (xs:IDREF)'), xmlSchemaDatatypes, edgarMessages],
  },
  {
    id: 'footnote/duplicate-id',
    category: 'footnote',
    severity: 'error',
    forms: formIds,
    summary: 'No two footnotes share an id.',
    explanation: lines(
      'Footnote ids (F1 to F99) are typed xs:ID, so each may be defined once; a second `footnote` with the same id fails',
      'validation, and references could not tell the two apart. Renumber one of them and update its references.',
    ),
    sources: [techSpec('FOOTNOTE (id, xs:ID, F1 to F99)'), xmlSchemaDatatypes],
  },
] as const satisfies readonly RuleDescription[];

export const conversionRules = [
  {
    id: 'convert/not-carried',
    category: 'convert',
    severity: 'warning',
    forms: formIds,
    summary: 'Conversion carries everything the document holds.',
    explanation: lines(
      'Conversion keeps every element, attribute, value and comment (an XML comment becomes `#` lines at the same',
      'place in the draft, and back). A few things have no place in the other format, and each is reported where it',
      'stands rather than dropped in silence: a processing instruction (`<?target data?>`), which YAML cannot hold; a',
      'YAML comment holding `--`, which an XML comment cannot hold; and text after a child element (mixed content),',
      'which both writers put before the first child. Move or reword what is named if it matters.',
    ),
    sources: [xmlSpec, yamlDraftFormat],
  },
  {
    id: 'convert/not-well-formed',
    category: 'convert',
    severity: 'error',
    forms: formIds,
    summary: 'The XML written by conversion is well-formed.',
    explanation: lines(
      'Before `form4 convert` writes XML it reads what it wrote back with its own XML reader. If that is not',
      'well-formed (a draft value holding a character XML 1.0 forbids, such as U+0000), nothing is written, any file',
      'already there is left as it was, and the command exits with an error. Fix the value the other findings name.',
    ),
    sources: [xmlSpec, edgarMessages],
  },
] as const satisfies readonly RuleDescription[];

export const internalRules = [
  {
    id: 'internal/rule-failure',
    category: 'internal',
    severity: 'warning',
    forms: formIds,
    summary: 'Every rule ran to completion.',
    explanation: lines(
      'A rule failed while checking this document: that is a bug in this tool, not in the filing. The other rules',
      "still ran, but the failed rule's findings are missing, so the document has not been fully checked. The message",
      'names the rule; please report it with the document (or a minimal copy of it).',
    ),
    sources: [{ title: 'form4 rule catalogue (docs/rules.md in this project)' }],
  },
] as const satisfies readonly RuleDescription[];

export const draftRules = [
  {
    id: 'draft/fields-to-fill',
    category: 'draft',
    severity: 'information',
    forms: formIds,
    summary: 'A draft being written lists its empty fields once.',
    explanation: lines(
      'A new draft starts with every field empty, and each empty field the form requires is an error: a wall of red',
      'before anything is typed. In the editor, while a draft is still untitled (never saved), the findings that only',
      'say a field is still empty, or still holds its `YYYY-MM-DD` placeholder, are shown as this one summary ("7',
      'fields to fill in: ..."), placed at the first of them, the others its related places. Every other finding is',
      'shown as usual. Once the draft is saved, or on *Form 4: Show every finding*, each empty field is reported',
      'again on its own. The command line never summarises: `form4 check` reports every finding.',
    ),
    sources: [yamlDraftFormat],
  },
] as const satisfies readonly RuleDescription[];
