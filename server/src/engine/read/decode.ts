/**
 * A document's bytes -> its text, the one place that decides an encoding (the command line reads files through it;
 * the editor hands the server text its host has decoded already).
 *
 * A byte-order mark decides first (UTF-8, UTF-16 little- or big-endian), then the XML declaration's `encoding`, for
 * the encodings EDGAR accepts: US-ASCII, ISO-8859-1 and UTF-8 (the default). Any other declared encoding is refused
 * with a finding, and so is every byte that is not a character of the encoding, at its place in the text: nothing
 * becomes U+FFFD in silence. Where a finding says the text is not exact, it holds U+FFFD (one per bad sequence), so
 * that offsets after it stay right.
 *
 * Hand-written over a Uint8Array, since the engine has no host's TextDecoder (nor any Node type).
 */
import type { Finding } from '../findings';

export type DocumentEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'US-ASCII' | 'ISO-8859-1';

export interface DecodedDocument {
  /** The text, a leading byte-order mark kept as U+FEFF (as the readers expect it). */
  readonly text: string;
  readonly encoding: DocumentEncoding;
  /**
   * `input/encoding` errors (an encoding refused, bytes that are not characters of it) and the warning that UTF-16
   * is not for EDGAR. No error when the text is exact.
   */
  readonly findings: Finding[];
}

/** How many bad sequences are reported one by one; the rest are summed up in one more finding. */
const MAX_FINDINGS = 100;

/** The names an XML declaration may give the encodings EDGAR accepts (compared without case, as XML says). */
const acceptedNames: ReadonlyMap<string, DocumentEncoding> = new Map([
  ['utf-8', 'UTF-8'],
  ['utf8', 'UTF-8'],
  ['us-ascii', 'US-ASCII'],
  ['ascii', 'US-ASCII'],
  ['iso-8859-1', 'ISO-8859-1'],
  ['iso_8859-1', 'ISO-8859-1'],
  ['latin1', 'ISO-8859-1'],
  ['l1', 'ISO-8859-1'],
]);

/**
 * A host's own UTF-8 decoding (Node's `isUtf8` and Buffer, a fatal TextDecoder), many times faster than ours: the text
 * of `bytes` when they are well-formed UTF-8 (no overlong form, no surrogate, nothing above U+10FFFF), else
 * `undefined`, and then they are decoded here, with a finding for every bad sequence. It must never replace a byte: a
 * host that cannot validate as strictly returns `undefined`.
 */
export type Utf8Decoder = (bytes: Uint8Array) => string | undefined;

export function decodeDocument(bytes: Uint8Array, hostUtf8?: Utf8Decoder): DecodedDocument {
  const out = new Decoding(bytes, hostUtf8);
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return out.utf8(3, '\ufeff').withDeclared('UTF-8');
  if (b0 === 0xff && b1 === 0xfe) return notForEdgar(out.utf16(2, true).withDeclared('UTF-16LE'));
  if (b0 === 0xfe && b1 === 0xff) return notForEdgar(out.utf16(2, false).withDeclared('UTF-16BE'));
  // No mark: UTF-16 still shows in the first '<' (XML 1.0, appendix F).
  if (b0 === 0x3c && b1 === 0x00 && bytes[2] === 0x3f && bytes[3] === 0x00) return notForEdgar(out.utf16(0, true).withDeclared('UTF-16LE'));
  if (b0 === 0x00 && b1 === 0x3c && bytes[2] === 0x00 && bytes[3] === 0x3f)
    return notForEdgar(out.utf16(0, false).withDeclared('UTF-16BE'));
  const declared = declaredEncoding(bytes);
  if (declared === undefined) return out.utf8(0, '').result('UTF-8');
  const encoding = acceptedNames.get(declared.name.toLowerCase());
  if (encoding === 'US-ASCII') return out.ascii().result(encoding);
  if (encoding === 'ISO-8859-1') return out.latin1().result(encoding);
  if (encoding === 'UTF-8') return out.utf8(0, '').result(encoding);
  // Refused, or UTF-16 declared over bytes that are not UTF-16: read as UTF-8 so the rest can still be checked.
  const decoded = out.utf8(0, '').result('UTF-8');
  const message =
    declared.name.toLowerCase() !== 'utf-16'
      ? `The encoding '${declared.name}' is not one EDGAR accepts: save the file as UTF-8 (or US-ASCII or ISO-8859-1) and declare that; it was read as UTF-8.`
      : `The declaration says '${declared.name}', but the file has no UTF-16 byte-order mark and is not UTF-16: declare encoding="UTF-8".`;
  return {
    ...decoded,
    findings: [{ rule: 'input/encoding', severity: 'error', message, span: declared.span }, ...decoded.findings],
  };
}

