import { catalogue } from '../../engine/index';
import type { CliRequest } from '../args';
import { exitCodes, type CliIO } from '../io';

type RulesRequest = Extract<CliRequest, { command: 'rules' }>;

export function runRules(request: RulesRequest, io: CliIO): number {
  if (request.format === 'json') {
    io.out(
      JSON.stringify(
        catalogue.map(({ id, category, severity, forms, summary, sources }) => ({ id, category, severity, forms, summary, sources })),
        null,
        2,
      ) + '\n',
    );
  } else {
    const width = Math.max(...catalogue.map((r) => r.id.length));
    const forms = catalogue.map((r) => r.forms.join(','));
    const formsWidth = Math.max(...forms.map((f) => f.length));
    catalogue.forEach((rule, i) =>
      io.out(`${rule.id.padEnd(width)}  ${rule.severity.padEnd(11)}  ${forms[i].padEnd(formsWidth)}  ${rule.summary}\n`),
    );
  }
  return exitCodes.ok;
}
