import { normalise, stem, words } from '../../src/core/normalise';

describe('normalise', () => {
  test.each([
    ['Qu’offre Manaus ?', "qu'offre manaus"],
    ['Santé, ÉDUCATION!', 'sante education'],
    ['cœur et ex æquo', 'coeur et ex aequo'],
    ['Well-being of migrants', 'wellbeing of migrants'],
    ['bien-être', 'bienetre'],
    ['whole-of-government approach', 'wholeofgovernment approach'],
    ['Ma\u200Bnaus he\u202Ealth\uFEFF', 'manaus health'],
    ['santé\u0000 et\u0007 emploi', 'sante et emploi'],
  ])('%s → %s', (input, output) => {
    expect(normalise(input)).toBe(output);
  });

  test('splits French elisions and hyphens', () => {
    expect(words(normalise("l'éducation d'enfants sont-ils"))).toEqual(['education', 'enfants', 'sont', 'ils']);
  });
});

describe('stem', () => {
  test.each([
    ['services', 'service'],
    ['sociaux', 'social'],
    ['policies', 'policy'],
    ['resettlement', 'resettled'],
    ['hebergement', 'heberger'],
    ['trained', 'training'],
  ])('%s and %s meet', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });
});