/** UTF-16 is read exactly, but EDGAR takes only the ASCII-compatible encodings: a warning on the first line. */
function notForEdgar(decoded: DecodedDocument): DecodedDocument {
  const lineEnd = decoded.text.search(/[\r\n]/);
  const warning: Finding = {
    rule: 'input/encoding',
    severity: 'warning',
    message: `The file is ${decoded.encoding === 'UTF-16LE' ? 'UTF-16 (little-endian)' : 'UTF-16 (big-endian)'}; it reads exactly, but EDGAR accepts UTF-8, US-ASCII or ISO-8859-1: save it as UTF-8 before filing.`,
    span: { start: 0, end: lineEnd < 0 ? decoded.text.length : lineEnd },
  };
  return { ...decoded, findings: [warning, ...decoded.findings] };
}

/** The value of the XML declaration's `encoding` pseudo-attribute, read from ASCII-compatible bytes. */
function declaredEncoding(bytes: Uint8Array): { name: string; span: { start: number; end: number } } | undefined {
  if (!(bytes[0] === 0x3c && bytes[1] === 0x3f && bytes[2] === 0x78 && bytes[3] === 0x6d && bytes[4] === 0x6c)) return undefined;
  let head = '';
  for (let i = 0; i < bytes.length && i < 512; i++) {
    const b = bytes[i];
    if (b >= 0x80) break;
    head += String.fromCharCode(b);
    if (b === 0x3e) break;
  }
  // Only ASCII comes before the name, so offsets in the head are byte offsets and text offsets alike.
  return encodingDeclaredIn(head);
}

