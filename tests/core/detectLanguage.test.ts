import { detectLanguage, languageOfLocale, languageOfText } from '../../src/core/detectLanguage';

describe('detectLanguage', () => {
  test.each([
    ['What does Manaus offer migrants in health?', 'en'],
    ["Qu'offre Manaus aux migrants en matière de santé ?", 'fr'],
    ['Que couvre le domaine Partenariats ?', 'fr'],
    ['sante des migrants', 'fr'],
    ['jobs for migrants', 'en'],
    ['Les profs sont-ils formés ?', 'fr'],
  ])('"%s" is %s', (text, language) => {
    expect(languageOfText(text)).toBe(language);
  });

  test('a question that shows no language is undecided', () => {
    expect(languageOfText('COMPREMI')).toBeUndefined();
  });

  test.each([
    [{ preferred: 'fr', previous: 'en', locale: 'en-US' }, 'fr'],
    [{ previous: 'fr', locale: 'en-US' }, 'fr'],
    [{ locale: 'fr-CA' }, 'fr'],
    [{ locale: 'de-DE' }, 'en'],
    [{}, 'en'],
  ] as const)('falls back through %j to %s', (context, language) => {
    expect(detectLanguage('COMPREMI', context)).toBe(language);
  });

  test('the text wins over every fallback', () => {
    expect(detectLanguage('Qui finance le profil ?', { preferred: 'en', previous: 'en', locale: 'en-US' })).toBe('fr');
  });

  test.each([
    ['fr-FR', 'fr'],
    ['FR', 'fr'],
    ['en_GB', 'en'],
    ['pt-BR', undefined],
    [undefined, undefined],
  ])('locale %s maps to %s', (locale, language) => {
    expect(languageOfLocale(locale)).toBe(language);
  });
});
