/**
 * Small Form 4 fixtures for rule tests: describe a document by the few facts a test cares about, get a complete,
 * valid Form 4 as EDGAR XML and as its YAML draft twin.
 *
 * Values may carry the `«` `»` markers of ./markers.ts, so a test can say where it expects a finding:
 * `form4Xml({ rows: [transaction({ code: '«V»' })] })`, then `marked(text)`. (The rule tests also use `‹` `›` for
 * the related locations of a finding.) To mark an element's name (for a finding on a tag or a YAML key) list it in
 * `markNames` of the owner, row or document (`‹name›` there marks it as a related location).
 *
 * Defaults are chosen so that the default document checks clean under every rule: one director, one sale of 100
 * shares on Tuesday 2024-03-12 at $10.00 leaving 900 held directly, signed 2024-03-13.
 */

/** A table cell: a bare value, or a value and/or footnote references; null leaves the element out. */
export type CellInput = string | { readonly value?: string; readonly footnotes?: readonly string[] } | null;

export interface OwnerSpec {
  readonly cik?: string;
  readonly ccc?: string;
  readonly name?: string;
  readonly isDirector?: string | null;
  readonly isOfficer?: string | null;
  readonly isTenPercentOwner?: string | null;
  readonly isOther?: string | null;
  readonly officerTitle?: string | null;
  readonly otherText?: string | null;
  /** Leave out reportingOwnerRelationship entirely. */
  readonly noRelationship?: boolean;
  readonly markNames?: readonly string[];
}

interface RowCommon {
  readonly table?: 'I' | 'II';
  readonly title?: CellInput;
  /** Table II columns. */
  readonly exercisePrice?: CellInput;
  readonly exerciseDate?: CellInput;
  readonly expirationDate?: CellInput;
  readonly underlyingTitle?: CellInput;
  readonly underlyingShares?: CellInput;
  readonly owned?: CellInput;
  readonly valueOwned?: CellInput;
  readonly ownership?: CellInput;
  readonly nature?: CellInput;
  readonly markNames?: readonly string[];
}

export interface TransactionSpec extends RowCommon {
  readonly kind?: 'transaction';
  readonly date?: CellInput;
  readonly deemedDate?: CellInput;
  readonly formType?: string;
  readonly code?: string | null;
  readonly swap?: string;
  readonly codingFootnotes?: readonly string[];
  readonly timeliness?: CellInput;
  readonly shares?: CellInput;
  readonly totalValue?: CellInput;
  readonly price?: CellInput;
  readonly acquiredDisposed?: CellInput;
}

export interface HoldingSpec extends RowCommon {
  readonly kind: 'holding';
  /** Form 5: `transactionCoding/transactionFormType` of a late Form 3 holding ("3"); left out by default. */
  readonly formType?: string;
}

export type RowSpec = TransactionSpec | HoldingSpec;

export interface IssuerSpec {
  readonly cik?: string;
  readonly tradingSymbol?: string;
  readonly markNames?: readonly string[];
}

export interface SignatureSpec {
  readonly name?: string;
  readonly date?: string;
  readonly markNames?: readonly string[];
}

export interface Form4Spec {
  readonly documentType?: string;
  /** The declared schemaVersion: X0609 unless given (null leaves it out). */
  readonly schemaVersion?: string | null;
  /** Defaults to the earliest transaction date (markers ignored), else 2024-03-12; null leaves it out. */
  readonly periodOfReport?: string | null;
  readonly dateOfOriginalSubmission?: string;
  /** The "no longer subject to Section 16" box; left out by default. */
  readonly notSubjectToSection16?: string;
  /** Form 3's "no securities owned"; left out by default. */
  readonly noSecuritiesOwned?: string;
  /** Form 5's two "reported" boxes; left out by default. */
  readonly form3HoldingsReported?: string;
  readonly form4TransactionsReported?: string;
  readonly issuer?: IssuerSpec;
  readonly owners?: readonly OwnerSpec[];
  /** Defaults to '0'; null leaves it out. */
  readonly aff10b5One?: string | null;
  readonly rows?: readonly RowSpec[];
  /** Footnote id -> text, in order. */
  readonly footnotes?: Readonly<Record<string, string>>;
  readonly remarks?: string;
  /** Defaults to one signature per owner. */
  readonly signatures?: readonly SignatureSpec[];
  readonly markNames?: readonly string[];
}

