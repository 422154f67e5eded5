import { check, render } from '../../engine/index';
import type { CliRequest } from '../args';
import { exitCodes, type CliIO } from '../io';
import { formatText } from '../output/text';
import { sha256Base64 } from '../sha256';
import { resolveInput } from '../inputs';
import { readInput } from './readInput';
import { writeOutput } from './writeOutput';

type RenderRequest = Extract<CliRequest, { command: 'render' }>;

/** The form as a standalone HTML page, problem cells marked; an existing OUT is replaced only with --force. */
export function runRender(request: RenderRequest, io: CliIO): number {
  const input = resolveInput(io.cwd, request.file);
  const doc = readInput(input, request.file, io);
  const findings = check(doc);
  const html = render(doc, { findings, standalone: true, sha256Base64 });
  if (html === undefined) {
    io.err(formatText([{ file: request.file, lines: doc.lines, findings: doc.readFindings }]));
    io.err(`form4: ${request.file}: not an ownership document, nothing to render\n`);
    return exitCodes.usage;
  }
  writeOutput(io, html, { output: request.output, force: request.force, input });
  return exitCodes.ok;
}
