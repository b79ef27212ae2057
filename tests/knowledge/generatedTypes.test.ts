// The knowledge types are derived from the JSON Schema; this fails when they are stale.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

test('src/knowledge/types.generated.ts matches the schemas (run `npm run gen:types` after a schema change)', () => {
  const root = path.resolve(__dirname, '../..');
  const generated = execFileSync(process.execPath, ['--input-type=module', '-e', "import { generateKnowledgeTypes } from './scripts/generate-knowledge-types.mjs'; process.stdout.write(await generateKnowledgeTypes());"], { cwd: root, encoding: 'utf8' });
  expect(readFileSync(path.join(root, 'src/knowledge/types.generated.ts'), 'utf8')).toBe(generated);
});
