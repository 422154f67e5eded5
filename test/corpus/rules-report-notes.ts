/**
 * Hand-written explanations of the error-level findings on the real corpus, kept apart from the generated report so
 * regenerating it never loses them. Every error on a real filing must have a note here saying why the filing really
 * is wrong (a false positive is fixed in the rule instead); the report test fails on an error without a note and on
 * a note whose finding is gone.
 *
 * A note is matched by rule id, file name and line (the corpus files never change).
 */
export interface ExplainedFinding {
  readonly rule: string;
  readonly file: string;
  readonly line: number;
  readonly note: string;
}

export const explainedErrors: readonly ExplainedFinding[] = [
  {
    rule: 'holdings/running-balance',
    file: 'WVE_2025-12-08_1657765.xml',
    line: 349,
    note:
      'Table I row 9 sells "36.000" shares, which is 36 as a decimal: the filer typed a thousands separator as a ' +
      'decimal point. The 36,000 shares received on the same-day exercise (row 8) and the amount owned after ' +
      '(89,218 = 125,218 - 36,000) show 36,000 was meant. The amount owned is right; the transaction shares are wrong.',
  },
  {
    rule: 'document/period-of-report',
    file: 'NCV_2007-08-15_1240808_0001240812-07-000005.xml',
    line: 8,
    note:
      'The only transaction is dated 2007-08-17 (the day the form was signed), but box 3 (periodOfReport) says ' +
      '2007-08-15. Box 3 is the date of the earliest transaction, so one of the two dates is wrong.',
  },
  ...[456, 507, 558, 609, 660].map((line, i) => ({
    rule: 'code/direction',
    file: 'WVE_2025-12-08_1657765.xml',
    line,
    note:
      `Table II row ${i + 1} is an option exercise: it gives up options (D) on the day Table I receives ` +
      'the same number of ordinary shares with code M. The rows are coded A (grant or award) instead of M, so the ' +
      'code, not the D, is wrong.',
  })),
  ...(
    [
      ['DELL_2026-06-03_1735863_0001193125-26-260117.xml', 318],
      ['DELL_2026-06-03_1735863_0001193125-26-260117.xml', 358],
      ['DELL_2026-06-03_1735863_0001193125-26-260117.xml', 438],
      ['DELL_2026-06-09_1737659_0001193125-26-267826.xml', 200],
      ['DELL_2026-06-09_1737659_0001193125-26-267826.xml', 242],
    ] as const
  ).map(([file, line]) => ({
    rule: 'holdings/running-balance',
    file,
    line,
    note:
      'The amounts owned of one Silver Lake fund drift by one share from row to row (205 - 61 is reported as 143, ' +
      'then 143 - 23 as 121): the rows do not add up as filed. The distributions behind these sales leave ' +
      'fractional holdings, which the filer rounded row by row instead of carrying them; whole-share figures that ' +
      'roll forward, or the fractions themselves, would make the table consistent. Real, by one share each.',
  })),
  {
    rule: 'document/amendment-dates',
    file: 'N_4A_2016-11-07_1341439_0000899243-16-033520.xml',
    line: 10,
    note:
      'The 4/A says the Form 4 it amends was filed on 2016-09-27, but its period of report and its only ' +
      'transaction are 2016-11-07 (the day the Oracle merger closed, footnote F1). A Form 4 filed in September ' +
      'cannot have reported a November transaction: either box 4 names the wrong filing date, or this row is a ' +
      'new transaction that needed its own Form 4 rather than an amendment.',
  },
];

/**
 * Warnings that the report explains the same way, for the rules whose every warning on a real filing has been read
 * (a rule that cries wolf is fixed instead). Matched like the errors; a note whose warning is gone fails the test.
 */
export const explainedWarnings: readonly ExplainedFinding[] = [
  {
    rule: 'derivative/wrong-table',
    file: 'SCWO_2025-04-30_2064133.xml',
    line: 40,
    note:
      'The Table I row grants 757,756 "Common Stock (restricted stock units)" (code A), and its footnote F1 describes ' +
      'units that vest over four years: restricted stock units, a right to receive shares later, which is a ' +
      'derivative security for Table II. In Table I they count as common stock already owned.',
  },
  ...(
    [
      [257, 2, '150,000', 1],
      [312, 3, '118,800', 2],
    ] as const
  ).map(([line, row, units, received]) => ({
    rule: 'derivative/underlying-shares',
    file: 'MVIS_2026-06-08_1865433.xml',
    line,
    note:
      `Table II row ${row} gives up ${units} vested restricted stock units (M), but column 7 (amount of underlying ` +
      `shares) says 0. Footnote F6 on its conversion price says the units convert into common stock on a ` +
      `unit-for-share basis, and Table I row ${received} receives ${units} shares the same day: column 7 should read ${units}.`,
  })),
  {
    rule: 'rule10b5-1/adoption-date',
    file: 'ARWR_2025-12-19_1242615.xml',
    line: 39,
    note:
      'aff10b5One is 1, and footnote F1 on the three sales of 2025-12-19 says the shares "were sold pursuant to a 10b5-1 ' +
      'trading plan adopted by the Reporting Person in accordance with Rule 10b5-1", but never says when the plan was ' +
      'adopted. General Instruction 10 asks for the adoption date with a checked box; it is missing.',
  },
  {
    rule: 'rule10b5-1/adoption-date',
    file: 'IHT_2025-09-25_1055365_0001493152-25-015819.xml',
    line: 41,
    note:
      'aff10b5One is 1 on the sale of 12,500 shares of 2025-09-25 (held by spouse, with a deemed execution date of ' +
      '2025-09-26), but the form has no footnotes and no remarks at all: the adoption date General Instruction 10 ' +
      'asks for is not given anywhere.',
  },
  ...(
    [
      [
        'JPM_2026-05-14_1539649_0001225208-26-005409.xml',
        'two gifts to a grantor retained annuity trust (G) and a sale (S); its only footnote, F1, explains the GRAT ' +
          'transfer and its remarks only name the power-of-attorney exhibit (poapetno.txt)',
      ],
      [
        'JPM_2026-05-15_1473446_0001225208-26-005411.xml',
        'a sale of 6,648 shares on 2026-05-15; its footnotes are empty and its remarks only name the power-of-attorney ' +
          'exhibit (poaerdoes.txt)',
      ],
    ] as const
  ).map(([file, what]) => ({
    rule: 'rule10b5-1/adoption-date',
    file,
    line: 37,
    note:
      `aff10b5One is 1 on ${what}. No text says which trade was made under a Rule 10b5-1 plan or when the plan was ` +
      'adopted, which General Instruction 10 asks for with a checked box.',
  })),
  {
    rule: 'rule10b5-1/unchecked-plan',
    file: 'TSLA_2026-05-13_1771340_0001104659-26-062860.xml',
    line: 43,
    note:
      'Footnote F1 says "The transactions reported on this Form 4 were effected pursuant to a Rule 10b5-1 trading plan ' +
      'adopted by the reporting person on November 17, 2025", yet aff10b5One is 0. The plan was adopted after the ' +
      'amendments took effect (2023-02-27), so the checkbox applies to it: the box and the footnote contradict each ' +
      'other, and the box should be 1.',
  },
];
