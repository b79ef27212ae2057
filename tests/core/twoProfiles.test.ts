// Answers are scoped to a profile: every quoted source carries its own, each profile's findings
// come under their own lead and source line, and nothing falls back to "the first profile".
// The second profile is a fictional fixture (tests/fixtures/profiles/riverton-2025.json), written
// for this test only and clearly marked as such.
import { cp, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { answerQuestion } from '../../src/presentation/answer';
import { buildIndex, type KnowledgeIndex } from '../../src/core/buildIndex';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { KNOWLEDGE_DIR } from '../support/knowledge';

const options = { publicUrl: 'http://localhost:3978' };
let index: KnowledgeIndex;

beforeAll(async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mgi-two-profiles-'));
  await cp(KNOWLEDGE_DIR, dir, { recursive: true });
  await cp(path.join(__dirname, '../fixtures/profiles/riverton-2025.json'), path.join(dir, 'profiles/riverton-2025.json'));
  index = buildIndex(await loadKnowledge(dir));
});

const ask = (question: string, context = {}) => answerQuestion(index, question, context, options);

describe('With two profiles (Manaus and the fictional Riverton)', () => {
  test('a question matching both quotes both, each under its own profile’s lead and source line', () => {
    const answer = ask('Do migrants get free primary health care?');
    const ids = answer.citations.map((c) => c.id);
    expect(ids).toContain('manaus-2023/migrants-rights/developed-1');
    expect(ids).toContain('riverton-2025/migrants-rights/developed-1');
    expect(answer.text).toMatch(/City of Manaus, MGI profile \(October 2023\)/);
    expect(answer.text).toMatch(/Riverton \(fictional test profile\), MGI profile \(March 2025\)/);
    expect(answer.text).toContain('Source: Migration Governance Profile: City of Manaus (Brazil), October 2023.');
    expect(answer.text).toContain('Source: Migration Governance Profile: Riverton (fictional test profile), March 2025.');
    // Each quote sits under its own profile: Riverton's text comes after Riverton's lead.
    const rivertonLead = answer.text.indexOf('Riverton (fictional test profile), MGI profile');
    expect(answer.text.indexOf('Riverton Health Department')).toBeGreaterThan(rivertonLead);
    expect(answer.text.indexOf('288 Basic Health Units')).toBeLessThan(rivertonLead);
  });

  test('naming a place scopes the answer to its profile', () => {
    const riverton = ask('What does Riverton offer migrants in health?');
    expect(riverton.citations.map((c) => c.id)).toEqual(['riverton-2025/migrants-rights/developed-1']);
    expect(riverton.profileId).toBe('riverton-2025');
    const manaus = ask('What does Manaus offer migrants in health?');
    expect(manaus.citations.every((c) => c.id.startsWith('manaus-2023/') || c.id.startsWith('mgi/'))).toBe(true);
  });

  test('a follow-up stays in the conversation’s profile', () => {
    const answer = ask('and in education?', { lastProfileId: 'riverton-2025', lastDomain: 'migrants-rights' });
    expect(answer.citations[0]?.id).toBe('riverton-2025/migrants-rights/developed-2');
  });

  test('with no profile named or in the conversation, a domain’s areas to develop come from every profile, each labelled', () => {
    const answer = ask('What could be improved on crises?');
    const profiles = new Set(answer.citations.map((c) => c.id.split('/')[0]));
    expect(profiles).toEqual(new Set(['manaus-2023', 'riverton-2025']));
  });

  test('"how many domains does the MGI have?" gets the overview, which counts them, rather than one profile’s list', () => {
    expect(ask('How many domains does the MGI have?').citations.map((c) => c.id)).toEqual(['mgi/overview']);
  });

  test('the Riverton introduction is quoted for "Riverton?", not Manaus’s', () => {
    expect(ask('Riverton?').citations.map((c) => c.id)).toEqual(['riverton-2025/introduction']);
  });
});
