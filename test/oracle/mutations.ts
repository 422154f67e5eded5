/**
 * Seeded single-point mutations of real filings, for comparing our structural verdict with xmllint's.
 *
 * Each mutation edits the text of one real filing at one place found through the located tree: it deletes,
 * duplicates, swaps, moves or renames an element, puts a bad (or a tricky but valid) value in a simple-typed element
 * or attribute, adds text, attributes or elements where they do not belong, and so on. Near misses that must stay
 * valid (a value of exactly the maximum length, '1.50000', ' 1 ' for a boolean, a character reference) are mixed in
 * on purpose. Mutations that would only probe a known libxml2 departure from XML Schema (see the oracle test's
 * `libxml2Deviations`) are not generated here: the agreement measured is then agreement on what XML Schema says.
 */
import type { ElementNode } from '../../server/src/engine/tree/node';
import {
  childDeclaration,
  documentSchemas,
  type DocumentKind,
  type ElementParticle,
  type SimpleType,
  type StringType,
} from '../../server/src/engine/structure/schema';

export interface Mutation {
  readonly className: string;
  readonly description: string;
  readonly text: string;
}

export interface CorpusDocument {
  readonly file: string;
  readonly kind: DocumentKind;
  readonly text: string;
  readonly root: ElementNode;
}

/** Mulberry32: a small, fast, seeded PRNG, so every run mutates the same way. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/**
 * Picks a kind of element first (its name in its parent: transactionShares/value is not securityTitle/value), then one
 * of its occurrences, so common elements do not crowd out rare ones.
 */
function pickSpread(random: Random, located: readonly Located[]): Located | undefined {
  if (located.length === 0) return undefined;
  const byKind = new Map<string, Located[]>();
  for (const l of located) {
    const kind = `${l.parent?.name ?? ''}/${l.node.name}`;
    const list = byKind.get(kind);
    if (list) list.push(l);
    else byKind.set(kind, [l]);
  }
  return pick(random, pick(random, [...byKind.values()]));
}

/** An element of the document with its parent and its declaration in our schema. */
interface Located {
  readonly node: ElementNode;
  readonly parent: ElementNode | undefined;
  readonly declaration: ElementParticle;
}