/** The `encoding` of the XML declaration that starts `text` (after a byte-order mark), with the span of its name. */
function encodingDeclaredIn(text: string): { name: string; span: { start: number; end: number } } | undefined {
  const m = /^\ufeff?<\?xml[ \t\r\n][^>]*?\bencoding[ \t\r\n]*=[ \t\r\n]*(["'])([^"'<>?]*)\1/.exec(text.slice(0, 512));
  if (!m) return undefined;
  const start = m.index + m[0].length - 1 - m[2].length;
  return { name: m[2], span: { start, end: start + m[2].length } };
}

/**
 * For a text its host decoded (the editor's): a declared ISO-8859-1 or US-ASCII over text holding U+FFFD means the
 * host read the file in another encoding (UTF-8, most likely) and replaced what it could not read, since no byte of
 * those encodings reads as U+FFFD. Reported on the first one; empty otherwise.
 */
export function misdecodedFindings(text: string): Finding[] {
  const declared = encodingDeclaredIn(text);
  const encoding = declared && acceptedNames.get(declared.name.toLowerCase());
  if (encoding !== 'ISO-8859-1' && encoding !== 'US-ASCII') return [];
  const at = text.indexOf('\ufffd');
  if (at < 0) return [];
  return [
    {
      rule: 'input/encoding',
      severity: 'error',
      message: `This file declares ${declared?.name} but was read in another encoding (most likely UTF-8): the characters it could not read became U+FFFD, the first here. Reopen it with the encoding ${encoding}.`,
      span: { start: at, end: at + 1 },
    },
  ];
}

/** One decoding in progress: the text built in chunks, and a finding for each sequence that is not a character. */
class Decoding {
  private text = '';
  private readonly findings: Finding[] = [];
  private bad = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly hostUtf8: Utf8Decoder | undefined,
  ) {}

  result(encoding: DocumentEncoding): DecodedDocument {
    if (this.bad > MAX_FINDINGS) {
      const last = this.findings[this.findings.length - 1];
      this.findings.push({
        rule: 'input/encoding',
        severity: 'error',
        message: `${this.bad - MAX_FINDINGS} more byte sequences that are not ${encoding} follow; they are not reported one by one.`,
        span: last.span,
      });
    }
    return { text: this.text, encoding, findings: this.findings };
  }

  /** After a byte-order mark: the result, plus a finding if the declaration names another encoding. */
  withDeclared(encoding: DocumentEncoding): DecodedDocument {
    const decoded = this.result(encoding);
    const declared = encodingDeclaredIn(decoded.text);
    if (!declared) return decoded;
    const name = declared.name.toLowerCase();
    const utf16 = encoding !== 'UTF-8';
    const agrees = utf16 ? name === 'utf-16' || name === encoding.toLowerCase() : acceptedNames.get(name) === 'UTF-8';
    if (agrees) return decoded;
    const message = `The file starts with a ${utf16 ? 'UTF-16' : 'UTF-8'} byte-order mark but declares encoding '${declared.name}': declare encoding="${utf16 ? 'UTF-16' : 'UTF-8'}" (or save it as what it declares).`;
    return { ...decoded, findings: [{ rule: 'input/encoding', severity: 'error', message, span: declared.span }, ...decoded.findings] };
  }

  private invalid(byteOffset: number, length: number, what: string): void {
    const at = this.text.length;
    this.text += '\ufffd';
    if (++this.bad > MAX_FINDINGS) return;
    const hex = Array.from(this.bytes.subarray(byteOffset, byteOffset + length), (b) => b.toString(16).toUpperCase().padStart(2, '0'));
    this.findings.push({
      rule: 'input/encoding',
      severity: 'error',
      message: `The byte${length > 1 ? 's' : ''} ${hex.join(' ')} at byte ${byteOffset} ${length > 1 ? 'are' : 'is'} not ${what}; it reads as U+FFFD here. Save the file as UTF-8 (and declare the encoding it really has).`,
      span: { start: at, end: at + 1 },
    });
  }

  utf8(from: number, prefix: string): this {
    const bytes = this.bytes;
    const n = bytes.length;
    const hosted = this.hostUtf8?.(bytes.subarray(from));
    if (hosted !== undefined) {
      this.text = prefix + hosted;
      return this;
    }
    this.text = prefix;
    let units: number[] = [];
    const flush = () => {
      this.text += String.fromCharCode.apply(null, units);
      units = [];
    };
    let i = from;
    while (i < n) {
      const b = bytes[i];
      if (b < 0x80) {
        // A run of ASCII: the common case, taken a chunk at a time.
        let j = i + 1;
        while (j < n && bytes[j] < 0x80 && j - i < 8192) j++;
        if (units.length > 0) flush();
        this.text += String.fromCharCode.apply(null, bytes.subarray(i, j) as unknown as number[]);
        i = j;
        continue;
      }
      let need: number;
      let cp: number;
      let min: number;
      if (b >= 0xc2 && b <= 0xdf) [need, cp, min] = [1, b & 0x1f, 0x80];
      else if (b >= 0xe0 && b <= 0xef) [need, cp, min] = [2, b & 0x0f, 0x800];
      else if (b >= 0xf0 && b <= 0xf4) [need, cp, min] = [3, b & 0x07, 0x10000];
      else {
        flush();
        this.invalid(i, 1, 'UTF-8');
        i++;
        continue;
      }
      let k = 1;
      for (; k <= need && i + k < n && (bytes[i + k] & 0xc0) === 0x80; k++) cp = (cp << 6) | (bytes[i + k] & 0x3f);
      if (k <= need || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
        flush();
        // A truncated or overlong sequence, or a surrogate: the bytes up to where it went wrong are one bad sequence.
        this.invalid(i, Math.max(1, k <= need ? k : need + 1), 'UTF-8');
        i += Math.max(1, k <= need ? k : need + 1);
        continue;
      }
      if (cp >= 0x10000) units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
      else units.push(cp);
      if (units.length >= 8192) flush();
      i += need + 1;
    }
    flush();
    return this;
  }

  utf16(from: number, littleEndian: boolean): this {
    const bytes = this.bytes;
    const pairs = (bytes.length - from) >> 1;
    const units = new Array<number>(Math.min(pairs, 8192));
    this.text = from > 0 ? '\ufeff' : '';
    for (let p = 0; p < pairs; p += 8192) {
      const count = Math.min(8192, pairs - p);
      units.length = count;
      for (let q = 0; q < count; q++) {
        const i = from + 2 * (p + q);
        units[q] = littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
      }
      this.text += String.fromCharCode.apply(null, units);
    }
    if ((bytes.length - from) % 2 === 1) this.invalid(bytes.length - 1, 1, 'UTF-16 (a lone last byte)');
    return this;
  }

  latin1(): this {
    const bytes = this.bytes;
    for (let i = 0; i < bytes.length; i += 8192)
      this.text += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[]);
    return this;
  }

  ascii(): this {
    const bytes = this.bytes;
    let from = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] < 0x80 && i - from < 8192) continue;
      this.text += String.fromCharCode.apply(null, bytes.subarray(from, i) as unknown as number[]);
      if (i < bytes.length && bytes[i] >= 0x80) {
        this.invalid(i, 1, 'US-ASCII');
        from = i + 1;
      } else from = i;
    }
    return this;
  }
}
