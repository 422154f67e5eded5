import { buildHistory, historyTables, type OwnerTable } from '../../engine/index';
import type { CliRequest } from '../args';
import { exitCodes, type CliIO } from '../io';
import { readDocuments, tell } from './readDocuments';
import { formatHistoryCsv, formatHistoryJson, formatHistoryText } from '../output/history';

type HistoryRequest = Extract<CliRequest, { command: 'history' }>;

/** `form4 history`: each multi-filing owner's holdings, filing by filing, breaks marked. */
export function runHistory(request: HistoryRequest, io: CliIO): number {
  const { documents, execution } = readDocuments(request.paths, io);
  execution.forEach((notice) => tell(io, notice));
  const history = buildHistory(documents.map(({ name, doc }) => ({ id: name, doc })));
  const tables: OwnerTable[] = historyTables(history);
  const format = { text: formatHistoryText, json: formatHistoryJson, csv: formatHistoryCsv }[request.format];
  io.out(format(tables));
  if (request.format === 'text') {
    const owners = tables.length === 1 ? '1 owner' : `${tables.length} owners`;
    const breaks = tables.reduce((n, t) => n + t.breaks, 0);
    io.err(
      `${owners} with more than one filing, ${breaks === 1 ? '1 break' : `${breaks} breaks`}; ${history.skipped.length} files not in the history\n`,
    );
  }
  if (execution.some((notice) => notice.level === 'error')) return exitCodes.usage;
  return tables.some((t) => t.breaks > 0) ? exitCodes.findingsErrors : exitCodes.ok;
}