function locate(doc: CorpusDocument): Located[] {
  const out: Located[] = [];
  const visit = (node: ElementNode, parent: ElementNode | undefined, declaration: ElementParticle) => {
    out.push({ node, parent, declaration });
    for (const child of node.children) {
      const childDecl = childDeclaration(declaration.type, child.name);
      if (childDecl) visit(child, node, childDecl);
    }
  };
  visit(doc.root, undefined, documentSchemas[doc.kind]);
  return out;
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** Where an element's content starts and ends (after the start tag, before the end tag); undefined for `<x/>`. */
function contentRange(text: string, node: ElementNode): { start: number; end: number } | undefined {
  const source = text.slice(node.span.start, node.span.end);
  if (source.endsWith('/>')) return undefined;
  const closing = `</${node.name}>`;
  if (!source.endsWith(closing)) return undefined;
  const startTagEnd = text.indexOf('>', node.nameSpan.end) + 1;
  return { start: startTagEnd, end: node.span.end - closing.length };
}

function referencedFootnotes(located: readonly Located[]): Set<string> {
  const ids = new Set<string>();
  for (const l of located)
    if (l.node.name === 'footnoteId') for (const a of l.node.attributes) if (a.name === 'id') ids.add(a.value.value.trim());
  return ids;
}

function definedFootnotes(located: readonly Located[]): string[] {
  return located
    .filter((l) => l.node.name === 'footnote')
    .flatMap((l) => l.node.attributes.filter((a) => a.name === 'id').map((a) => a.value.value.trim()));
}

/**
 * Removing a footnote that is referenced leaves a dangling xs:IDREF, which libxml2 does not check (a documented
 * deviation); such removals are left out.
 */
function removableWithoutDanglingReferences(l: Located, referenced: ReadonlySet<string>): boolean {
  if (l.node.name === 'footnotes')
    return !l.node.children.some((c) => c.attributes.some((a) => a.name === 'id' && referenced.has(a.value.value.trim())));
  if (l.node.name === 'footnote') return !l.node.attributes.some((a) => a.name === 'id' && referenced.has(a.value.value.trim()));
  return true;
}

// ---- values for simple types -----------------------------------------------------------------------------------

const decimalValues = [
  '1,000',
  '-5',
  '1.23456',
  '1e3',
  '',
  '$5',
  '12.',
  '.5',
  '+3',
  '1.50000',
  ' 7 ',
  '1000000000000',
  '999999999999.9999',
  'NaN',
  '0x10',
  '1 000',
  '-0',
  '0.00001',
  '00012.3400',
  '12.5%',
  '١٢',
];
const dateValues = [
  '2024-02-30',
  '2023-02-29',
  '2024-02-29',
  '03/15/2024',
  '2024-1-5',
  '0000-01-01',
  '2024-01-01Z',
  '2024-01-01+14:01',
  '2024-01-01-05:00',
  '',
  '2024-13-01',
  '20240101',
  '2024-06-31',
  '12024-01-01',
  '2024-01-01T10:00:00',
  '1900-02-29',
  '2000-02-29',
];
const booleanValues = ['yes', 'TRUE', 'True', '2', '', ' 1 ', 'false', 'true', '0', '1', 'on', '\n0\n'];
const patternValues: Readonly<Record<string, readonly string[]>> = {
  CIK: ['ABC', '12345678901', '', '1234567890', ' 123', '0', '12-34'],
  ZIP_CODE: ['95014-1234', '95014_1', '', '#12 A-B', '12345678901', '9501\u00e9'],
  TRANS_TIMELY_PICKLIST: ['E', 'L', '', '|', 'X', ' E ', 'EL', 'e', '\tL\n'],
};

const emoji = '\u{1F600}';

/** A value to try in an element or attribute of this type: wrong ones mostly, valid near misses sometimes. */
function valueFor(type: SimpleType, current: string, random: Random): string {
  switch (type.kind) {
    case 'decimal':
      return pick(random, decimalValues);
    case 'date':
      return pick(random, dateValues);
    case 'boolean':
      return pick(random, booleanValues);
    case 'string':
      return stringValueFor(type, current, random);
  }
}

function stringValueFor(type: StringType, current: string, random: Random): string {
  const listed = patternValues[type.name];
  if (listed) return pick(random, listed);
  if (type.enumeration) {
    const valid = type.enumeration.filter((v) => v.trim() !== '');
    const v = pick(random, valid);
    const former = type.narrowedSince ? [pick(random, type.narrowedSince.formerly)] : [];
    return pick(random, [v, v.toLowerCase(), ` ${v}`, `${v}\n`, `X${v}`, '', 'K', `${v}${v}`, pick(random, type.enumeration), ...former]);
  }
  if (type.pattern) return pick(random, ['', 'x', current, `${current} `]);
  const max = type.length ?? type.maxLength;
  const min = type.length ?? type.minLength ?? 0;
  const options: string[] = [];
  if (max !== undefined)
    options.push('a'.repeat(max), 'a'.repeat(max + 1), emoji.repeat(max), emoji.repeat(max + 1), `${'b'.repeat(max - 1)}&`);
  if (min > 0) options.push('', 'c'.repeat(min - 1 > 0 ? min - 1 : 0));
  options.push(`${current}\u00a0`, ' ', current.toUpperCase());
  return pick(random, options);
}

// ---- the mutation classes --------------------------------------------------------------------------------------

type MutationClass = (doc: CorpusDocument, located: readonly Located[], random: Random) => Mutation | undefined;

const nonRoot = (located: readonly Located[]) => located.filter((l) => l.parent !== undefined);
const simpleTyped = (located: readonly Located[]) =>
  located.filter((l) => l.declaration.type.kind !== 'complex' && l.node.children.length === 0);
const elementOnly = (located: readonly Located[]) =>
  located.filter((l) => l.declaration.type.kind === 'complex' && l.declaration.type.content !== undefined && !l.declaration.type.mixed);

const deleteElement: MutationClass = (doc, located, random) => {
  const referenced = referencedFootnotes(located);
  const target = pickSpread(
    random,
    nonRoot(located).filter((l) => removableWithoutDanglingReferences(l, referenced)),
  );
  if (!target) return undefined;
  return {
    className: 'delete-element',
    description: `delete <${target.node.name}>`,
    text: splice(doc.text, target.node.span.start, target.node.span.end, ''),
  };
};

const duplicateElement: MutationClass = (doc, located, random) => {
  const target = pickSpread(random, nonRoot(located));
  if (!target) return undefined;
  const source = doc.text.slice(target.node.span.start, target.node.span.end);
  return {
    className: 'duplicate-element',
    description: `duplicate <${target.node.name}>`,
    text: splice(doc.text, target.node.span.end, target.node.span.end, source),
  };
};

function siblingPairs(located: readonly Located[], adjacent: boolean): Array<[ElementNode, ElementNode, Located]> {
  const pairs: Array<[ElementNode, ElementNode, Located]> = [];
  for (const l of located) {
    const kids = l.node.children;
    for (let i = 0; i < kids.length; i++) {
      for (let j = i + 1; j < kids.length; j++) {
        if (adjacent && j !== i + 1) break;
        if (!adjacent && j === i + 1) continue;
        if (kids[i].name !== kids[j].name) pairs.push([kids[i], kids[j], l]);
      }
    }
  }
  return pairs;
}

function swap(text: string, a: ElementNode, b: ElementNode): string {
  const first = text.slice(a.span.start, a.span.end);
  const second = text.slice(b.span.start, b.span.end);
  return text.slice(0, a.span.start) + second + text.slice(a.span.end, b.span.start) + first + text.slice(b.span.end);
}

const swapSiblings: MutationClass = (doc, located, random) => {
  const pairs = siblingPairs(located, true);
  if (pairs.length === 0) return undefined;
  const [a, b] = pick(random, pairs);
  return { className: 'swap-siblings', description: `swap <${a.name}> and <${b.name}>`, text: swap(doc.text, a, b) };
};

const moveElement: MutationClass = (doc, located, random) => {
  const pairs = siblingPairs(located, false);
  if (pairs.length === 0) return undefined;
  const [a, b] = pick(random, pairs);
  // Move the later one in front of the earlier one, or the earlier one behind the later one.
  if (random() < 0.5) {
    const moved = doc.text.slice(b.span.start, b.span.end);
    const without = splice(doc.text, b.span.start, b.span.end, '');
    return {
      className: 'move-element',
      description: `move <${b.name}> before <${a.name}>`,
      text: splice(without, a.span.start, a.span.start, moved),
    };
  }
  const moved = doc.text.slice(a.span.start, a.span.end);
  const inserted = splice(doc.text, b.span.end, b.span.end, moved);
  return {
    className: 'move-element',
    description: `move <${a.name}> after <${b.name}>`,
    text: splice(inserted, a.span.start, a.span.end, ''),
  };
};

function misspell(name: string, random: Random): string {
  const i = 1 + Math.floor(random() * (name.length - 1));
  switch (Math.floor(random() * 4)) {
    case 0:
      return name.slice(0, i) + name.slice(i + 1); // a letter dropped
    case 1:
      return name[0].toUpperCase() + name.slice(1); // capitalised
    case 2:
      return `${name}s`;
    default:
      return pick(random, ['value', 'footnoteId', 'securityTitle', 'transactionShares', 'issuer', 'remarks', 'isDirector', 'rptOwnerCik']);
  }
}

const renameElement: MutationClass = (doc, located, random) => {
  const target = pickSpread(random, nonRoot(located));
  if (!target) return undefined;
  const name = misspell(target.node.name, random);
  const range = contentRange(doc.text, target.node);
  let text = splice(doc.text, target.node.nameSpan.start, target.node.nameSpan.end, name);
  if (range) {
    const shift = name.length - target.node.name.length;
    text = splice(text, range.end + shift + 2, range.end + shift + 2 + target.node.name.length, name);
  }
  return { className: 'rename-element', description: `rename <${target.node.name}> to <${name}>`, text };
};

const insertElement: MutationClass = (doc, located, random) => {
  const target = pickSpread(random, elementOnly(located));
  if (!target) return undefined;
  const kids = target.node.children;
  const at =
    kids.length === 0
      ? contentRange(doc.text, target.node)?.start
      : random() < 0.5
        ? kids[Math.floor(random() * kids.length)].span.start
        : kids[kids.length - 1].span.end;
  if (at === undefined) return undefined;
  const elements = ['<foo>1</foo>', '<value>1</value>', '<remarks>x</remarks>', '<isDirector>1</isDirector>', '<x:y xmlns:x="urn:x"/>'];
  // A reference to a footnote that exists: a dangling one would only probe libxml2's unchecked IDREFs.
  const defined = definedFootnotes(located);
  if (defined.length > 0) elements.push(`<footnoteId id="${pick(random, defined)}"/>`);
  const element = pick(random, elements);
  return {
    className: 'insert-element',
    description: `insert ${element} in <${target.node.name}>`,
    text: splice(doc.text, at, at, element),
  };
};

/**
 * What one form has and another lacks, put where the form that has it puts it: the header flags of Forms 3 and 5, a
 * transaction row in a Form 3's table, a late-Form-3 coding in a holding, a Form 3 derivative holding's missing
 * amount owned. Most are errors on some forms and valid on others, which is what each form's schema must decide.
 */
const otherForm: MutationClass = (doc, located, random) => {
  const root = doc.root;
  const after = (names: readonly string[]) => {
    const anchors = root.children.filter((c) => names.includes(c.name));
    return anchors.length ? anchors[anchors.length - 1].span.end : undefined;
  };
  const rows = located.filter((l) => /^(non)?[dD]erivative(Holding|Transaction)$/.test(l.node.name));
  const options: Array<() => Mutation | undefined> = [
    () => {
      const flag = pick(random, ['noSecuritiesOwned', 'notSubjectToSection16', 'form3HoldingsReported', 'form4TransactionsReported']);
      const at = after(['periodOfReport', 'dateOfOriginalSubmission', 'noSecuritiesOwned', 'notSubjectToSection16']);
      const element = `<${flag}>${pick(random, ['0', '1', 'true'])}</${flag}>`;
      return at === undefined
        ? undefined
        : { className: 'other-form', description: `header ${element}`, text: splice(doc.text, at, at, element) };
    },
    () => {
      const row = pick(random, rows);
      const title = row?.node.children.find((c) => c.name === 'securityTitle');
      if (!row || !title) return undefined;
      const formType = pick(random, ['3', '', '4', '5']);
      const element = `<transactionCoding><transactionFormType>${formType}</transactionFormType></transactionCoding>`;
      const at = row.node.name.startsWith('derivative')
        ? row.node.children.find((c) => c.name === 'conversionOrExercisePrice')?.span.end
        : title.span.end;
      return at === undefined
        ? undefined
        : { className: 'other-form', description: `${element} in <${row.node.name}>`, text: splice(doc.text, at, at, element) };
    },
    () => {
      const row = pick(random, rows);
      const amounts = row?.node.children.find((c) => c.name === 'postTransactionAmounts');
      if (!row || !amounts) return undefined;
      return {
        className: 'other-form',
        description: `<${row.node.name}> without postTransactionAmounts`,
        text: splice(doc.text, amounts.span.start, amounts.span.end, ''),
      };
    },
    () => {
      const table = root.children.find((c) => c.name === 'nonDerivativeTable');
      const range = table && contentRange(doc.text, table);
      if (!range) return undefined;
      const transaction =
        '<nonDerivativeTransaction><securityTitle><value>Common Stock</value></securityTitle>' +
        '<transactionDate><value>2024-01-02</value></transactionDate>' +
        '<transactionCoding><transactionFormType>5</transactionFormType><transactionCode>G</transactionCode><equitySwapInvolved>0</equitySwapInvolved></transactionCoding>' +
        `<transactionTimeliness><value>${pick(random, ['', 'L', 'E'])}</value>${pick(random, ['', '<footnoteId id="F1"/>'])}</transactionTimeliness>` +
        '<transactionAmounts><transactionShares><value>10</value></transactionShares><transactionPricePerShare><value>0</value></transactionPricePerShare>' +
        '<transactionAcquiredDisposedCode><value>D</value></transactionAcquiredDisposedCode></transactionAmounts>' +
        '<postTransactionAmounts><sharesOwnedFollowingTransaction><value>90</value></sharesOwnedFollowingTransaction></postTransactionAmounts>' +
        '<ownershipNature><directOrIndirectOwnership><value>D</value></directOrIndirectOwnership></ownershipNature></nonDerivativeTransaction>';
      // The footnote reference only where F1 exists: a dangling one would probe libxml2's unchecked IDREFs.
      const text = definedFootnotes(located).includes('F1') ? transaction : transaction.replace('<footnoteId id="F1"/>', '');
      return { className: 'other-form', description: 'a Form 5 gift row in Table I', text: splice(doc.text, range.end, range.end, text) };
    },
  ];
  return pick(random, options)();
};

const badValue: MutationClass = (doc, located, random) => {
  // Each kind of simple type gets its share, though strings outnumber the rest.
  const kind = pick(random, ['decimal', 'date', 'boolean', 'string']);
  const target = pickSpread(
    random,
    simpleTyped(located).filter((l) => l.declaration.type.kind === kind),
  );
  if (!target || target.declaration.type.kind === 'complex') return undefined;
  const current = target.node.text?.value ?? '';
  const value = valueFor(target.declaration.type, current, random);
  const element = `<${target.node.name}>${escapeXml(value)}</${target.node.name}>`;
  const text = splice(doc.text, target.node.span.start, target.node.span.end, element);
  return { className: `value-${target.declaration.type.kind}`, description: `<${target.node.name}> = ${JSON.stringify(value)}`, text };
};

const spelledValue: MutationClass = (doc, located, random) => {
  const target = pickSpread(
    random,
    simpleTyped(located).filter((l) => (l.node.text?.value ?? '').trim() !== ''),
  );
  if (!target) return undefined;
  const range = contentRange(doc.text, target.node);
  if (!range) return undefined;
  const value = target.node.text!.value;
  const i = Math.floor(random() * value.length);
  if (value.charCodeAt(i) >= 0xd800 && value.charCodeAt(i) <= 0xdfff) return undefined;
  const spellings = [
    `${escapeXml(value.slice(0, i))}&#${value.codePointAt(i)};${escapeXml(value.slice(i + 1))}`,
    `<![CDATA[${value}]]>`,
    `${escapeXml(value.slice(0, i))}<!-- note -->${escapeXml(value.slice(i))}`,
  ];
  // Padding with spaces is left out for dates: libxml2 does not trim xs:date (a documented deviation).
  if (target.declaration.type.kind !== 'date') spellings.push(` ${escapeXml(value)}\n`);
  const spelled = pick(random, spellings);
  return {
    className: 'spelled-value',
    description: `<${target.node.name}> spelled ${JSON.stringify(spelled)}`,
    text: splice(doc.text, range.start, range.end, spelled),
  };
};

const strayText: MutationClass = (doc, located, random) => {
  const target = pickSpread(random, elementOnly(located));
  if (!target) return undefined;
  const range = contentRange(doc.text, target.node);
  if (!range) return undefined;
  const stray = pick(random, ['x', ' ', '&#32;', '\u00a0', '&#160;', 'hello', '\n\t', '&#10;']);
  return {
    className: 'stray-text',
    description: `text ${JSON.stringify(stray)} in <${target.node.name}>`,
    text: splice(doc.text, range.start, range.start, stray),
  };
};

const xsi = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

const addAttribute: MutationClass = (doc, located, random) => {
  const target = pickSpread(random, located);
  if (!target) return undefined;
  const attribute = pick(random, [
    'foo="1"',
    'id="F1"',
    'xml:lang="en"',
    'xmlns:x="urn:x"',
    `${xsi} xsi:noNamespaceSchemaLocation="ownership.xsd"`,
    `${xsi} xsi:schemaLocation="urn:a b.xsd"`,
    `${xsi} xsi:nil="true"`,
    `${xsi} xsi:other="1"`,
    'xsi:type="x"',
    `${xsi} xmlns:xs="http://www.w3.org/2001/XMLSchema" xsi:type="xs:boolean"`,
    `${xsi} xsi:type="STRING_30"`,
    `${xsi} xsi:type="NUMBER_WITH_FOOTNOTE"`,
    'xmlns="urn:x"',
    'xmlns=""',
  ]);
  const at = target.node.nameSpan.end;
  return { className: 'add-attribute', description: `<${target.node.name} ${attribute}>`, text: splice(doc.text, at, at, ` ${attribute}`) };
};

const footnoteIdValue: MutationClass = (doc, located, random) => {
  const withIds = located.filter(
    (l) => (l.node.name === 'footnote' || l.node.name === 'footnoteId') && l.node.attributes.some((a) => a.name === 'id'),
  );
  const target = pickSpread(random, withIds);
  if (!target) return undefined;
  const attribute = target.node.attributes.find((a) => a.name === 'id')!;
  const defined = definedFootnotes(located);
  const current = attribute.value.value.trim();
  const choices = ['F0', 'F100', 'f1', 'G1', '', 'F01', `\t${current} `, '1F', `${current} ${current}`];
  // A definition may become a duplicate; a reference may point at another footnote that exists. (Renaming a definition
  // or pointing a reference elsewhere would leave dangling references, which libxml2 does not check.)
  if (target.node.name === 'footnote' && defined.length > 1)
    choices.push(
      pick(
        random,
        defined.filter((d) => d !== current),
      ),
    );
  if (target.node.name === 'footnoteId') choices.push(pick(random, defined));
  const value = pick(
    random,
    choices.filter((c): c is string => c !== undefined),
  );
  const remove = random() < 0.1;
  const text = remove
    ? splice(doc.text, attribute.nameSpan.start - 1, attribute.value.span.end + 1, '')
    : splice(doc.text, attribute.value.span.start, attribute.value.span.end, escapeXml(value));
  return {
    className: 'footnote-id',
    description: remove ? `remove id of <${target.node.name}>` : `<${target.node.name} id=${JSON.stringify(value)}>`,
    text,
  };
};

const emptyElement: MutationClass = (doc, located, random) => {
  const referenced = referencedFootnotes(located);
  const target = pickSpread(
    random,
    nonRoot(elementOnly(located)).filter((l) => removableWithoutDanglingReferences(l, referenced)),
  );
  if (!target) return undefined;
  const range = contentRange(doc.text, target.node);
  if (!range) return undefined;
  return { className: 'empty-element', description: `empty <${target.node.name}>`, text: splice(doc.text, range.start, range.end, '') };
};

const repeatToLimit: MutationClass = (doc, located, random) => {
  const repeatable = located.filter(
    (l) => l.declaration.max > 1 || (l.parent && ['nonDerivativeTable', 'derivativeTable'].includes(l.parent.name)),
  );
  const target = pickSpread(random, repeatable);
  if (!target || !target.parent) return undefined;
  const limit = ['nonDerivativeTable', 'derivativeTable'].includes(target.parent.name) ? 30 : target.declaration.max;
  if (limit > 40) return undefined;
  const siblings = target.parent.children.filter((c) => c.name === target.node.name).length;
  const total = pick(random, [limit, limit + 1]);
  const copies =
    total - (['nonDerivativeTable', 'derivativeTable'].includes(target.parent.name) ? target.parent.children.length : siblings);
  if (copies <= 0) return undefined;
  const source = doc.text.slice(target.node.span.start, target.node.span.end);
  return {
    className: 'repeat-to-limit',
    description: `${copies} more <${target.node.name}> (${total} in <${target.parent.name}>, limit ${limit})`,
    text: splice(doc.text, target.node.span.end, target.node.span.end, source.repeat(copies)),
  };
};

const breakSyntax: MutationClass = (doc, located, random) => {
  const target = pickSpread(random, nonRoot(located));
  if (!target) return undefined;
  const range = contentRange(doc.text, target.node);
  switch (Math.floor(random() * 3)) {
    case 0:
      if (!range) return undefined;
      return {
        className: 'syntax',
        description: `drop </${target.node.name}>`,
        text: splice(doc.text, range.end, target.node.span.end, ''),
      };
    case 1:
      return {
        className: 'syntax',
        description: `raw & in <${target.node.name}>`,
        text: splice(doc.text, target.node.nameSpan.start - 1, target.node.nameSpan.start - 1, 'A & B'),
      };
    default:
      if (!range) return undefined;
      return {
        className: 'syntax',
        description: `</${target.node.name}> misspelt`,
        text: splice(doc.text, range.end + 2, range.end + 3, 'Q'),
      };
  }
};

/** The classes, with weights: value checks and content models get most of the draws. */
const classes: ReadonlyArray<[MutationClass, number]> = [
  [deleteElement, 3],
  [duplicateElement, 2],
  [swapSiblings, 2],
  [moveElement, 1],
  [renameElement, 2],
  [insertElement, 1],
  [badValue, 6],
  [spelledValue, 1],
  [strayText, 1],
  [addAttribute, 1],
  [footnoteIdValue, 1],
  [emptyElement, 1],
  [repeatToLimit, 1],
  [breakSyntax, 0.5],
  [otherForm, 1.5],
];

/** `count` mutations of the corpus, the same ones for the same seed. */
export function mutateCorpus(
  docs: readonly CorpusDocument[],
  count: number,
  seed: number,
): Array<Mutation & { readonly doc: CorpusDocument }> {
  const random = seededRandom(seed);
  const totalWeight = classes.reduce((sum, [, w]) => sum + w, 0);
  const locatedByDoc = new Map(docs.map((d) => [d, locate(d)]));
  const out: Array<Mutation & { readonly doc: CorpusDocument }> = [];
  let attempts = 0;
  while (out.length < count && attempts++ < count * 20) {
    const doc = pick(random, docs);
    let r = random() * totalWeight;
    const chosen = classes.find(([, w]) => (r -= w) < 0)?.[0] ?? classes[0][0];
    const mutation = chosen(doc, locatedByDoc.get(doc)!, random);
    if (mutation && mutation.text !== doc.text) out.push({ ...mutation, doc });
  }
  return out;
}
