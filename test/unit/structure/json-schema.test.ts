import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { transactionCodes } from '../../../server/src/engine/structure/schema';

const committedPath = path.resolve(__dirname, '../../../schemas/form4-draft.schema.json');
const committed = JSON.parse(readFileSync(committedPath, 'utf8')) as Record<string, unknown>;

/** Ajv as an editor integration would set it up: union types allowed, VS Code's `enumDescriptions` known. */
function compile(schema: object) {
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
  ajv.addVocabulary(['enumDescriptions']);
  return ajv.compile(schema);
}

const validate = compile(committed);
/** Form 4's branch: the root mapping of a Form 4 draft. */
const form4Root = at(committed, 'definitions', 'form-4');

/** The value at a path of keys in a JSON document. */
function at(node: unknown, ...keys: string[]): unknown {
  return keys.reduce((inner, key) => (inner as Record<string, unknown> | undefined)?.[key], node);
}

function errorsOf(yaml: string): string[] {
  return validate(parse(yaml)) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

const sample = `schemaVersion: X0609
documentType: 4
periodOfReport: 2024-03-12
issuer:
  issuerCik: 0001234567
  issuerName: Example Corp
  issuerTradingSymbol: EXC
reportingOwner:
  - reportingOwnerId:
      rptOwnerCik: 0000000042
      rptOwnerName: Doe Jane
    reportingOwnerRelationship:
      isOfficer: 1
      officerTitle: Chief Financial Officer
aff10b5One: true
nonDerivativeTable:
  - nonDerivativeTransaction:
      securityTitle: Common Stock
      transactionDate: 2024-03-12
      transactionCoding:
        transactionFormType: 4
        transactionCode: S
        equitySwapInvolved: 0
        footnotes: [F1]
      transactionAmounts:
        transactionShares: 1500
        transactionPricePerShare: {value: 12.5, footnotes: [F2]}
        transactionAcquiredDisposedCode: D
      postTransactionAmounts:
        sharesOwnedFollowingTransaction: 8500
      ownershipNature:
        directOrIndirectOwnership: D
  - nonDerivativeHolding:
      securityTitle: Common Stock
      postTransactionAmounts:
        sharesOwnedFollowingTransaction: "1200.5"
      ownershipNature:
        directOrIndirectOwnership: I
        natureOfOwnership: By Trust
footnotes:
  F1: Sold under a Rule 10b5-1 plan adopted on 2023-11-01.
  F2: "Weighted average price; prices ranged from $12.10 to $12.90."
ownerSignature:
  signatureName: /s/ Jane Doe
  signatureDate: 2024-03-13
`;

test('ajv compiles the schema with its default strictness (unknown keywords refused)', () => {
  assert.equal(typeof validate, 'function');
});

test('a realistic draft validates', () => {
  assert.deepEqual(errorsOf(sample), []);
});

test('the example of docs/yaml-drafts.md validates', () => {
  const docs = readFileSync(path.resolve(__dirname, '../../../docs/yaml-drafts.md'), 'utf8');
  const example = /## A complete example[\s\S]*?```yaml\n([\s\S]*?)```/.exec(docs)?.[1];
  assert.ok(example);
  assert.deepEqual(errorsOf(example), []);
});

test('broken drafts do not: unknown key, bad code, missing element, a row of two kinds, an amendment without its date', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['issuerTradingSymbol: EXC', 'issuerTradingSymbol: EXC\n  issuerColour: blue', /^\/issuer must NOT have additional properties$/],
    [
      'transactionCode: S',
      'transactionCode: Q',
      /^\/nonDerivativeTable\/0\/nonDerivativeTransaction\/transactionCoding\/transactionCode must be equal to one of the allowed values$/,
    ],
    ['periodOfReport: 2024-03-12\n', '', /^ must have required property 'periodOfReport'$/],
    ['  - nonDerivativeHolding:\n', '    nonDerivativeHolding:\n', /^\/nonDerivativeTable\/0 must NOT have more than 1 properties$/],
    ['documentType: 4', 'documentType: 4/A', /^ must have required property 'dateOfOriginalSubmission'$/],
    ['transactionShares: 1500', 'transactionShares: 15x', /transactionShares must match pattern|transactionShares must be number/],
    ['footnotes: [F2]', 'footnotes: [G2]', /footnotes\/0 must match pattern/],
  ];
  for (const [from, to, expected] of cases) {
    assert.ok(sample.includes(from), from);
    const errors = errorsOf(sample.replace(from, to));
    assert.ok(
      errors.some((e) => expected.test(e)),
      `${JSON.stringify(to)}: ${errors.join('; ')}`,
    );
  }
});