export const defaultTransactionDate = '2024-03-12';
export const defaultSignatureDate = '2024-03-13';

/** A Table I transaction (a sale of 100 at $10.00 leaving 900, by default), or Table II with `table: 'II'`. */
export function transaction(spec: TransactionSpec = {}): TransactionSpec {
  return { kind: 'transaction', ...spec };
}

export function holding(spec: Omit<HoldingSpec, 'kind'> = {}): HoldingSpec {
  return { kind: 'holding', ...spec };
}

// ---- the document as a generic element tree ------------------------------------------------------------------

/** An element of the fixture, shaped like EDGAR XML. `cell` marks a value wrapper (`value` + `footnoteId`s). */
export interface FixtureNode {
  readonly name: string;
  readonly text?: string;
  readonly id?: string;
  readonly children?: readonly FixtureNode[];
  readonly cell?: boolean;
  /** Wrap the element's name (XML tag, YAML key) in markers: `«»` for a finding, `‹›` for a related location. */
  readonly markName?: NameMark;
}

export type NameMark = 'finding' | 'related';

/** `markNames: ['isOfficer']` marks a finding on the name; `['‹isOfficer›']` a related location. */
function nameMark(name: string, marks: readonly string[] = []): NameMark | undefined {
  if (marks.includes(name)) return 'finding';
  if (marks.includes(`‹${name}›`)) return 'related';
  return undefined;
}

const stripMarkers = (s: string) => s.replace(/[«»‹›]/g, '');

function leaf(name: string, text: string | null | undefined, marks: readonly string[] = []): FixtureNode[] {
  if (text === null || text === undefined) return [];
  return [{ name, text, markName: nameMark(name, marks) }];
}

function cell(name: string, input: CellInput | undefined, marks: readonly string[] = []): FixtureNode[] {
  if (input === null || input === undefined) return [];
  const { value, footnotes = [] } = typeof input === 'string' ? { value: input } : input;
  const children: FixtureNode[] = [
    ...(value === undefined ? [] : [{ name: 'value', text: value }]),
    ...footnotes.map((id) => ({ name: 'footnoteId', id })),
  ];
  return [{ name, children, cell: true, markName: nameMark(name, marks) }];
}

function node(name: string, children: FixtureNode[], marks: readonly string[] = []): FixtureNode {
  return { name, children, markName: nameMark(name, marks) };
}

const isTrue = (flag: string | null | undefined) => flag != null && ['1', 'true'].includes(stripMarkers(flag).trim());

/** An owner is a director by default, unless the test makes them something else. */
function otherFlagSet(owner: OwnerSpec): boolean {
  return isTrue(owner.isOfficer) || isTrue(owner.isTenPercentOwner) || isTrue(owner.isOther);
}

