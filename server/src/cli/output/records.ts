/** One checked file's part of the report, in the run's format: what a worker sends back and the writer places. */
import type { CheckSettings } from '../checkFile';
import { formatGithub } from './github';
import { jsonlRecord, jsonRecord } from './json';
import type { FileReport } from './report';
import { sarifResults } from './sarif';
import { formatText } from './text';

export function renderRecord(report: FileReport, settings: CheckSettings): string {
  switch (settings.format) {
    case 'json':
      return jsonRecord(report);
    case 'jsonl':
      return jsonlRecord(report);
    case 'sarif':
      return sarifResults(report, settings.cwd);
    case 'github':
      return formatGithub([report], []);
    case 'text':
      return formatText([report], settings.colour);
  }
}