test('every property has a description', () => {
  const missing: string[] = [];
  const visit = (node: unknown, where: string): void => {
    if (Array.isArray(node)) return node.forEach((item, i) => visit(item, `${where}/${i}`));
    if (!node || typeof node !== 'object') return;
    const schema = node as Record<string, unknown>;
    for (const [name, property] of Object.entries((schema.properties as Record<string, { description?: unknown }> | undefined) ?? {})) {
      if (typeof property.description !== 'string' || property.description.length < 10) missing.push(`${where}/${name}`);
    }
    // `if` only tests a condition (documentType is 4/A): its properties are not the draft's.
    for (const [key, value] of Object.entries(schema)) if (key !== 'if') visit(value, `${where}/${key}`);
  };
  visit(committed, '');
  assert.deepEqual(missing, []);
});

test('transaction codes are listed with their meanings; table cells carry their column', () => {
  const code = at(
    form4Root,
    'properties',
    'nonDerivativeTable',
    'items',
    'properties',
    'nonDerivativeTransaction',
    'properties',
    'transactionCoding',
    'properties',
    'transactionCode',
  ) as {
    enum: string[];
    enumDescriptions: string[];
  };
  assert.deepEqual(code.enum, [...transactionCodes]);
  assert.equal(code.enumDescriptions[code.enum.indexOf('S')], 'open-market or private sale');
  assert.equal(code.enumDescriptions[code.enum.indexOf('F')], 'payment of exercise price or tax by delivering or withholding securities');
  const shares = (table: string, row: string) => {
    const amounts = at(form4Root, 'properties', table, 'items', 'properties', row, 'properties', 'transactionAmounts');
    return String(at(amounts, 'properties', 'transactionShares', 'description'));
  };
  assert.match(shares('nonDerivativeTable', 'nonDerivativeTransaction'), /^Table I, column 4: Amount\. The number of securities acquired/);
  assert.match(shares('derivativeTable', 'derivativeTransaction'), /^Table II, column 5: Number of .*\. The number of derivative/);
});

test('descriptions are the field documentation, with the allowed values no enumDescriptions list', () => {
  const periodOfReport = at(form4Root, 'properties', 'periodOfReport', 'description');
  assert.equal(
    periodOfReport,
    'Box 3: Date of Earliest Transaction. The earliest transaction date reported in Table I or Table II. ' +
      'EDGAR indexes the filing by this date. Allowed: a date, YYYY-MM-DD.',
  );
  const transaction = at(form4Root, 'properties', 'nonDerivativeTable', 'items', 'properties', 'nonDerivativeTransaction');
  const ownership = at(transaction, 'properties', 'ownershipNature', 'properties', 'directOrIndirectOwnership') as {
    description: string;
    anyOf: { enumDescriptions?: string[] }[];
  };
  assert.doesNotMatch(ownership.description, /Allowed:/);
  assert.deepEqual(ownership.anyOf[0].enumDescriptions, ['direct ownership', 'indirect ownership (say how in natureOfOwnership)']);
  assert.match(String(at(form4Root, 'properties', 'footnotes', 'description')), /cells and codings refer to them with `footnotes: \[F1\]`/);
});

