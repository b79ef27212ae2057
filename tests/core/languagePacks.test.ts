// A language pack is checked when it is loaded: a detail pattern that is not a regular expression,
// or a lexicon package that is not installed, stops loading with a message naming the pack.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createLanguageRegistry, LanguageRegistryError } from '../../src/core/language/registry';
import type { LanguagePackFile } from '../../src/knowledge/types.generated';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';

const KNOWLEDGE = path.resolve(__dirname, '../../knowledge');
const englishPack = async (): Promise<LanguagePackFile> => JSON.parse(await readFile(path.join(KNOWLEDGE, 'languages/en.json'), 'utf8')) as LanguagePackFile;

describe('Language packs are checked when loaded', () => {
  test('a detail pattern that is not a regular expression names the pack and the detail', async () => {
    const pack = await englishPack();
    pack.details.contact.stated = '(unclosed';
    expect(() => createLanguageRegistry([pack], pack.code)).toThrow(LanguageRegistryError);
    expect(() => createLanguageRegistry([pack], pack.code)).toThrow(/en: details\.contact\.stated is not a regular expression/);
  });

  test('a lexicon package that is not installed stops loading, naming the pack', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mgi-knowledge-'));
    try {
      await cp(KNOWLEDGE, dir, { recursive: true });
      const pack = await englishPack();
      pack.lexicon = 'no-such-lexicon-package';
      await writeFile(path.join(dir, 'languages/en.json'), JSON.stringify(pack));
      await expect(loadKnowledge(dir)).rejects.toThrow(/languages\/en\.json.*lexicon.*no-such-lexicon-package/s);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('the lexicon tells the language’s words, normalised as questions are', async () => {
    const pack = { ...(await englishPack()), lexicon: 'a-test-lexicon' };
    const registry = createLanguageRegistry([pack], pack.code, (name) => (name === 'a-test-lexicon' ? ['shape', 'Café'] : []));
    expect(registry.pack(pack.code).isWord('shape')).toBe(true);
    expect(registry.pack(pack.code).isWord('cafe')).toBe(true);
    expect(registry.pack(pack.code).isWord('share')).toBe(false);
  });
});
