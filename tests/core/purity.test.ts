// The core is pure: no Bot Framework, no HTTP server, no file system, no i18n (UI strings belong to
// the presentation layer), no clock.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const CORE = path.resolve(__dirname, '../../src/core');
const FORBIDDEN = [/^botbuilder/, /^botframework/, /^restify/, /^i18next/, /\/i18n\//, /\/presentation\//, /^node:(fs|http|https|net)/, /^(fs|http|https|net)$/, /\/(bot|server|web|cli)\//];

describe('The core', () => {
  const files = readdirSync(CORE, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  test.each(files)('%s imports no host, HTTP, file-system or i18n module, and reads no clock', (file) => {
    const source = readFileSync(path.join(CORE, file), 'utf8');
    expect(source).not.toMatch(/\bDate\.now\(|new Date\(|performance\.now\(/);
    const imports = [...source.matchAll(/(?:from\s+|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
    for (const specifier of imports) {
      for (const pattern of FORBIDDEN) expect({ file, specifier, forbidden: pattern.test(specifier) }).toEqual({ file, specifier, forbidden: false });
    }
  });
});
