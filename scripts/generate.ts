// Writes every generated file from its source, or with --check says which committed ones are stale (exit 1):
//   npm run generate          after changing a rule, the structural schema, the layout or the preview's stylesheet
//   npm run generate:check    part of `npm test`, so CI fails on a stale file
// Each generated file is listed once below with the function that produces its text.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { previewStylesheet } from '../client/src/preview/previewStylesheet';
import { layoutCss } from '../server/src/engine/render/layout';
import { projectConfigSchema, rulesSchema } from '../server/src/engine/projectConfig';
import { catalogue } from '../server/src/engine/rules/catalogue';
import { renderRulesMarkdown } from '../server/src/engine/rules/markdown';
import { draftJsonSchema } from '../server/src/engine/structure/jsonSchema';

/** A file the repository commits that is written from the sources, never by hand. */
export type GeneratedFile = { readonly file: string; readonly generate: () => string };

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * package.json with its `form4.rules` setting's schema written from the catalogue (every rule id with its summary,
 * every severity described), so the settings editor completes what `.form4rc.json` does. Only that property is
 * generated; the rest of the manifest is read as it stands. Written as npm and Prettier write package.json.
 */
export function packageJsonWithRuleSettings(manifestText: string): string {
  const manifest = JSON.parse(manifestText) as { contributes: { configuration: { properties: Record<string, Record<string, unknown>> } } };
  const properties = manifest.contributes.configuration.properties;
  const { markdownDescription, scope } = properties['form4.rules'];
  properties['form4.rules'] = { ...rulesSchema(), default: {}, scope, markdownDescription };
  return JSON.stringify(manifest, null, 2) + '\n';
}

export const generatedFiles: readonly GeneratedFile[] = [
  { file: 'docs/rules.md', generate: () => renderRulesMarkdown(catalogue) },
  { file: 'schemas/form4-draft.schema.json', generate: () => JSON.stringify(draftJsonSchema(), null, 2) + '\n' },
  { file: 'schemas/form4rc.schema.json', generate: () => JSON.stringify(projectConfigSchema(), null, 2) + '\n' },
  { file: 'package.json', generate: () => packageJsonWithRuleSettings(readFileSync(join(repoRoot, 'package.json'), 'utf8')) },
  { file: 'media/preview.css', generate: () => previewStylesheet(layoutCss) },
];

function committed(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The generated files (paths relative to root) whose committed text differs from what their generator writes. */
export function staleFiles(files: readonly GeneratedFile[] = generatedFiles, root: string = repoRoot): string[] {
  return files.filter(({ file, generate }) => committed(join(root, file)) !== generate()).map(({ file }) => file);
}

function main(check: boolean): number {
  if (check) {
    const stale = staleFiles();
    for (const file of stale) console.error(`generate: ${file} is stale: run \`npm run generate\` and commit the result`);
    return stale.length > 0 ? 1 : 0;
  }
  for (const { file, generate } of generatedFiles) writeFileSync(join(repoRoot, file), generate());
  console.log(`generate: wrote ${generatedFiles.map(({ file }) => file).join(', ')}`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.includes('--check'));
