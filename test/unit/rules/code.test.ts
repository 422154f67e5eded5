import { test } from 'node:test';
import { codeDirection } from '../../../server/src/engine/rules/code/direction';
import { explanationMissing } from '../../../server/src/engine/rules/code/explanation-missing';
import { codeTable } from '../../../server/src/engine/rules/code/table';
import { unknownCode } from '../../../server/src/engine/rules/code/unknown';
import { transaction } from '../../helpers/form4';
import { assertFires, assertQuiet, formats } from './harness';

for (const format of formats) {
  test(`[${format}] code/unknown: a letter not in the EDGAR list, on the code`, () => {
    assertFires(unknownCode, { rows: [transaction(), transaction({ code: '«Q»' })] }, format, {
      messages: ["Table I row 2 (03/12/2024 Q 100), column 3: Transaction code 'Q' is not in the EDGAR list"],
    });
  });

  test(`[${format}] code/unknown: V gets its own explanation`, () => {
    assertFires(unknownCode, { rows: [transaction({ code: '«V»' })] }, format, { messages: ['V is not an XML transaction code'] });
  });

  test(`[${format}] code/unknown: K points to equitySwapInvolved`, () => {
    assertFires(unknownCode, { rows: [transaction({ table: 'II', code: '«K»' })] }, format, {
      messages: ['Table II row 1 (03/12/2024 K 100), column 4: K (equity swap) is not in the EDGAR code list'],
    });
  });

  test(`[${format}] code/unknown: a lower-case code, with the fix`, () => {
    assertFires(unknownCode, { rows: [transaction({ code: '«s»' })] }, format, {
      messages: ["'s' must be a capital letter"],
      data: { expected: 'S' },
    });
  });

  test(`[${format}] code/unknown: near miss, every accepted code`, () => {
    const rows = 'ACDEFGHIJLMOPSUWXZ'.split('').map((code) => transaction({ code, codingFootnotes: ['F1'] }));
    assertQuiet(unknownCode, { rows: rows.slice(0, 18), footnotes: { F1: 'Explained.' } }, format);
  });

  test(`[${format}] code/direction: a sale marked acquired is an error, on the A/D code`, () => {
    assertFires(codeDirection, { rows: [transaction({ code: '‹S›', acquiredDisposed: '«A»' })] }, format, {
      messages: [
        'Table I row 1 (03/12/2024 S 100), column 4: code S (open-market or private sale) is a disposition, but the row says A: set acquired/disposed to D, or correct the code.',
      ],
      severity: 'error',
      data: { expected: 'D' },
    });
  });

  test(`[${format}] code/direction: P, L and A must be A; F, D, U, H must be D`, () => {
    for (const code of ['P', 'L', 'A']) {
      assertFires(codeDirection, { rows: [transaction({ code: `‹${code}›`, acquiredDisposed: '«D»' })] }, format, {
        severity: 'error',
        data: { expected: 'A' },
      });
    }
    for (const code of ['F', 'D', 'U']) {
      assertFires(codeDirection, { rows: [transaction({ code: `‹${code}›`, acquiredDisposed: '«A»' })] }, format, {
        severity: 'error',
        data: { expected: 'D' },
      });
    }
    assertFires(codeDirection, { rows: [transaction({ table: 'II', code: '‹H›', acquiredDisposed: '«A»' })] }, format, {
      severity: 'error',
      data: { expected: 'D' },
    });
  });

  test(`[${format}] code/direction: exercises are warnings, D in Table II and A in Table I`, () => {
    assertFires(codeDirection, { rows: [transaction({ table: 'II', code: '‹M›', acquiredDisposed: '«A»' })] }, format, {
      messages: ['in Table II normally gives up the derivative, but the row says A: set acquired/disposed to D'],
      severity: 'warning',
      data: { expected: 'D' },
    });
    assertFires(codeDirection, { rows: [transaction({ code: '‹X›', acquiredDisposed: '«D»' })] }, format, {
      severity: 'warning',
      data: { expected: 'A' },
    });
  });

  test(`[${format}] code/direction: the one finding for a wrong code that the amounts owned confirm`, () => {
    /** A purchase leaving 60,000, then `second`. */
    const afterPurchase = (second: Parameters<typeof transaction>[0]) => ({
      rows: [transaction({ code: 'P', acquiredDisposed: 'A', shares: '10000', owned: '60000' }), transaction(second)],
    });
    // The sale coded A leaves 60,000 - 3,200: the amounts agree with D, so this is the only finding for the row.
    assertFires(codeDirection, afterPurchase({ code: '‹S›', acquiredDisposed: '«A»', shares: '3200', owned: '56800' }), format, {
      messages: [
        'Table I row 2 (03/12/2024 S 3,200), column 4: code S (open-market or private sale) is a disposition, but the row says A: set acquired/disposed to D, or correct the code. The amounts owned agree: 60,000 - 3,200 disposed of = 56,800.',
      ],
      severity: 'error',
      data: { expected: 'D' },
    });
    // An exercise coded D in Table I is only a warning, unless the amounts owned confirm it: then an error.
    assertFires(codeDirection, afterPurchase({ code: '‹M›', acquiredDisposed: '«D»', shares: '500', owned: '60500' }), format, {
      messages: ['The amounts owned agree: 60,000 + 500 acquired = 60,500.'],
      severity: 'error',
    });
  });

  test(`[${format}] code/direction: units converted inside Table I give up the units (D) only when the pair matches`, () => {
    const units = (shares: string, acquiredDisposed = 'D', code = 'C') =>
      transaction({ title: 'Class C Google Stock Units', code, acquiredDisposed, shares, price: '0', owned: '400' });
    const stock = (shares = '100', code = 'C') =>
      transaction({ title: 'Class C Capital Stock', code, acquiredDisposed: 'A', shares, price: '0', owned: '1000' });
    // The Alphabet pattern (C), and units settled under Rule 16b-3 (M): the row giving up the units is right.
    assertQuiet(codeDirection, { rows: [units('100'), stock()] }, format);
    assertQuiet(codeDirection, { rows: [units('100', 'D', 'M'), stock('100', 'M')] }, format);
    // Another share count, another code, or the same title on both rows: no conversion, the D is flagged.
    assertFires(codeDirection, { rows: [units('90', '«D»', '‹C›'), stock()] }, format, {
      messages: [
        'Table I row 1 (03/12/2024 C 90), column 4: code C (conversion of a derivative security) in Table I normally receives the underlying shares',
      ],
      severity: 'warning',
    });
    assertFires(codeDirection, { rows: [units('100', '«D»', '‹C›'), stock('100', 'M')] }, format, { severity: 'warning' });
    assertFires(
      codeDirection,
      {
        rows: [
          transaction({ code: '‹C›', acquiredDisposed: '«D»', price: '0' }),
          transaction({ code: 'C', acquiredDisposed: 'A', price: '0' }),
        ],
      },
      format,
      { severity: 'warning' },
    );
  });

  test(`[${format}] code/direction: near misses (right directions; codes that go either way)`, () => {
    assertQuiet(
      codeDirection,
      {
        rows: [
          transaction({ code: 'P', acquiredDisposed: 'A' }),
          transaction({ code: 'S', acquiredDisposed: 'D' }),
          transaction({ code: 'M', acquiredDisposed: 'A' }),
          transaction({ code: 'G', acquiredDisposed: 'A' }),
          transaction({ code: 'G', acquiredDisposed: 'D' }),
          transaction({ table: 'II', code: 'C', acquiredDisposed: 'D' }),
          transaction({ table: 'II', code: 'A', acquiredDisposed: 'A' }),
        ],
      },
      format,
    );
  });

  test(`[${format}] code/table: E in Table I, on the code`, () => {
    assertFires(codeTable, { rows: [transaction({ code: '«E»' })] }, format, {
      messages: ['Table I row 1 (03/12/2024 E 100), column 3: code E (expiration of a short derivative position) belongs in Table II'],
      severity: 'warning',
    });
  });

  test(`[${format}] code/table: near miss, H and E in Table II`, () => {
    assertQuiet(codeTable, { rows: [transaction({ table: 'II', code: 'H' }), transaction({ table: 'II', code: 'E' })] }, format);
  });

  test(`[${format}] code/explanation-missing: J without footnote or remark, on the code`, () => {
    assertFires(explanationMissing, { rows: [transaction({ code: '«J»' })], remarks: 'Exhibit 24: power of attorney.' }, format, {
      messages: ['Table I row 1 (03/12/2024 J 100), column 3: code J (other acquisition or disposition) needs a footnote'],
    });
  });

  test(`[${format}] code/explanation-missing: near misses, a footnote anywhere on the row or a remark naming code J`, () => {
    const footnotes = { F1: 'Transfer to a family trust for no consideration.' };
    assertQuiet(explanationMissing, { rows: [transaction({ code: 'J', codingFootnotes: ['F1'] })], footnotes }, format);
    assertQuiet(explanationMissing, { rows: [transaction({ code: 'J', shares: { value: '100', footnotes: ['F1'] } })], footnotes }, format);
    assertQuiet(
      explanationMissing,
      { rows: [transaction({ code: 'J' })], remarks: 'Code J: distribution by a partnership to its partners.' },
      format,
    );
  });
}
