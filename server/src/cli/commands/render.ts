import { check, grouped, render, renderCuts, type PageCut } from '../../engine/index';
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
  for (const cut of renderCuts(doc)) io.err(cutNotice(request.file, cut));
  return exitCodes.ok;
}

/** Said beside the page, so a reader of the file is not the first to find that it is not the whole filing. */
function cutNotice(file: string, { part, drawn, total }: PageCut): string {
  const what = part === 'footnotes' ? 'footnotes' : `rows of Table ${part}`;
  return `form4: ${file}: the page draws the first ${grouped(drawn)} of ${grouped(total)} ${what}; the rest are checked but not drawn (form4 check lists their findings)
`;
}
