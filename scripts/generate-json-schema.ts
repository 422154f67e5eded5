// Writes schemas/form4-draft.schema.json, the JSON Schema of the YAML draft format, from the structural schema.
// Run after changing server/src/engine/structure (a unit test fails while the committed file is stale):
//   node --import tsx scripts/generate-json-schema.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { draftJsonSchema } from '../server/src/engine/structure/jsonSchema';

const target = fileURLToPath(new URL('../schemas/form4-draft.schema.json', import.meta.url));
writeFileSync(target, JSON.stringify(draftJsonSchema(), null, 2) + '\n');
console.log(`wrote ${target}`);
