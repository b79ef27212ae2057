// Commands typed as text, in English or French (Teams also sends its localized command titles).
import { normalise, words } from '../src/core/normalise';
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

/** Commands compare in one form: normalised words, or the raw text when that is only punctuation ("?"). */
const commandKey = (text: string): string => words(normalise(text)).join(' ') || text.trim();
const phrases = (list: readonly string[]): ReadonlySet<string> => new Set(list.map(commandKey));

const HELP = phrases(['help', '/help', 'aide', '/aide', '?', 'commands', 'commandes', 'menu']);
const DOMAINS = phrases(['domains', '/domains', 'domaines', '/domaines', 'list domains', 'the domains', 'all domains', 'show domains', 'browse domains', 'les domaines', 'tous les domaines', 'liste des domaines', 'voir les domaines']);
const RESTART = phrases(['restart', '/restart', 'reset', 'start over', 'new conversation', 'recommencer', '/recommencer', 'nouvelle conversation', 'redemarrer']);
const LANGUAGE = phrases(['language', '/language', 'langue', '/langue', '/lang', 'change language', 'changer de langue']);
const SET_LANGUAGE: ReadonlyArray<readonly [ReadonlySet<string>, Language]> = [
  [phrases(['francais', 'français', '/lang fr', 'langue francais', 'language french', 'french please', 'en francais svp']), 'fr'],
  [phrases(['english', 'anglais', '/lang en', 'langue anglais', 'language english', 'english please']), 'en'],
];
const TRANSLATE: ReadonlyArray<readonly [ReadonlySet<string>, Language]> = [
  [phrases(['show in french', 'in french', 'en francais', 'voir en francais', 'afficher en francais', 'traduire en francais', 'translate to french', 'translate into french', 'and in french', 'et en francais', 'en francais stp']), 'fr'],
  [phrases(['show in english', 'in english', 'en anglais', 'voir en anglais', 'afficher en anglais', 'traduire en anglais', 'translate to english', 'translate into english', 'and in english', 'et en anglais']), 'en'],
];

export function recogniseCommand(text: string): TextCommand | undefined {
  const key = commandKey(text);
  if (HELP.has(key)) return { command: 'help' };
  if (DOMAINS.has(key)) return { command: 'domains' };
  if (RESTART.has(key)) return { command: 'restart' };
  if (LANGUAGE.has(key)) return { command: 'language' };
  for (const [set, language] of TRANSLATE) if (set.has(key)) return { command: 'translate', language };
  for (const [set, language] of SET_LANGUAGE) if (set.has(key)) return { command: 'set-language', language };
  return undefined;
}