function ownerNode(owner: OwnerSpec, index: number): FixtureNode {
  const marks = owner.markNames ?? [];
  const relationship = owner.noRelationship
    ? []
    : [
        node(
          'reportingOwnerRelationship',
          [
            ...leaf('isDirector', owner.isDirector === undefined ? (otherFlagSet(owner) ? '0' : '1') : owner.isDirector, marks),
            ...leaf('isOfficer', owner.isOfficer === undefined ? '0' : owner.isOfficer, marks),
            ...leaf('isTenPercentOwner', owner.isTenPercentOwner === undefined ? '0' : owner.isTenPercentOwner, marks),
            ...leaf('isOther', owner.isOther === undefined ? '0' : owner.isOther, marks),
            ...leaf('officerTitle', owner.officerTitle, marks),
            ...leaf('otherText', owner.otherText, marks),
          ],
          marks,
        ),
      ];
  return node(
    'reportingOwner',
    [
      node(
        'reportingOwnerId',
        [
          ...leaf('rptOwnerCik', owner.cik ?? `000120000${index + 1}`, marks),
          ...leaf('rptOwnerCcc', owner.ccc, marks),
          ...leaf('rptOwnerName', owner.name ?? `Owner${index + 1} Pat`, marks),
        ],
        marks,
      ),
      node(
        'reportingOwnerAddress',
        [
          ...leaf('rptOwnerStreet1', '1 Main Street'),
          ...leaf('rptOwnerCity', 'Springfield'),
          ...leaf('rptOwnerState', 'IL'),
          ...leaf('rptOwnerZipCode', '62701'),
        ],
        marks,
      ),
      ...relationship,
    ],
    marks,
  );
}

function issuerNode(issuer: IssuerSpec, documentMarks: readonly string[]): FixtureNode {
  const marks = issuer.markNames ?? [];
  return node(
    'issuer',
    [
      ...leaf('issuerCik', issuer.cik ?? '0001000001', marks),
      ...leaf('issuerName', 'Example Corp', marks),
      ...leaf('issuerTradingSymbol', issuer.tradingSymbol ?? 'EXC', marks),
    ],
    documentMarks,
  );
}

function ownershipNodes(row: RowCommon, marks: readonly string[]): FixtureNode[] {
  const post =
    row.valueOwned !== undefined
      ? cell('valueOwnedFollowingTransaction', row.valueOwned, marks)
      : cell('sharesOwnedFollowingTransaction', row.owned === undefined ? (row.table === 'II' ? '0' : '900') : row.owned, marks);
  return [
    node('postTransactionAmounts', post, marks),
    node(
      'ownershipNature',
      [
        ...cell('directOrIndirectOwnership', row.ownership === undefined ? 'D' : row.ownership, marks),
        ...cell('natureOfOwnership', row.nature, marks),
      ],
      marks,
    ),
  ];
}

function derivativeColumns(row: RowCommon, marks: readonly string[]) {
  return {
    price: cell('conversionOrExercisePrice', row.exercisePrice === undefined ? '5.00' : row.exercisePrice, marks),
    dates: [
      ...cell('exerciseDate', row.exerciseDate === undefined ? '2020-01-01' : row.exerciseDate, marks),
      ...cell('expirationDate', row.expirationDate === undefined ? '2030-01-01' : row.expirationDate, marks),
    ],
    underlying: [
      node(
        'underlyingSecurity',
        [
          ...cell('underlyingSecurityTitle', row.underlyingTitle === undefined ? 'Common Stock' : row.underlyingTitle, marks),
          ...cell('underlyingSecurityShares', row.underlyingShares === undefined ? '100' : row.underlyingShares, marks),
        ],
        marks,
      ),
    ],
  };
}

