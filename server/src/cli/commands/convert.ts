import { convert } from '../../engine/index';
import type { CliRequest } from '../args';
import { exitCodes, type CliIO } from '../io';
import { formatText } from '../output/text';
import { resolveInput } from '../inputs';
import { readInput } from './readInput';
import { writeOutput } from './writeOutput';

type ConvertRequest = Extract<CliRequest, { command: 'convert' }>;

/**
 * Converts any readable document, invalid values and unknown elements included; what is wrong with it is printed as
 * warnings so it can be fixed in the other format. Only input that cannot be read at all is refused (exit 2).
 * The owner's CCC is left out of a YAML draft, with a warning, unless --include-ccc; whatever else the other format
 * cannot hold is named in a warning too. XML that would not be well-formed is never written (exit 1).
 */
export function runConvert(request: ConvertRequest, io: CliIO): number {
  const input = resolveInput(io.cwd, request.file);
  const doc = readInput(input, request.file, io);
  const result = convert(doc, request.to, { includeCcc: request.includeCcc });
  io.err(formatText([{ file: request.file, lines: doc.lines, findings: result.findings }]));
  if (result.text === undefined) {
    if (result.findings.some((f) => f.rule === 'convert/not-well-formed')) {
      io.err(`form4: ${request.file}: the XML would not be well-formed, so nothing was written\n`);
      return exitCodes.findingsErrors;
    }
    const inexact = result.findings.some((f) => f.rule === 'input/encoding' && f.severity === 'error');
    io.err(
      inexact
        ? `form4: ${request.file}: some bytes are not characters of the file's encoding (see above), so nothing was converted\n`
        : `form4: ${request.file}: nothing could be read, so nothing was converted\n`,
    );
    return exitCodes.usage;
  }
  writeOutput(io, result.text, { output: request.output, force: request.force, input });
  return exitCodes.ok;
}