/** The sample as a Form 3: holdings only, no Rule 10b5-1 box needed, no amount owned on a derivative holding. */
const form3Sample = `schemaVersion: X0609
documentType: 3
periodOfReport: 2024-03-12
noSecuritiesOwned: 0
issuer:
  issuerCik: 0001234567
  issuerTradingSymbol: EXC
reportingOwner:
  - reportingOwnerId:
      rptOwnerCik: 0000000042
    reportingOwnerRelationship:
      isDirector: 1
nonDerivativeTable:
  - nonDerivativeHolding:
      securityTitle: Common Stock
      postTransactionAmounts:
        sharesOwnedFollowingTransaction: 1200
      ownershipNature:
        directOrIndirectOwnership: D
derivativeTable:
  - derivativeHolding:
      securityTitle: Stock Option (right to buy)
      conversionOrExercisePrice: 12.5
      exerciseDate: {footnotes: [F1]}
      expirationDate: 2034-03-12
      underlyingSecurity:
        underlyingSecurityTitle: Common Stock
        underlyingSecurityShares: 5000
      ownershipNature:
        directOrIndirectOwnership: D
footnotes:
  F1: Vests in four equal annual instalments.
ownerSignature:
  signatureName: /s/ Jane Doe
  signatureDate: 2024-03-13
`;

test('each documentType is held to its own form: a Form 3 draft', () => {
  assert.deepEqual(errorsOf(form3Sample), []);
  assert.deepEqual(errorsOf(form3Sample.replace('documentType: 3', 'documentType: 3/A\ndateOfOriginalSubmission: 2024-03-14')), []);
  // A transaction row, a Form 5 flag, or a Form 4 derivative holding's amount owned are not Form 3's.
  const broken: Array<[string, string, RegExp]> = [
    ['  - nonDerivativeHolding:', '  - nonDerivativeTransaction:', /nonDerivativeTable\/0 must NOT have additional properties/],
    ['noSecuritiesOwned: 0', 'form3HoldingsReported: 0', /^ must NOT have additional properties$/],
    [
      '      ownershipNature:\n        directOrIndirectOwnership: D\nfootnotes',
      '      postTransactionAmounts:\n        sharesOwnedFollowingTransaction: 5000\n      ownershipNature:\n        directOrIndirectOwnership: D\nfootnotes',
      /derivativeHolding must NOT have additional properties/,
    ],
  ];
  for (const [from, to, expected] of broken) {
    assert.ok(form3Sample.includes(from), from);
    const errors = errorsOf(form3Sample.replace(from, to));
    assert.ok(
      errors.some((e) => expected.test(e)),
      `${JSON.stringify(to)}: ${errors.join('; ')}`,
    );
  }
});

test('each documentType is held to its own form: a Form 5 draft', () => {
  const form5 = sample
    .replace('documentType: 4', 'documentType: 5\nform3HoldingsReported: 1\nform4TransactionsReported: 0')
    .replace(
      '  - nonDerivativeHolding:\n      securityTitle: Common Stock\n',
      '  - nonDerivativeHolding:\n      securityTitle: Common Stock\n      transactionCoding:\n        transactionFormType: 3\n',
    );
  assert.notEqual(form5, sample);
  assert.deepEqual(errorsOf(form5), []);
  assert.ok(errorsOf(form5.replace('documentType: 5', 'documentType: 4')).some((e) => / must NOT have additional properties$/.test(e)));
  // The Rule 10b5-1 box is required on Form 5 as on Form 4.
  assert.ok(errorsOf(form5.replace('aff10b5One: true\n', '')).some((e) => /must have required property 'aff10b5One'/.test(e)));
  assert.deepEqual(errorsOf(form3Sample.replace('aff10b5One', '')), []);
});

test('a draft without a documentType is held to Form 4, as the checker reads it', () => {
  assert.ok(errorsOf(sample.replace('documentType: 4\n', '')).some((e) => /must have required property 'documentType'/.test(e)));
  assert.ok(
    errorsOf(sample.replace('documentType: 4\n', 'documentType: 6\n')).some((e) =>
      /documentType must be equal to one of the allowed values/.test(e),
    ),
  );
});
