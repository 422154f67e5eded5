import { analyze, type AnalyzedDocument } from '../../engine/index';
import { UnreadableInput } from '../boundedRead';
import { formatOfInput, readInputText } from '../inputs';
import { FileError, type CliIO } from '../io';

/**
 * Reads the one input of convert and render (`path` from `resolveInput`, `name` as the user gave it); an input that
 * cannot be read, or that is neither XML nor a YAML draft, is refused with exit 2.
 */
export function readInput(path: string, name: string, io: CliIO): AnalyzedDocument {
  let text: string;
  try {
    text = readInputText(path, io);
  } catch (error) {
    if (error instanceof UnreadableInput) throw new FileError(`cannot read ${name}: ${error.message}`);
    throw error;
  }
  const format = formatOfInput(path, text);
  if (!format) throw new FileError(`${name}: neither XML nor a YAML draft (*.form4.yaml)`);
  return analyze(text, format);
}
