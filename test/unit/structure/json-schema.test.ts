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
    committed,
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
    const amounts = at(committed, 'properties', table, 'items', 'properties', row, 'properties', 'transactionAmounts');
    return String(at(amounts, 'properties', 'transactionShares', 'description'));
  };
  assert.match(shares('nonDerivativeTable', 'nonDerivativeTransaction'), /^Table I, column 4: Amount\. The number of securities acquired/);
  assert.match(shares('derivativeTable', 'derivativeTransaction'), /^Table II, column 5: Number of .*\. The number of derivative/);
});

test('descriptions are the field documentation, with the allowed values no enumDescriptions list', () => {
  const periodOfReport = at(committed, 'properties', 'periodOfReport', 'description');
  assert.equal(
    periodOfReport,
    'Box 3: Date of Earliest Transaction. The earliest transaction date reported in Table I or Table II. ' +
      'EDGAR indexes the filing by this date. Allowed: a date, YYYY-MM-DD.',
  );
  const transaction = at(committed, 'properties', 'nonDerivativeTable', 'items', 'properties', 'nonDerivativeTransaction');
  const ownership = at(transaction, 'properties', 'ownershipNature', 'properties', 'directOrIndirectOwnership') as {
    description: string;
    anyOf: { enumDescriptions?: string[] }[];
  };
  assert.doesNotMatch(ownership.description, /Allowed:/);
  assert.deepEqual(ownership.anyOf[0].enumDescriptions, ['direct ownership', 'indirect ownership (say how in natureOfOwnership)']);
  assert.match(String(at(committed, 'properties', 'footnotes', 'description')), /cells and codings refer to them with `footnotes: \[F1\]`/);
});
