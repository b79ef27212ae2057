// Writes src/knowledge/types.generated.ts from the JSON Schemas in knowledge/schema,
// so the knowledge types are derived from the schema, never written by hand.
// `npm run gen:types` rewrites it; a test fails when it is stale.
import { compileFromFile } from 'json-schema-to-typescript';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schemaDir = path.join(root, 'knowledge/schema');
const options = {
  cwd: schemaDir,
  bannerComment: '',
  additionalProperties: false,
  maxItems: -1,
  style: { singleQuote: true },
};

export async function generateKnowledgeTypes() {
  const parts = [
    await compileFromFile(path.join(schemaDir, 'knowledge.schema.json'), { ...options, unreachableDefinitions: true }),
    await compileFromFile(path.join(schemaDir, 'framework.schema.json'), { ...options, declareExternallyReferenced: false }),
    await compileFromFile(path.join(schemaDir, 'profile.schema.json'), { ...options, declareExternallyReferenced: false }),
    await compileFromFile(path.join(schemaDir, 'language.schema.json'), options),
    await compileFromFile(path.join(schemaDir, 'concepts.schema.json'), options),
    await compileFromFile(path.join(schemaDir, 'calibration.schema.json'), options),
  ];
  return ['// Generated from knowledge/schema by scripts/generate-knowledge-types.mjs. Do not edit.', '', ...parts].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(path.join(root, 'src/knowledge/types.generated.ts'), await generateKnowledgeTypes());
  console.log('wrote src/knowledge/types.generated.ts');
}