function transactionNode(row: TransactionSpec): FixtureNode {
  const marks = row.markNames ?? [];
  const derivative = row.table === 'II';
  const columns = derivativeColumns(row, marks);
  const coding =
    row.code === null
      ? []
      : [
          node(
            'transactionCoding',
            [
              ...leaf('transactionFormType', row.formType ?? '4', marks),
              ...leaf('transactionCode', row.code ?? (derivative ? 'M' : 'S'), marks),
              ...leaf('equitySwapInvolved', row.swap ?? '0', marks),
              ...(row.codingFootnotes ?? []).map((id) => ({ name: 'footnoteId', id })),
            ],
            marks,
          ),
        ];
  const amounts = node(
    'transactionAmounts',
    [
      ...(row.totalValue !== undefined
        ? cell('transactionTotalValue', row.totalValue, marks)
        : cell('transactionShares', row.shares === undefined ? '100' : row.shares, marks)),
      ...cell('transactionPricePerShare', row.price === undefined ? (derivative ? '0' : '10.00') : row.price, marks),
      ...cell('transactionAcquiredDisposedCode', row.acquiredDisposed === undefined ? 'D' : row.acquiredDisposed, marks),
    ],
    marks,
  );
  return node(
    derivative ? 'derivativeTransaction' : 'nonDerivativeTransaction',
    [
      ...cell('securityTitle', row.title === undefined ? (derivative ? 'Stock Option (right to buy)' : 'Common Stock') : row.title, marks),
      ...(derivative ? columns.price : []),
      ...cell('transactionDate', row.date === undefined ? defaultTransactionDate : row.date, marks),
      ...cell('deemedExecutionDate', row.deemedDate, marks),
      ...coding,
      ...cell('transactionTimeliness', row.timeliness, marks),
      amounts,
      ...(derivative ? [...columns.dates, ...columns.underlying] : []),
      ...ownershipNodes(row, marks),
    ],
    marks,
  );
}

function holdingNode(row: HoldingSpec): FixtureNode {
  const marks = row.markNames ?? [];
  const derivative = row.table === 'II';
  const columns = derivativeColumns(row, marks);
  return node(
    derivative ? 'derivativeHolding' : 'nonDerivativeHolding',
    [
      ...cell('securityTitle', row.title === undefined ? (derivative ? 'Stock Option (right to buy)' : 'Common Stock') : row.title, marks),
      ...(derivative ? columns.price : []),
      ...(row.formType === undefined ? [] : [node('transactionCoding', leaf('transactionFormType', row.formType, marks), marks)]),
      ...(derivative ? [...columns.dates, ...columns.underlying] : []),
      ...ownershipNodes({ ...row, owned: row.owned === undefined ? '500' : row.owned }, marks),
    ],
    marks,
  );
}

function earliestDate(rows: readonly RowSpec[]): string | undefined {
  const dates = rows
    .filter((r): r is TransactionSpec => r.kind !== 'holding')
    .map((r) => (r.date === undefined ? defaultTransactionDate : typeof r.date === 'string' ? r.date : r.date?.value))
    .filter((d): d is string => typeof d === 'string')
    .map(stripMarkers)
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort();
  return dates[0];
}

/** The fixture as a tree of elements, shaped like EDGAR XML. */
export function form4Tree(spec: Form4Spec = {}): FixtureNode {
  const marks = spec.markNames ?? [];
  const rows = spec.rows ?? [transaction()];
  const owners = spec.owners ?? [{}];
  const signatures: readonly SignatureSpec[] =
    spec.signatures ?? owners.map((o, i) => ({ name: stripMarkers(o.name ?? `Owner${i + 1} Pat`) }));
  const period = spec.periodOfReport === undefined ? (earliestDate(rows) ?? defaultTransactionDate) : spec.periodOfReport;
  const table = (name: string, which: 'I' | 'II') => {
    const inTable = rows.filter((r) => (r.table ?? 'I') === which);
    if (inTable.length === 0) return [];
    return [
      node(
        name,
        inTable.map((r) => (r.kind === 'holding' ? holdingNode(r) : transactionNode(r))),
        marks,
      ),
    ];
  };
  const footnotes = Object.entries(spec.footnotes ?? {});
  return node(
    'ownershipDocument',
    [
      ...leaf('schemaVersion', spec.schemaVersion === undefined ? 'X0609' : (spec.schemaVersion ?? undefined), marks),
      ...leaf('documentType', spec.documentType ?? '4', marks),
      ...leaf('periodOfReport', period, marks),
      ...leaf('dateOfOriginalSubmission', spec.dateOfOriginalSubmission, marks),
      ...leaf('noSecuritiesOwned', spec.noSecuritiesOwned, marks),
      ...leaf('notSubjectToSection16', spec.notSubjectToSection16, marks),
      ...leaf('form3HoldingsReported', spec.form3HoldingsReported, marks),
      ...leaf('form4TransactionsReported', spec.form4TransactionsReported, marks),
      issuerNode(spec.issuer ?? {}, marks),
      ...owners.map(ownerNode),
      ...leaf('aff10b5One', spec.aff10b5One === undefined ? '0' : spec.aff10b5One, marks),
      ...table('nonDerivativeTable', 'I'),
      ...table('derivativeTable', 'II'),
      ...(footnotes.length
        ? [
            node(
              'footnotes',
              footnotes.map(([id, text]) => ({ name: 'footnote', id, text })),
              marks,
            ),
          ]
        : []),
      ...leaf('remarks', spec.remarks, marks),
      ...signatures.map((s) =>
        node(
          'ownerSignature',
          [
            ...leaf('signatureName', s.name ?? 'Owner1 Pat', s.markNames),
            ...leaf('signatureDate', s.date ?? defaultSignatureDate, s.markNames),
          ],
          s.markNames,
        ),
      ),
    ],
    marks,
  );
}

