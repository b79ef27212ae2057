// The knowledge is faithful to the seed: English findings verbatim, French definitions verbatim
// (less the seed's typos), in the profile's order.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { parseSeed } from '../../src/eval/baseline';
import { KNOWLEDGE_DIR } from '../support/knowledge';

const seed = readFileSync(path.join(KNOWLEDGE_DIR, 'source/mgi-domains-fr-and-manaus-profile-2023.txt'), 'utf8');
const TYPO_FIXES: ReadonlyArray<readonly [string, string]> = [
  ['puoir', 'pour'],
  ['ctoyens', 'citoyens'],
  ['trainent de l´approche', 'traitent de l’approche'],
  ['le transparence', 'la transparence'],
];
const fixTypos = (text: string): string => TYPO_FIXES.reduce((t, [wrong, right]) => t.replace(wrong, right), text);
const clean = (text: string): string => text.replace(/\u00a0/g, ' ').trim();

describe('The knowledge against its seed', () => {
  test('every finding and definition of the seed is in the knowledge, verbatim in its original language, under the same id', async () => {
    const knowledge = await loadKnowledge(KNOWLEDGE_DIR);
    const chunks = parseSeed(seed).filter((c) => c.id !== 'mgi/overview' && !c.id.endsWith('/introduction'));
    expect(chunks).toHaveLength(36 + 12);
    for (const chunk of chunks) {
      const source = knowledge.sources.find((s) => s.id === chunk.id);
      // The seed's French framework texts are marked original "fr", its English findings "en".
      const seedLanguage = chunk.id.startsWith('mgi/') ? 'fr' : 'en';
      expect({ id: chunk.id, original: source?.text.original, text: source?.text[seedLanguage] }).toEqual({ id: chunk.id, original: seedLanguage, text: clean(fixTypos(chunk.text)) });
    }
  });

  test('the seed typos are fixed', async () => {
    const knowledge = await loadKnowledge(KNOWLEDGE_DIR);
    const french = knowledge.sources.map((s) => s.text.fr).join('\n');
    for (const [wrong] of TYPO_FIXES) expect(french).not.toContain(wrong);
  });

  test('every text has both languages and every source has search terms in both', async () => {
    const knowledge = await loadKnowledge(KNOWLEDGE_DIR);
    for (const source of knowledge.sources) {
      expect(source.text.en.length).toBeGreaterThan(10);
      expect(source.text.fr.length).toBeGreaterThan(10);
      expect(source.terms.en.length).toBeGreaterThanOrEqual(5);
      expect(source.terms.fr.length).toBeGreaterThanOrEqual(5);
    }
  });
});
