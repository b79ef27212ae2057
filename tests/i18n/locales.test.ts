import en from '../../src/i18n/locales/en.json';
import fr from '../../src/i18n/locales/fr.json';
import { translator } from '../../src/i18n/i18n';

type Tree = { [key: string]: string | Tree };

const keysOf = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));

const placeholdersOf = (tree: Tree): Record<string, string[]> =>
  Object.fromEntries(
    keysOf(tree).map((key) => {
      const value = key.split('.').reduce<string | Tree>((node, part) => (node as Tree)[part]!, tree) as string;
      return [key, [...value.matchAll(/{{(\w+)}}/g)].map((m) => m[1]!).sort()];
    }),
  );

describe('UI strings', () => {
  test('English and French have the same keys', () => {
    expect(keysOf(fr as Tree).sort()).toEqual(keysOf(en as Tree).sort());
  });

  test('English and French use the same placeholders in each string', () => {
    expect(placeholdersOf(fr as Tree)).toEqual(placeholdersOf(en as Tree));
  });

  test('a fixed translator speaks its language', () => {
    expect(translator('fr')('answer.seeAlso')).toBe('Voir aussi :');
    expect(translator('en')('answer.seeAlso')).toBe('See also:');
  });
});
