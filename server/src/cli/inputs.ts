/** The inputs a command names: files by path, and standard input as `-`. */
import { isUtf8 } from 'node:buffer';
import { resolve } from 'node:path';
import { decodeDocument, detectFormat, type DecodedDocument, type SourceFormat, type Utf8Decoder } from '../engine/index';
import { readRegularFile, readStandardInput } from './boundedRead';
import { standardInputName, type CliIO } from './io';

export function isStandardInput(path: string): boolean {
  return path === standardInputName;
}

/** The input's absolute path, or `-` itself for standard input. */
export function resolveInput(cwd: string, path: string): string {
  return isStandardInput(path) ? path : resolve(cwd, path);
}

/**
 * The text of a path resolved by `resolveInput`, read within the input cap (boundedRead.ts) and decoded by the
 * engine (a byte-order mark, the XML declaration's encoding, a finding for every byte that is not a character).
 */
export function readInputText(path: string, io: Pick<CliIO, 'readStdin'>): DecodedDocument {
  const bytes = isStandardInput(path) ? readStandardInput(io.readStdin) : readRegularFile(path);
  return decodeDocument(bytes, nodeUtf8);
}

/**
 * Node's own UTF-8 validation (simdutf, as strict as the engine's: no overlong form, surrogate or code point above
 * U+10FFFF) and decoding, many times faster than the engine's; bytes it refuses the engine decodes itself.
 */
export const nodeUtf8: Utf8Decoder = (bytes) => {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return isUtf8(buffer) ? buffer.toString('utf8') : undefined;
};

/**
 * XML or YAML by the file's name, else by its content. Standard input is named by `stdinFilename` when given; without
 * one, what does not look like XML is read as a YAML draft, since the user named it as a document to read.
 */
export function formatOfInput(path: string, text: string, stdinFilename?: string): SourceFormat | undefined {
  if (isStandardInput(path)) return detectFormat(stdinFilename ?? '', text) ?? 'yaml';
  return detectFormat(path, text);
}
