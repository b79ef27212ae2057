import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { KnowledgeError } from '../../src/knowledge/validateKnowledge';
import { KNOWLEDGE_DIR } from '../support/knowledge';

/** A copy of the knowledge folder that a test may break. */
async function knowledgeCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mgi-knowledge-'));
  await cp(KNOWLEDGE_DIR, dir, { recursive: true });
  return dir;
}

async function editJson(file: string, edit: (data: Record<string, any>) => void): Promise<void> {
  const data = JSON.parse(await readFile(file, 'utf8')) as Record<string, any>;
  edit(data);
  await writeFile(file, JSON.stringify(data));
}

describe('Loading the knowledge', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await knowledgeCopy();
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('the shipped files validate and give every public source id', async () => {
    const knowledge = await loadKnowledge(KNOWLEDGE_DIR);
    const ids = knowledge.sources.map((s) => s.id);
    expect(ids).toContain('mgi/overview');
    expect(ids).toContain('mgi/migrants-rights/national');
    expect(ids).toContain('mgi/safe-migration/city');
    expect(ids).toContain('manaus-2023/migrants-rights/developed-1');
    expect(ids).toContain('manaus-2023/safe-migration/potential-3');
    expect(ids.filter((id) => id.startsWith('manaus-2023/') && /(developed|potential)-\d+$/.test(id))).toHaveLength(36);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('a finding with an empty French text stops loading, naming the file, the JSON path and the problem', async () => {
    await editJson(path.join(dir, 'profiles/manaus-2023.json'), (data) => {
      data.findings['well-being'].potential[1].text.fr = '';
    });
    await expect(loadKnowledge(dir)).rejects.toThrow(
      'profiles/manaus-2023.json: /findings/well-being/potential/1/text/fr: must NOT have fewer than 1 characters',
    );
  });

  test('an unknown property is named', async () => {
    await editJson(path.join(dir, 'framework.json'), (data) => {
      data.domains[2].colour = 'blue';
    });
    await expect(loadKnowledge(dir)).rejects.toThrow('framework.json: /domains/2: unknown property "colour"');
  });

  test('a missing domain is named', async () => {
    await editJson(path.join(dir, 'framework.json'), (data) => {
      data.domains.pop();
    });
    await expect(loadKnowledge(dir)).rejects.toThrow('framework.json: /domains: missing domain(s): safe-migration');
  });

  test('invalid JSON is reported with the file name', async () => {
    await writeFile(path.join(dir, 'profiles/manaus-2023.json'), '{ "kind": "profile", ');
    const error = await loadKnowledge(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeError);
    expect((error as KnowledgeError).message).toMatch(/^profiles\/manaus-2023\.json: \/: invalid JSON/);
  });

  test('a second profile is added as a data file, with no code change', async () => {
    const manaus = JSON.parse(await readFile(path.join(KNOWLEDGE_DIR, 'profiles/manaus-2023.json'), 'utf8')) as Record<string, unknown>;
    const testville = { ...manaus, id: 'testville-2024', placeNames: ['Testville'], place: { original: 'en', en: 'City of Testville', fr: 'Ville de Testville' } };
    await writeFile(path.join(dir, 'profiles/testville-2024.json'), JSON.stringify(testville));
    const knowledge = await loadKnowledge(dir);
    expect(knowledge.profiles.map((p) => p.id)).toEqual(['manaus-2023', 'testville-2024']);
    expect(knowledge.sources.some((s) => s.id === 'testville-2024/partnerships/developed-4')).toBe(true);
  });

  test('two profiles with one id are refused', async () => {
    const original = await readFile(path.join(KNOWLEDGE_DIR, 'profiles/manaus-2023.json'), 'utf8');
    await writeFile(path.join(dir, 'profiles/copy.json'), original);
    await expect(loadKnowledge(dir)).rejects.toThrow(/profiles\/manaus-2023\.json: \/id: profile id "manaus-2023" is already used by profiles\/copy\.json/);
  });
});
