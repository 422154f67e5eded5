import { analyze, type AnalyzedDocument, type DecodedDocument } from '../../engine/index';
import { UnreadableInput } from '../boundedRead';
import { formatOfInput, readInputText } from '../inputs';
import { FileError, type CliIO } from '../io';

/**
 * Reads the one input of convert and render (`path` from `resolveInput`, `name` as the user gave it); an input that
 * cannot be read, or that is neither XML nor a YAML draft, is refused with exit 2.
 */
export function readInput(path: string, name: string, io: CliIO): AnalyzedDocument {
  let decoded: DecodedDocument;
  try {
    decoded = readInputText(path, io);
  } catch (error) {
    if (error instanceof UnreadableInput) throw new FileError(`cannot read ${name}: ${error.message}`);
    throw error;
  }
  const format = formatOfInput(path, decoded.text);
  if (!format) throw new FileError(`${name}: neither XML nor a YAML draft (*.form4.yaml)`);
  return analyze(decoded, format);
}
