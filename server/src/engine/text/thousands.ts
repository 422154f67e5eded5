/**
 * Numbers as messages write them, with thousands separators ("12,500"). Written by hand rather than with
 * `toLocaleString('en-US')`: that call's first use in a process loads the locale's number formats (about 24 ms, on the
 * way to a document's first summary finding), and the digits are then not the host's locale data's to decide.
 */

/**
 * "1234567" -> "1,234,567", in one pass. (The usual lookahead regex rescans the rest of the digits at every position:
 * quadratic, seconds for the 40,000-digit amounts a fuzzer, or a paste gone wrong, produces.)
 */
export function withThousandsSeparators(digits: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += ',' + digits.slice(i, i + 3);
  return out;
}

/** A count or size for a message: 1234567 -> "1,234,567" (a fraction, if any, is kept as it is: 1234.5 -> "1,234.5"). */
export function grouped(n: number): string {
  const text = String(Math.abs(n));
  if (!/^\d+(?:\.\d+)?$/.test(text)) return String(n); // Infinity, NaN, 1e+21 and beyond: as JavaScript writes them
  const point = text.indexOf('.');
  const whole = withThousandsSeparators(point < 0 ? text : text.slice(0, point));
  return `${n < 0 ? '-' : ''}${whole}${point < 0 ? '' : text.slice(point)}`;
}
