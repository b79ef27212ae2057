import { answerQuestion } from '../../src/presentation/answer';
import type { KnowledgeIndex } from '../../src/core/buildIndex';
import { knowledgeIndex } from '../support/knowledge';

const options = { publicUrl: 'http://localhost:3978' };
let index: KnowledgeIndex;
beforeAll(async () => {
  index = await knowledgeIndex();
});

const ask = (question: string, context = {}) => answerQuestion(index, question, context, options);

describe('When a migration official asks about health in Manaus', () => {
  test('answers the English question with the Manaus health finding, in English, cited first', () => {
    const answer = ask('What does Manaus offer migrants in health?');
    expect(answer).toMatchObject({ answered: true, language: 'en', domain: 'migrants-rights' });
    expect(answer.citations[0]).toMatchObject({
      id: 'manaus-2023/migrants-rights/developed-1',
      url: 'http://localhost:3978/sources/manaus-2023/migrants-rights/developed-1',
    });
    expect(answer.text).toContain('288 Basic Health Units');
    expect(answer.text).toContain("Migrants' rights");
    expect(answer.text).toContain('October 2023');
    expect(answer.text).toMatch(/\[1\]: http:\/\/localhost:3978\/sources\/manaus-2023\/migrants-rights\/developed-1 "/);
  });

  test('answers the French question with the same finding, in French', () => {
    const answer = ask("Qu'offre Manaus aux migrants en matière de santé ?");
    expect(answer).toMatchObject({ answered: true, language: 'fr', domain: 'migrants-rights' });
    expect(answer.citations[0]?.id).toBe('manaus-2023/migrants-rights/developed-1');
    expect(answer.text).toContain('288 Unités de santé de base');
    expect(answer.text).toContain('Droits des migrants');
    expect(answer.text).toContain('octobre 2023');
  });

  test('forgives missing accents, curly apostrophes and typos', () => {
    expect(ask('Qu’offre Manaus aux migrants en matiere de sante ?').citations[0]?.id).toBe('manaus-2023/migrants-rights/developed-1');
    expect(ask('helth care for migrnts in manaus').citations[0]?.id).toBe('manaus-2023/migrants-rights/developed-1');
  });
});

describe('When someone asks what a domain covers', () => {
  test('quotes the domain definition, in French for a French question', () => {
    const answer = ask('Que couvre le domaine Partenariats ?');
    expect(answer).toMatchObject({ answered: true, language: 'fr', domain: 'partnerships' });
    expect(answer.citations[0]?.id).toMatch(/^mgi\/partnerships\/(national|city)$/);
  });

  test('quotes the overview for "What are the MGI?"', () => {
    expect(ask('What are the MGI?').citations[0]?.id).toBe('mgi/overview');
  });
});

describe('When someone asks what Manaus could improve in a domain', () => {
  test('lists every area with potential for development of that domain, in the profile order', () => {
    const answer = ask('What could Manaus improve on crises?');
    expect(answer.citations.map((c) => c.id)).toEqual([
      'manaus-2023/mobility-crises/potential-1',
      'manaus-2023/mobility-crises/potential-2',
      'manaus-2023/mobility-crises/potential-3',
    ]);
  });
});

describe('When the question is about a place without a profile', () => {
  test.each([
    ['What does Toronto offer migrants in health?', 'en', 'Toronto'],
    ['Que fait la Belgique contre la traite des êtres humains ?', 'fr', 'Belgique'],
    ['What does Brazil offer migrants in health?', 'en', 'Brazil'],
    // A message may open with the place, as typed in a search box.
    ['Bogotá migration governance key findings', 'en', 'Bogotá'],
    // After an elided "de": "le profil d'Abidjan".
    ["Que dit le profil IGM d'Abidjan sur la santé des migrants ?", 'fr', 'Abidjan'],
  ])('"%s" gets "no MGI profile" and no Manaus finding', (question, language, place) => {
    const answer = ask(question);
    expect(answer).toMatchObject({ answered: false, kind: 'unknown-place', language, citations: [] });
    expect(answer.text).toContain(place);
    expect(answer.text).toContain(language === 'fr' ? 'Ville de Manaus (2023)' : 'City of Manaus (2023)');
  });

  test('a capitalised opening word of the language, or a misspelt knowledge word, is no place', () => {
    expect(ask('Dispensaires pour réfugiés ?')).toMatchObject({ answered: true, language: 'fr', domain: 'migrants-rights' });
    expect(ask('Migraton Governance Indicators initiative: what is it?')).toMatchObject({ answered: true, language: 'en' });
  });

  test('says exactly what it has', () => {
    expect(ask('What does Toronto offer migrants in health?').text).toMatch(/^I have no MGI profile for Toronto; I have: City of Manaus \(2023\)\./);
  });
});

describe('When the question is outside the MGI material', () => {
  test.each([
    ['Give me a recipe for feijoada', 'en'],
    ['Quel temps fera-t-il demain ?', 'fr'],
    ['How many Venezuelan migrants live in Manaus?', 'en'],
  ])('"%s" gets a plain "I don\'t know", no citation, and what it can answer', (question, language) => {
    const answer = ask(question);
    expect(answer).toMatchObject({ answered: false, kind: 'abstain', language, citations: [] });
    expect(answer.suggestions).toHaveLength(3);
  });
});

describe('Small talk', () => {
  test.each([
    ['hello', 'en'],
    ['Bonjour !', 'fr'],
    ['thanks!', 'en'],
    ['merci beaucoup', 'fr'],
    ['help', 'en'],
    ['aide', 'fr'],
  ])('"%s" gets a short reply in %s without citation', (text, language) => {
    const answer = ask(text);
    expect(answer).toMatchObject({ kind: 'small-talk', language, answered: false, citations: [] });
  });
});

describe('Answer language when the question does not show one', () => {
  test('follows the conversation, then the locale, then English', () => {
    expect(ask('COMPREMI', { previous: 'fr' }).language).toBe('fr');
    expect(ask('COMPREMI', { locale: 'fr-CA' }).language).toBe('fr');
    expect(ask('COMPREMI').language).toBe('en');
  });
});
