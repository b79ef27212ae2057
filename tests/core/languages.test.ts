// The languages the bot speaks are data (knowledge/languages/*.json): the registry built from them
// detects a question's language, maps locales, normalises and stems words per language.
import type { KnowledgeIndex } from '../../src/core/buildIndex';
import { chooseLanguage, rankLanguages } from '../../src/core/language/detectLanguage';
import { knowledgeIndex } from '../support/knowledge';

let index: KnowledgeIndex;
beforeAll(async () => {
  index = await knowledgeIndex();
});
const languageOf = (text: string): string | undefined => rankLanguages(text, index.languages, index.exclusiveVocabulary).clear;

describe('Detecting the language of a short question', () => {
  test.each([
    ['What does Manaus offer migrants in health?', 'en'],
    ["Qu'offre Manaus aux migrants en matière de santé ?", 'fr'],
    ['Que couvre le domaine Partenariats ?', 'fr'],
    ['sante des migrants', 'fr'],
    ['jobs for migrants', 'en'],
    ['Les profs sont-ils formés ?', 'fr'],
  ])('"%s" is %s', (text, language) => {
    expect(languageOf(text)).toBe(language);
  });

  test('a question that shows no language is undecided', () => {
    expect(languageOf('COMPREMI')).toBeUndefined();
  });

  test('a space before the question mark is French typography: weak evidence where the words say nothing, outweighed by words', () => {
    expect(languageOf('COMPREMI ?')).toBe('fr');
    expect(languageOf('COMPREMI?')).toBeUndefined();
    expect(languageOf('What does the MGI measure ?')).toBe('en');
  });

  test('a name with a letter no pack writes ("Operação Acolhida") is no evidence of a pack that shares one of its letters', () => {
    expect(languageOf('Operação Acolhida Manaus')).toBeUndefined();
    expect(languageOf('sécurité des migrants')).toBe('fr');
  });

  test.each([
    [{ preferred: 'fr', previous: 'en', locale: 'en-US' }, 'fr'],
    [{ previous: 'fr', locale: 'en-US' }, 'fr'],
    [{ locale: 'fr-CA' }, 'fr'],
    [{ locale: 'de-DE' }, 'en'],
    [{}, 'en'],
  ] as const)('falls back through %j to %s', (context, language) => {
    expect(chooseLanguage(rankLanguages('COMPREMI', index.languages), context, index.languages)).toBe(language);
  });

  test('the text wins over every fallback', () => {
    expect(chooseLanguage(rankLanguages('Qui finance le profil ?', index.languages, index.exclusiveVocabulary), { preferred: 'en', previous: 'en', locale: 'en-US' }, index.languages)).toBe('fr');
  });
});

describe('The language registry', () => {
  test('lists the packs of knowledge/languages, with their locales', () => {
    expect(index.languages.codes).toEqual(['en', 'fr']);
    expect(index.languages.localeOf('fr')).toBe('fr-FR');
  });

  test.each([
    ['fr-FR', 'fr'],
    ['FR', 'fr'],
    ['en_GB', 'en'],
    ['fr-CA', 'fr'],
    ['pt-BR', undefined],
    [undefined, undefined],
  ])('maps the locale %s to %s', (locale, language) => {
    expect(index.languages.fromLocale(locale)).toBe(language);
  });

  test.each([
    ['Qu’offre Manaus ?', "qu'offre manaus"],
    ['Santé, ÉDUCATION!', 'sante education'],
    ['cœur et ex æquo', 'coeur et ex aequo'],
    ['Well-being of migrants', 'wellbeing of migrants'],
    ['bien-être', 'bienetre'],
    ['whole-of-government approach', 'wholeofgovernment approach'],
    ['Ma\u200Bnaus he\u202Ealth\uFEFF', 'manaus health'],
    ['santé\u0000 et\u0007 emploi', 'sante et emploi'],
  ])('normalises %s to %s', (input, output) => {
    expect(index.languages.normalise(input)).toBe(output);
  });

  test('splits French elisions and hyphens', () => {
    expect(index.languages.words(index.languages.normalise("l'éducation d'enfants sont-ils"))).toEqual(['education', 'enfants', 'sont', 'ils']);
  });

  test.each([
    ['en', 'services', 'service'],
    ['en', 'trained', 'training'],
    ['en', 'employers', 'employment'],
    ['fr', 'sociaux', 'social'],
    ['fr', 'hebergement', 'heberger'],
    ['fr', 'inondations', 'inondation'],
  ])('stems %s words with its pack’s Snowball stemmer: %s and %s meet', (language, a, b) => {
    const pack = index.languages.pack(language);
    expect(pack.stem(a)).toBe(pack.stem(b));
  });

  test.each([
    ['arrivent', 'arriver'],
    ['cooperent', 'cooperer'],
    ['accueillent', 'accueillir'],
    ['travaillent', 'travailler'],
  ])('stems a French verb form the stemmer leaves whole as its infinitive (pack field verbEndings): %s and %s meet', (a, b) => {
    const pack = index.languages.pack('fr');
    expect(pack.stem(a)).toBe(pack.stem(b));
  });

  test.each(['parent', 'moment', 'agent'])('keeps a noun ending the same way whole: %s', (noun) => {
    expect(index.languages.pack('fr').stem(noun)).toBe(noun);
  });
});
