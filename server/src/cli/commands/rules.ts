import { catalogue } from '../../engine/index';
import type { CliRequest } from '../args';
import { exitCodes, type CliIO } from '../io';

type RulesRequest = Extract<CliRequest, { command: 'rules' }>;

export function runRules(request: RulesRequest, io: CliIO): number {
  if (request.format === 'json') {
    io.out(JSON.stringify(catalogue.map(({ id, category, severity, summary, sources }) => ({ id, category, severity, summary, sources })), null, 2) + '\n');
  } else {
    const width = Math.max(...catalogue.map((r) => r.id.length));
    for (const rule of catalogue) io.out(`${rule.id.padEnd(width)}  ${rule.severity.padEnd(11)}  ${rule.summary}\n`);
  }
  return exitCodes.ok;
}