// ---- EDGAR XML ---------------------------------------------------------------------------------------------------

/** The element's name with its markers, if any. */
export function markedName(n: FixtureNode): string {
  if (n.markName === 'finding') return `«${n.name}»`;
  if (n.markName === 'related') return `‹${n.name}›`;
  return n.name;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function xmlElement(n: FixtureNode, indent: string, out: string[]): void {
  const name = markedName(n);
  const id = n.id === undefined ? '' : ` id="${n.id}"`;
  if (n.children === undefined && n.text === undefined) {
    out.push(`${indent}<${name}${id}/>`);
  } else if (n.children === undefined || n.children.length === 0) {
    out.push(`${indent}<${name}${id}>${escapeXml(n.text ?? '')}</${n.name}>`);
  } else if (n.cell) {
    // A table cell on one line, as most filing software writes it: <shares><value>100</value><footnoteId id="F1"/></shares>
    const inner: string[] = [];
    for (const child of n.children) xmlElement(child, '', inner);
    out.push(`${indent}<${name}${id}>${inner.join('')}</${n.name}>`);
  } else {
    out.push(`${indent}<${name}${id}>`);
    for (const child of n.children) xmlElement(child, indent + '  ', out);
    out.push(`${indent}</${n.name}>`);
  }
}

/** The fixture as EDGAR ownership XML (markers kept, for `marked`). */
export function form4Xml(spec: Form4Spec = {}): string {
  const out = ['<?xml version="1.0"?>'];
  xmlElement(form4Tree(spec), '', out);
  return out.join('\n') + '\n';
}

// ---- YAML draft --------------------------------------------------------------------------------------------------
// Written by hand after docs/yaml-drafts.md, not with the engine's writer, so the rule tests also read drafts as a
// person would type them: value wrappers folded into scalars (`transactionShares: 100`, or `{value, footnotes}`),
// footnote references as `footnotes: [F1]`, footnote definitions as `footnotes: {F1: text}`, repeated elements
// (owners, signatures) as lists, and tables as lists of one-key mappings (`- nonDerivativeTransaction: ...`).

/** Elements that may occur more than once at the root: always written as a list. */
const listedAtRoot = new Set(['reportingOwner', 'ownerSignature']);
const tables = new Set(['nonDerivativeTable', 'derivativeTable']);
const markerChars = /[«»‹›]/;

/** A scalar YAML reads back as exactly `text`: plain where safe, else double-quoted (JSON escapes are YAML's). */
function yamlScalar(text: string): string {
  const plain = text.replace(/[«»‹›]/g, '');
  const safe = /^[A-Za-z0-9(]/.test(plain) && !/: |:$| #|\s$|[\n\t"]/.test(plain);
  if (safe) return text;
  // Markers may only wrap the whole quoted scalar (the reader's span of a quoted scalar includes its quotes).
  const [, open, inner, close] = /^([«»‹›]*)(.*?)([«»‹›]*)$/s.exec(text) as RegExpExecArray;
  if (markerChars.test(inner)) throw new Error(`cannot place markers inside the quoted YAML scalar ${JSON.stringify(text)}`);
  return `${open}${JSON.stringify(inner)}${close}`;
}

/** `name`, wrapped in its markers. */
function yamlKey(n: FixtureNode): string {
  return markedName(n);
}

/** Lines of a mapping holding `children`, each indented by `indent`. */
function yamlMapping(children: readonly FixtureNode[], indent: string, atRoot: boolean): string[] {
  const out: string[] = [];
  const refs = children.filter((c) => c.name === 'footnoteId');
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.name === 'footnoteId') continue;
    if (atRoot && listedAtRoot.has(child.name)) {
      // A run of the same repeated element becomes one list.
      const run = [child];
      while (children[i + 1]?.name === child.name) run.push(children[++i]);
      out.push(`${indent}${child.name}:`);
      for (const item of run) out.push(...yamlListItem(yamlMapping(item.children ?? [], '', false), indent + '  ', item.markName));
    } else if (atRoot && child.name === 'footnotes') {
      out.push(`${indent}${yamlKey(child)}:`);
      for (const footnote of child.children ?? []) out.push(`${indent}  ${footnote.id}: ${yamlScalar(footnote.text ?? '')}`);
    } else if (tables.has(child.name)) {
      out.push(`${indent}${yamlKey(child)}:`);
      for (const row of child.children ?? [])
        out.push(...yamlListItem([`${yamlKey(row)}:`, ...yamlMapping(row.children ?? [], '  ', false)], indent + '  ', undefined));
    } else {
      out.push(...yamlElement(child, indent));
    }
  }
  if (refs.length > 0) out.push(`${indent}footnotes: [${refs.map((r) => r.id).join(', ')}]`);
  return out;
}

