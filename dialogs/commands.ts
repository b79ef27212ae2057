// Commands typed as text, in any language the bot speaks (Teams also sends its localized command
// titles). The phrases are the language packs' `commands`; a command is a whole message, never a
// word inside a question ("how can residents ask for help during floods?" is a question).
import type { LanguageRegistry } from '../src/core/language/registry';
import type { Language } from '../src/core/types';

export type TextCommand =
  | { readonly command: 'help' }
  | { readonly command: 'domains' }
  | { readonly command: 'restart' }
  /** "language" / "langue": ask which. */
  | { readonly command: 'language' }
  /** "français", "english", "/lang fr": set the preference. */
  | { readonly command: 'set-language'; readonly language: Language }
  /** "show in French", "en anglais ?": show the last reply again in that language. */
  | { readonly command: 'translate'; readonly language: Language };

type Simple = 'help' | 'domains' | 'restart' | 'language';

interface CommandTable {
  readonly simple: ReadonlyMap<string, Simple>;
  readonly setLanguage: ReadonlyMap<string, Language>;
  readonly translate: ReadonlyMap<string, Language>;
  readonly none: ReadonlySet<string>;
}

const tables = new WeakMap<LanguageRegistry, CommandTable>();

/** Commands compare in one form: normalised words, or the raw text when that is only punctuation ("?"). */
export const commandKey = (languages: LanguageRegistry, text: string): string => languages.words(languages.normalise(text)).join(' ') || text.trim();

/** Every command phrase of every pack, with {language} and {code} expanded for every language. */
function tableOf(languages: LanguageRegistry): CommandTable {
  let table = tables.get(languages);
  if (table) return table;
  const simple = new Map<string, Simple>();
  const setLanguage = new Map<string, Language>();
  const translate = new Map<string, Language>();
  const none = new Set<string>();
  const expand = (template: string, into: Map<string, Language>): void => {
    for (const code of languages.codes) {
      const names = template.includes('{language}') ? languages.pack(code).names : [''];
      for (const name of names) into.set(commandKey(languages, template.replace('{language}', name).replace('{code}', code)), code);
    }
  };
  for (const code of languages.codes) {
    const { commands } = languages.pack(code);
    for (const kind of ['help', 'domains', 'restart', 'language'] as const) for (const phrase of commands[kind]) simple.set(commandKey(languages, phrase), kind);
    for (const template of commands.setLanguage) expand(template, setLanguage);
    for (const template of commands.translate) expand(template, translate);
    for (const phrase of commands.none ?? []) none.add(commandKey(languages, phrase));
  }
  tables.set(languages, (table = { simple, setLanguage, translate, none }));
  return table;
}

export function recogniseCommand(languages: LanguageRegistry, text: string): TextCommand | undefined {
  const key = commandKey(languages, text);
  const table = tableOf(languages);
  const simple = table.simple.get(key);
  if (simple) return { command: simple };
  const translated = table.translate.get(key);
  if (translated) return { command: 'translate', language: translated };
  const chosen = table.setLanguage.get(key);
  if (chosen) return { command: 'set-language', language: chosen };
  return undefined;
}

/** The language a "show in <language>" phrase names ("in English", "en français"), if the text is one. */
export const languageToShowIn = (languages: LanguageRegistry, text: string): Language | undefined => tableOf(languages).translate.get(commandKey(languages, text));

/** "none", "aucune"…: the answer to "Did you mean…?" that picks none of the choices. */
export const isNoneOfThese = (languages: LanguageRegistry, text: string): boolean => tableOf(languages).none.has(commandKey(languages, text));
