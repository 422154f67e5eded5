/**
 * Hand-written explanations of the error- and warning-level findings on the real corpus, kept apart from the generated
 * report so regenerating it never loses them. Every error or warning on a real filing must have a note here saying why
 * the filing really is wrong (a false positive is fixed in the rule instead); the report test fails on a finding
 * without a note and on a note whose finding is gone.
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
    rule: 'document/amendment-new-transaction',
    file: 'N_4A_2016-11-07_1341439_0000899243-16-033520.xml',
    line: 90,
    note:
      'The 4/A says the Form 4 it amends was filed on 2016-09-27, but its period of report and its only ' +
      'transaction are 2016-11-07 (the day the Oracle merger closed, footnote F1), and it is signed 2016-11-15. ' +
      'A Form 4 filed in September cannot have reported a November transaction: either box 4 names the wrong ' +
      'filing date, or this row is a new transaction that needed its own Form 4 rather than an amendment. (Until ' +
      'this rule, document/amendment-dates reported the same cause on box 4, line 10.)',
  },
  {
    rule: 'price/outside-weighted-average-range',
    file: 'WVE_2025-12-08_1657765.xml',
    line: 340,
    note:
      'Table I row 9 sells shares on 2025-12-09 at a reported weighted-average price of $20.25, but footnote F6, which ' +
      'its price cites, says the sale prices of the transactions reported ranged from $20.00 to $20.22 per share. An ' +
      'average cannot exceed the highest price it averages, so the price or the range is mistyped (row 11, which cites ' +
      'the same footnote for its own sales that day, reports $20.025, inside the range).',
  },
];

/**
 * Warnings, explained the same way: every warning on a real filing has a note here (a rule that cries wolf is fixed
 * instead), except those of the rule families that rules-report.test.ts still exempts (price/*, rule10b5-1/*, read in
 * work of their own). Matched like the errors; a note whose warning is gone fails the test.
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
    rule: 'code/direction',
    file: 'SNOW_2022-12-13_1402349.xml',
    line: 426,
    note:
      'Table II row 1 exercises 200,000 stock options (right to buy) at $8.88 (code M), and Table I row 1 receives ' +
      '200,000 shares of Class A common stock at $8.88 with code M the same day: the options are given up, so the ' +
      'Table II row should say D (disposed of), not A. As filed it reads as 200,000 options acquired.',
  },
  {
    rule: 'derivative/unpaired-exercise',
    file: 'CMN_2006-10-18_1244403_0000019446-06-000081.xml',
    line: 50,
    note:
      'An original Form 4 (not an amendment) whose only row exercises 1,125 options at $9.97 (code M) on 2006-10-18, ' +
      'two weeks before they expired: Table I is missing altogether, so the 1,125 shares of common stock received, ' +
      'and the holdings after them, are not reported. There are no footnotes or remarks that say where they went.',
  },
  {
    rule: 'date/deadline',
    file: 'BETR_2024-12-09_1065521.xml',
    line: 210,
    note:
      'Table I row 1 and Table II row 1 report the conversion (C) of 628,553 Class B shares into Class A common ' +
      'stock on 2024-12-09, due by 2024-12-11, but all eight reporting owners (SoftBank Group and its funds) signed ' +
      'on 2025-03-07, nearly three months later, and neither row is marked late. A conversion is exempt from ' +
      'short-swing liability (Rule 16b-6(b)) but not from Form 4 reporting: both rows should be marked L ' +
      '(transactionTimeliness), and the late filing is disclosed by the issuer.',
  },
  {
    rule: 'date/deadline',
    file: 'PMN_2025-07-25_2089163.xml',
    line: 49,
    note:
      'Table I rows 1 to 3 report the 697,674 common shares received on each of the exercises (X) of the Tranche A, ' +
      'B and C warrants on 2025-07-25, and Table II rows 1 to 3 those exercises, all due by 2025-07-29; Table II row 4 ' +
      "the purchase (P) of a new warrant for 3,139,533 common shares on 2025-07-29, due by 2025-07-31. The trust's " +
      'trustee signed on 2025-09-30, two months later, and no row is marked late. Warrant exercises and a purchase ' +
      'are not deferrable to Form 5: the seven rows should be marked L (transactionTimeliness), and the issuer ' +
      'discloses the late filing.',
  },
  {
    rule: 'price/weighted-average-range',
    file: 'MU_4A_2018-02-14_1323015_0000723125-18-000025.xml',
    line: 83,
    note:
      'Footnote F2 reports the sale at a weighted-average price and gives the range ($43.39 to $43.57), but neither ' +
      'it nor the other footnote (F1, on the amendment) nor the remarks (empty) undertake to provide the number of ' +
      'shares sold at each price. That undertaking is one of the four conditions of the June 25, 2008 no-action ' +
      'letter that lets several sales at different prices share one line.',
  },
  {
    rule: 'price/weighted-average-range',
    file: 'MVIS_2026-06-08_1865433.xml',
    line: 331,
    note:
      'Footnote F3 reports the F row (77,905 shares) at $0.3621, the weighted average of sales "by the Issuer in ' +
      'multiple transactions at prices ranging from $0.3509 to $0.3779", but no footnote and no remark undertakes to ' +
      'provide the number of shares sold at each price, which the 2008 relief requires of a line that aggregates ' +
      'trades at different prices.',
  },
  {
    rule: 'price/weighted-average-range',
    file: 'NMM_2026-03-27_1310495_0001193125-26-135314.xml',
    line: 204,
    note:
      'Footnote F2 gives one range per day. The row of March 27, 2026 (1,255 units at $65.7794) aggregates purchases ' +
      'from $65.04 to $66.84, $1.80 apart. The June 25, 2008 no-action letter covers on one line only the transactions ' +
      '"that occur within a one dollar price range" (the letter\'s first condition; law-firm summaries give the example ' +
      'of $14.01 through $15.00 on one line, $15.01 through $16.00 on the next), so that day needed two lines. The ' +
      'ranges of March 30 ($0.87) and March 31 ($0.95) are within $1; the footnote gives the undertaking.',
  },
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
  // ---- Forms 3 and 5 ----
  ...(
    [
      ['MSFT_2013-07-22_1580378_0001183681-13-000040.xml', 'Anthony Bates (EVP, Business Development and Evangelism)'],
      ['MSFT_2013-07-22_1582737_0001183681-13-000042.xml', 'Tami Reller (EVP, Marketing)'],
    ] as const
  ).map(([file, who]) => ({
    rule: 'date/form3-deadline',
    file,
    line: 8,
    note:
      `The Form 3 of ${who} gives 2013-07-22 as the date of the event (box 2) and is signed 2013-08-02. Ten days ` +
      'after the event is Thursday 2013-08-01, a business day, so the statement was due then and was filed one day ' +
      'late. Microsoft registered its stock under Section 12 decades earlier, so the IPO deadline does not apply.',
  })),
  {
    rule: 'date/form5-deadline',
    file: 'FTNT_2023-12-31_1302110_0001302110-26-000026.xml',
    line: 8,
    note:
      "Box 3 is Fortinet's fiscal year end, 2023-12-31 (the remarks confirm the holdings are as of that day). The " +
      'Form 5 was due 45 days later, on 2024-02-14, and is signed 2026-06-12: more than two years late. Its accession ' +
      'number (0001302110-26-...) shows it was filed in 2026.',
  },
  {
    rule: 'code/form4-item-on-form5',
    file: 'FTNT_2023-12-31_1302110_0001302110-26-000026.xml',
    line: 56,
    note:
      'Table I row 1 is an open-market purchase (P) of 143 shares on 2023-12-15, coded transactionFormType 5 with ' +
      'timeliness L. A purchase has been a Form 4 item since August 2002 (due 2023-12-19), never a Form 5 one: ' +
      'reported late on a Form 5 it is a late Form 4 item, transactionFormType 4 (rendered "P4"), and ' +
      'form4TransactionsReported would then be 1, not the 0 the filing gives.',
  },
  {
    rule: 'code/form4-item-on-form5',
    file: 'MSFT_5A_2004-06-30_1116726_0001193123-04-000004.xml',
    line: 53,
    note:
      'Table I row 1 is 424 shares delivered to Microsoft on 2003-07-31 to pay withholding tax (F, exempt under ' +
      'Rule 16b-3(e)), coded transactionFormType 5. Since August 2002 Rule 16a-3(g)(1) requires such a disposition ' +
      'on Form 4 within two business days (by 2003-08-04): on this Form 5/A it is a late Form 4 item, form type 4.',
  },
];
