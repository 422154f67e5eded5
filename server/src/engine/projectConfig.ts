/**
 * `.form4rc.json`, the project's configuration, read alike by the command line (from the disk) and the language
 * server (the editor's client reads the file and hands over its text): its JSON Schema, generated from the rule
 * catalogue (schemas/form4rc.schema.json, contributed to the editor with `jsonValidation`, so rule ids and severities
 * complete), and the one parser, which validates a text against that schema with ajv and names every problem by its
 * JSON pointer. The editor's `form4.rules` takes the same rule schema (package.json, written by scripts/generate.ts).
 *
 * Layering: a rule's severity is the catalogue's, then `.form4rc.json`'s (the nearest one up the tree from the
 * document), then the editor's `form4.rules` on top (on the command line, `--rule`).
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { catalogue } from './rules/catalogue';
import { parseRuleSetting, ruleSettings, type RuleSetting } from './rules/severity';

export const projectConfigFileName = '.form4rc.json';

/** What a rule setting means, for completion lists (the `enumDescriptions` of the settings editor too). */
export const ruleSettingDescriptions: Readonly<Record<RuleSetting, string>> = {
  off: 'Not checked: the rule reports nothing.',
  hint: 'Reported as a hint, the mildest level (the editor shows it faintly).',
  information: 'Reported as information.',
  warning: 'Reported as a warning.',
  error: 'Reported as an error: the filing should not be submitted as it is.',
};

/** The pattern of a rule id, for settings that name rules the catalogue may not know yet. */
export const ruleIdPattern = '^[a-z0-9-]+/[a-z0-9.-]+$';

/** The schema of one rule's setting: the settings in order, each described. */
function ruleSettingSchema(description?: string): Record<string, unknown> {
  return {
    type: 'string',
    // `info` is what people type for `information`; every adapter takes it (parseRuleSetting).
    enum: [...ruleSettings, 'info'],
    enumDescriptions: [...ruleSettings.map((s) => ruleSettingDescriptions[s]), 'The same as information.'],
    ...(description ? { description, markdownDescription: description } : {}),
  };
}

/**
 * The schema of a rules object (the `rules` of `.form4rc.json`, the editor's `form4.rules`): every rule of the
 * catalogue by id, with its summary and default severity; another id (a rule of a newer version, a typo the
 * adapters warn about) still takes a setting.
 */
export function rulesSchema(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const rule of catalogue) properties[rule.id] = ruleSettingSchema(`${rule.summary} (${rule.category}; by default: ${rule.severity})`);
  return {
    type: 'object',
    properties,
    propertyNames: { pattern: ruleIdPattern, patternErrorMessage: 'A rule id, such as `holdings/running-balance`.' },
    additionalProperties: ruleSettingSchema(),
  };
}

/** The JSON Schema of `.form4rc.json`. */
export function projectConfigSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'form4rc.schema.json',
    title: 'form4 project configuration (.form4rc.json)',
    description:
      'Read by the form4 command line and the Form 4 editor extension for the documents under its folder (the nearest file up the tree applies). The editor setting form4.rules is layered on top.',
    type: 'object',
    properties: {
      $schema: { type: 'string', description: 'The schema this file follows.' },
      rules: {
        ...rulesSchema(),
        description: 'Severity overrides by rule id: off, hint, information, warning or error.',
      },
    },
    additionalProperties: false,
  };
}

/** One thing wrong with a configuration file: where (a JSON pointer, '' for the whole file) and what. */
export interface ConfigProblem {
  readonly pointer: string;
  readonly message: string;
}

export interface ProjectConfig {
  /** The rule settings; empty when the file has any problem (a bad file is reported, not half applied). */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly problems: readonly ConfigProblem[];
}

let validator: ValidateFunction | undefined;

function validate(): ValidateFunction {
  // `strict: false`: the schema carries the editor's keywords (enumDescriptions, markdownDescription, patternErrorMessage).
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(projectConfigSchema());
  return validator;
}

function describeError(error: ErrorObject): ConfigProblem {
  const params = error.params as { allowedValues?: unknown[]; additionalProperty?: string; propertyName?: string };
  if (params.allowedValues) return { pointer: error.instancePath, message: `must be one of ${params.allowedValues.join(', ')}` };
  if (params.additionalProperty)
    return { pointer: `${error.instancePath}/${params.additionalProperty}`, message: 'is not a setting of .form4rc.json (only "rules")' };
  if (error.keyword === 'pattern' && error.propertyName !== undefined)
    return { pointer: `${error.instancePath}/${error.propertyName}`, message: 'is not a rule id (category/name)' };
  return { pointer: error.instancePath, message: error.message ?? 'is not valid' };
}

/** Reads and validates the text of a `.form4rc.json`; never throws. */
export function parseProjectConfig(text: string): ProjectConfig {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { rules: {}, problems: [{ pointer: '', message: `not readable JSON (${(error as Error).message})` }] };
  }
  const check = validate();
  if (!check(parsed)) {
    // propertyNames errors come with a generic twin for the same name: say each place once.
    const problems = (check.errors ?? []).filter((e) => e.keyword !== 'propertyNames').map(describeError);
    const unique = problems.filter((p, i) => problems.findIndex((q) => q.pointer === p.pointer && q.message === p.message) === i);
    return { rules: {}, problems: unique };
  }
  const rules: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries((parsed as { rules?: Record<string, string> }).rules ?? {})) {
    const value = parseRuleSetting(setting);
    if (value) rules[id] = value;
  }
  return { rules, problems: [] };
}

/** A problem as one line, `/rules/date~1deadline: must be one of …`, after the file's path when given. */
export function formatConfigProblem(problem: ConfigProblem, path?: string): string {
  const where = [path, problem.pointer].filter((part) => part).join(': ');
  return where ? `${where}: ${problem.message}` : problem.message;
}