/** A list item: `- ` before the first line, the rest indented to match; a marked item marks its dash and first key. */
function yamlListItem(lines: readonly string[], indent: string, mark: NameMark | undefined): string[] {
  if (lines.length === 0) return [`${indent}-`];
  let first = lines[0];
  if (mark) {
    const [open, close] = mark === 'finding' ? ['«', '»'] : ['‹', '›'];
    const colon = first.indexOf(':');
    first = `${open}- ${first.slice(0, colon)}${close}${first.slice(colon)}`;
  } else {
    first = `- ${first}`;
  }
  return [`${indent}${first}`, ...lines.slice(1).map((line) => `${indent}  ${line}`)];
}

function yamlElement(n: FixtureNode, indent: string): string[] {
  const key = `${indent}${yamlKey(n)}:`;
  if (n.cell) {
    const children = n.children ?? [];
    const value = children.find((c) => c.name === 'value');
    const refs = children.filter((c) => c.name === 'footnoteId').map((c) => c.id);
    if (refs.length === 0) return [value ? `${key} ${yamlScalar(value.text ?? '')}` : key];
    return [key, ...(value ? [`${indent}  value: ${yamlScalar(value.text ?? '')}`] : []), `${indent}  footnotes: [${refs.join(', ')}]`];
  }
  if (n.children && n.children.length > 0) return [key, ...yamlMapping(n.children, indent + '  ', false)];
  if (n.text === undefined) return [key];
  return [`${key} ${yamlScalar(n.text)}`];
}

/** The fixture as a YAML draft (markers kept, for `marked`). The root's name is its first key. */
export function form4Yaml(spec: Form4Spec = {}): string {
  const root = form4Tree(spec);
  const lines = yamlMapping(root.children ?? [], '', true);
  if (root.markName) {
    const [open, close] = root.markName === 'finding' ? ['«', '»'] : ['‹', '›'];
    const colon = lines[0].indexOf(':');
    lines[0] = `${open}${lines[0].slice(0, colon)}${close}${lines[0].slice(colon)}`;
  }
  return lines.join('\n') + '\n';
}
