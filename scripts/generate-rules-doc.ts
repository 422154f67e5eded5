// Writes docs/rules.md from the rule catalogue. Run after changing a rule:
//   node --import tsx scripts/generate-rules-doc.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogue } from '../server/src/engine/rules/catalogue';
import { renderRulesMarkdown } from '../server/src/engine/rules/markdown';

const target = fileURLToPath(new URL('../docs/rules.md', import.meta.url));
writeFileSync(target, renderRulesMarkdown(catalogue));
console.log(`wrote ${target} (${catalogue.length} rules)`);
