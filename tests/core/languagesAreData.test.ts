// A language is data: no code names a language outside the language packs (the configuration's
// default language aside). Adding one is a pack in knowledge/languages/ and a UI locale.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
/** The one place a language code may be written: the default of DEFAULT_LANGUAGE. */
const ALLOWED = new Set(['src/config/config.ts']);
const CODES = readdirSync(path.join(ROOT, 'knowledge/languages')).map((f) => f.replace(/\.json$/, ''));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|mjs|cjs|js)$/.test(name) && !name.endsWith('.generated.ts') ? [full] : [];
  });
}

describe('Languages are data', () => {
  const files = ['src', 'dialogs'].flatMap((dir) => sourceFiles(path.join(ROOT, dir))).map((file) => path.relative(ROOT, file));

  test('the scan covers the code and the languages the packs define', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(CODES).toEqual(expect.arrayContaining(['en', 'fr']));
  });

  test.each(files.filter((file) => !ALLOWED.has(file)))('%s names no language code as a string', (file) => {
    // Comments may show examples ("`fr-FR`"); code may not.
    const source = readFileSync(path.join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"\\])\/\/.*$/gm, '$1');
    const literal = new RegExp(String.raw`(['"\`])(?:${CODES.join('|')})(?:[-_][A-Za-z]{2})?\1`, 'g');
    expect(source.match(literal) ?? []).toEqual([]);
  });

  test('the configuration default is the only language code in the code, and it has a pack', () => {
    const config = readFileSync(path.join(ROOT, 'src/config/config.ts'), 'utf8');
    const match = /export const DEFAULT_LANGUAGE = '([a-z]+)'/.exec(config);
    expect(CODES).toContain(match?.[1]);
  });
});
