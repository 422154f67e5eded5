/**
 * The columns of Tables I and II with the paper form's numbers and headings. A group with several columns has a
 * heading over sub-columns (3: Code, V; 4: Amount, (A) or (D), Price...), as on the form.
 */
export interface Column {
  /** Stable name of the column, written on every cell as `data-col`. */
  readonly key: string;
  readonly heading: string;
  /** Amounts and prices are right-aligned. */
  readonly numeric?: boolean;
}

export interface ColumnGroup {
  readonly number: string;
  readonly heading: string;
  /** One column: the group heading is its heading. Several: each has a sub-heading. */
  readonly columns: readonly Column[];
}

const single = (number: string, key: string, heading: string, numeric = false): ColumnGroup => ({
  number,
  heading,
  columns: [{ key, heading, numeric }],
});

/** Table II's dates: when the derivative can be exercised and when it expires (Form 4's 6, Form 3's 2). */
function exerciseAndExpiration(number: string): ColumnGroup {
  return {
    number,
    heading: 'Date Exercisable and Expiration Date (Month/Day/Year)',
    columns: [
      { key: 'exercisable', heading: 'Date Exercisable' },
      { key: 'expiration', heading: 'Expiration Date' },
    ],
  };
}

/** Table II's underlying security: its title and the number of shares (Form 4's 7, Form 3's 3). */
function underlyingSecurities(number: string, heading: string): ColumnGroup {
  return {
    number,
    heading,
    columns: [
      { key: 'underlying-title', heading: 'Title' },
      { key: 'underlying-amount', heading: 'Amount or Number of Shares', numeric: true },
    ],
  };
}

export const tableIGroups: readonly ColumnGroup[] = [
  single('1', 'title', 'Title of Security (Instr. 3)'),
  single('2', 'date', 'Transaction Date (Month/Day/Year)'),
  single('2A', 'deemed', 'Deemed Execution Date, if any (Month/Day/Year)'),
  {
    number: '3',
    heading: 'Transaction Code (Instr. 8)',
    columns: [
      { key: 'code', heading: 'Code' },
      { key: 'v', heading: 'V' },
    ],
  },
  {
    number: '4',
    heading: 'Securities Acquired (A) or Disposed Of (D) (Instr. 3, 4 and 5)',
    columns: [
      { key: 'amount', heading: 'Amount', numeric: true },
      { key: 'acquired-disposed', heading: '(A) or (D)' },
      { key: 'price', heading: 'Price', numeric: true },
    ],
  },
  single('5', 'owned-following', 'Amount of Securities Beneficially Owned Following Reported Transaction(s) (Instr. 3 and 4)', true),
  single('6', 'ownership-form', 'Ownership Form: Direct (D) or Indirect (I) (Instr. 4)'),
  single('7', 'nature', 'Nature of Indirect Beneficial Ownership (Instr. 4)'),
];

export const tableIIGroups: readonly ColumnGroup[] = [
  single('1', 'title', 'Title of Derivative Security (Instr. 3)'),
  single('2', 'conversion-price', 'Conversion or Exercise Price of Derivative Security', true),
  single('3', 'date', 'Transaction Date (Month/Day/Year)'),
  single('3A', 'deemed', 'Deemed Execution Date, if any (Month/Day/Year)'),
  {
    number: '4',
    heading: 'Transaction Code (Instr. 8)',
    columns: [
      { key: 'code', heading: 'Code' },
      { key: 'v', heading: 'V' },
    ],
  },
  {
    number: '5',
    heading: 'Number of Derivative Securities Acquired (A) or Disposed of (D) (Instr. 3, 4 and 5)',
    columns: [
      { key: 'acquired', heading: '(A)', numeric: true },
      { key: 'disposed', heading: '(D)', numeric: true },
    ],
  },
  exerciseAndExpiration('6'),
  underlyingSecurities('7', 'Title and Amount of Underlying Securities (Instr. 3 and 4)'),
  single('8', 'price', 'Price of Derivative Security (Instr. 5)', true),
  single('9', 'owned-following', 'Number of derivative Securities Beneficially Owned Following Reported Transaction(s) (Instr. 4)', true),
  single('10', 'ownership-form', 'Ownership Form of Derivative Security: Direct (D) or Indirect (I) (Instr. 4)'),
  single('11', 'nature', 'Nature of Indirect Beneficial Ownership (Instr. 4)'),
];

/** `groups` with the group numbered `number` replaced: Form 5's columns are Form 4's with a few of their own. */
function replacing(groups: readonly ColumnGroup[], replacements: readonly ColumnGroup[]): ColumnGroup[] {
  return groups.map((g) => replacements.find((r) => r.number === g.number) ?? g);
}

/**
 * Form 3 holds no transactions: Table I has four columns, Table II six, as 3_X07.xsl draws them (the amount owned,
 * then ownership form and nature; the derivative's dates, underlying security and price, then ownership).
 */
export const form3TableIGroups: readonly ColumnGroup[] = [
  single('1', 'title', 'Title of Security (Instr. 4)'),
  single('2', 'owned-following', 'Amount of Securities Beneficially Owned (Instr. 4)', true),
  single('3', 'ownership-form', 'Ownership Form: Direct (D) or Indirect (I) (Instr. 5)'),
  single('4', 'nature', 'Nature of Indirect Beneficial Ownership (Instr. 5)'),
];

export const form3TableIIGroups: readonly ColumnGroup[] = [
  single('1', 'title', 'Title of Derivative Security (Instr. 4)'),
  exerciseAndExpiration('2'),
  underlyingSecurities('3', 'Title and Amount of Securities Underlying Derivative Security (Instr. 4)'),
  single('4', 'conversion-price', 'Conversion or Exercise Price of Derivative Security', true),
  single('5', 'ownership-form', 'Ownership Form of Derivative Security: Direct (D) or Indirect (I) (Instr. 5)'),
  single('6', 'nature', 'Nature of Indirect Beneficial Ownership (Instr. 5)'),
];

/**
 * Form 5: Form 4's columns, but one transaction code column that also says which form the item belongs to (the
 * `code-5` cell, see tables.ts), and amounts owned at the end of the issuer's fiscal year (5_X09.xsl).
 */
const form5Code = single('3', 'code-5', 'Transaction Code (Instr. 8)');

export const form5TableIGroups: readonly ColumnGroup[] = replacing(tableIGroups, [
  form5Code,
  single('5', 'owned-following', "Amount of Securities Beneficially Owned at end of Issuer's Fiscal Year (Instr. 3 and 4)", true),
]);

export const form5TableIIGroups: readonly ColumnGroup[] = replacing(tableIIGroups, [
  { ...form5Code, number: '4' },
  single('9', 'owned-following', "Number of Derivative Securities Beneficially Owned at End of Issuer's Fiscal Year (Instr. 4)", true),
]);

export function leafColumns(groups: readonly ColumnGroup[]): Column[] {
  return groups.flatMap((g) => g.columns);
}
