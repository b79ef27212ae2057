// The language registry: every language the bot speaks, built from the language packs
// (knowledge/languages/<code>.json). It is the one place that knows which languages exist; the rest
// of the code asks it, so a new language is a new pack (and UI locale), not new code.
import genericStopWords from 'stopwords-iso/stopwords-iso.json';
import * as snowball from 'snowball-stemmers';
import type { LanguagePackFile } from '../../knowledge/types.generated';
import { compileNormalisation, foldLetters, normalise, words, wordsJoined, type NormalisationRules } from './normalise';

export type LanguageCode = string;
export type IntentCueKind = keyof LanguagePackFile['intentCues'];
export type SmallTalkKind = keyof LanguagePackFile['smallTalk'];
export type CommandKind = keyof LanguagePackFile['commands'];
export type DetailKind = keyof LanguagePackFile['details'];

/** A kind of detail a question may ask for: its cues as word sequences, and how a text of the language states it. */
export interface DetailRule {
  readonly cues: readonly (readonly string[])[];
  /** Word forms that also ask for it, over the normalised question (the French future tense). */
  readonly asked?: RegExp;
  /** Not asked inside a yes/no question ("has the city studied how many…?"). */
  readonly directOnly: boolean;
  /** When it matches the normalised question, the cues do not ask for the detail (a condition: "if I go…, will they…"). */
  readonly notAsked?: RegExp;
  /** Absent: no text of this language states the detail (beyond a count, which numbers show). */
  readonly stated?: RegExp;
}

/** Words a name follows, through link words only ("the Ministry of", "arrivée de"). */
export interface NameLead {
  readonly words: ReadonlySet<string>;
  readonly links: ReadonlySet<string>;
}

export interface LanguagePack {
  readonly code: LanguageCode;
  readonly endonym: string;
  /** Normalised names of this language ("english", "anglais"). */
  readonly names: readonly string[];
  /** Locale tags; the first is the one sent to channels. */
  readonly locales: readonly string[];
  /** Snowball stem of a normalised word (remembered). */
  stem(word: string): string;
  /** Whether the pack's lexicon lists the normalised word (false without a lexicon). */
  isWord(word: string): boolean;
  /** Function words and question scaffolding: never topic words. */
  readonly stopWords: ReadonlySet<string>;
  /** Generic words of the language (stopwords-iso): fillers unless the knowledge uses them. */
  readonly genericWords: ReadonlySet<string>;
  /** Question frames as normalised word sequences, longest first. */
  readonly frames: readonly (readonly string[])[];
  /** Every word of the frames: no typo of a knowledge word. */
  readonly frameWords: ReadonlySet<string>;
  /** The frames by their first word, longest first. */
  readonly framesByFirstWord: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly intentCues: Readonly<Record<IntentCueKind, readonly string[]>>;
  /** The details a question may ask for ("how many", "phone number"), and how texts state them. */
  readonly details: Readonly<Record<DetailKind, DetailRule>>;
  /** Every detail cue by its first word, so that a question is read in one pass. */
  readonly detailCuesByFirstWord: ReadonlyMap<string, ReadonlyArray<{ readonly kind: DetailKind; readonly cue: readonly string[] }>>;
  /** Numbers written as words ("six"). */
  readonly numberWords: ReadonlySet<string>;
  /** Cues that also count as topic words. */
  readonly topicalCues: ReadonlySet<string>;
  /** Cues that, right after an article, are nouns of the topic ("des mesures"). */
  readonly cueNouns: ReadonlySet<string>;
  /** Small-talk messages, as normalised word strings. */
  readonly smallTalk: Readonly<Record<SmallTalkKind, ReadonlySet<string>>>;
  /** Every word of the small-talk messages. */
  readonly smallTalkWords: ReadonlySet<string>;
  /** Command phrases as written in the pack ({language} and {code} not yet expanded). */
  readonly commands: LanguagePackFile['commands'];
  readonly markers: ReadonlySet<string>;
  /** Letters the language writes and English does not ("é", "ç"). */
  readonly letters: ReadonlySet<string>;
  /** Punctuation the language's typography sets after a space ("?" in French). */
  readonly spacedPunctuation: ReadonlySet<string>;
  /** An elided word followed by a letter ("l'école"), as typed (case-insensitive), if the language elides. */
  readonly elisionPattern: RegExp | undefined;
  readonly partJoiners: ReadonlySet<string>;
  /** Pronouns that point back at the message's first question ("its", "leur"). */
  readonly backReferences: ReadonlySet<string>;
  /** Articles, possessives, demonstratives: a noun follows. */
  readonly determiners: ReadonlySet<string>;
  /** Where a noun's modifiers stand ("specialized units", "unités spécialisées") and the words that link them ("de"). */
  readonly nounModifiers: { readonly position: 'before' | 'after'; readonly links: ReadonlySet<string>; readonly aheadOfNoun: ReadonlySet<string> };
  readonly questionWords: ReadonlySet<string>;
  /** Openings of a yes/no question, as word sequences ("has", "est ce que"). */
  readonly yesNoOpeners: readonly (readonly string[])[];
  /** Phrases that point at a profile's place without naming it ("the city", "la mairie"), as word sequences. */
  readonly placeReferences: readonly (readonly string[])[];
  /** Nouns of a level of government ("level", "niveau"): a place reference beside one names a level. */
  readonly levelNouns: ReadonlySet<string>;
  /** Words that follow only a verb ("formule-t-il"): the word before one is a verb. */
  readonly verbMarkers: ReadonlySet<string>;
  /** Words that name a profile as a document ("profile", "profil"). */
  readonly profileWords: ReadonlySet<string>;
  /** Words for the domains taken together ("areas", "thèmes"). */
  readonly domainWords: ReadonlySet<string>;
  /** What the asker is doing, in a scene before the question ("thesis", "exposé"): no topic there. */
  readonly sceneWords: ReadonlySet<string>;
  /** The asker speaking of themselves ("I", "je"): a cue beside one says what the asker would do. */
  readonly askerPronouns: ReadonlySet<string>;
  /** How the asker says what they want to do ("I want to"), as word sequences: a cue right after one is the asker's action. */
  readonly askerWishes: readonly (readonly string[])[];
  /** The asker's own ("our", "notre"): a place reference after one is the asker's place. */
  readonly askerPossessives: ReadonlySet<string>;
  /** Openings of a clause on who the asker is, up to its comma ("as a", "en tant que"), as word sequences. */
  readonly sceneOpeners: readonly (readonly string[])[];
  /** Words by which a question about the document points back at the scene before it ("is that something the report talks about?"). */
  readonly sceneReferences: ReadonlySet<string>;
  /** Words that open an embedded yes/no question ("whether", "si"): a count after one is checked, not asked. */
  readonly whetherWords: ReadonlySet<string>;
  /** Relative pronouns ("that", "qui"): a modal right after one describes, it asks for no improvement. */
  readonly relativePronouns: ReadonlySet<string>;
  /** How a question opens on a condition ("if", "s'il"), normalised with elisions kept, and the modals that then carry only the hypothesis ("would"). */
  readonly conditions: { readonly openers: readonly string[]; readonly modals: ReadonlySet<string>; readonly subjects: ReadonlySet<string>; readonly wishes: ReadonlySet<string> };
  /** Verbs of a task the bot does not do ("translate", "write"). */
  readonly taskRequests: ReadonlySet<string>;
  readonly places: {
    readonly before: readonly string[];
    readonly templates: readonly string[];
    readonly notPlaces: ReadonlySet<string>;
    /** Where someone comes from ("from", "venu"): such a place is not the one asked about. */
    readonly origins: NameLead;
    /** Bodies whose name follows them ("ministry of …"): such a name is not a place. */
    readonly institutions: NameLead;
  };
}

export interface LanguageRegistry {
  /** Every language code, in the order the packs are listed (sorted by code). */
  readonly codes: readonly LanguageCode[];
  /** The language used when nothing else says which (configuration). */
  readonly defaultLanguage: LanguageCode;
  /** The normalisation rules of every pack together. */
  readonly rules: NormalisationRules;
  has(code: string | undefined): code is LanguageCode;
  pack(code: LanguageCode): LanguagePack;
  /** The language of a locale tag (`fr-CA`, `pt_BR`, `es-419`), if one of the packs claims it. */
  fromLocale(locale: string | undefined): LanguageCode | undefined;
  /** The locale tag to send to channels for a language (`fr-FR`). */
  localeOf(code: LanguageCode): string;
  /** Normalised text, with every pack's compounds folded. */
  normalise(text: string): string;
  /** Words of a normalised text, with every pack's elisions split off. */
  words(normalised: string): string[];
  /** The same words, and for each whether a hyphen joins it to the one before ("propose-t-elle"). */
  wordsJoined(normalised: string): { readonly words: string[]; readonly joined: boolean[] };
}

export class LanguageRegistryError extends Error {
  constructor(message: string) {
    super(`Language packs: ${message}`);
    this.name = 'LanguageRegistryError';
  }
}

const STOPWORDS_ISO = genericStopWords as Readonly<Record<string, readonly string[]>>;

/** A verb ending the stemmer leaves on ("arrivent"), with the infinitive endings it stands for ("arriver"). */
interface VerbEndings {
  readonly suffix: string;
  readonly infinitives: readonly string[];
}

/** Memoised stems: the same few thousand words come back on every question. `overrides`: normalised word → its stem. */
function memoisedStemmer(algorithm: string, code: string, overrides: ReadonlyMap<string, string>, baseForms: ReadonlyMap<string, string>, verbEndings: VerbEndings | undefined, isWord: (word: string) => boolean): (word: string) => string {
  let stemmer: { stem(word: string): string };
  try {
    stemmer = snowball.newStemmer(algorithm);
  } catch {
    throw new LanguageRegistryError(`${code}: unknown stemmer "${algorithm}" (one of ${snowball.algorithms().join(', ')})`);
  }
  const cache = new Map<string, string>();
  return (word: string): string => {
    let stemmed = cache.get(word);
    if (stemmed === undefined) {
      // Numbers and very short words are kept whole: "288", "ubs".
      const base = baseForms.get(word) ?? word;
      stemmed = overrides.get(base) ?? (base.length <= 3 || /\d/.test(base) ? base : stemmer.stem(base));
      // "Les villes coopèrent": a verb form left whole, which is no noun (no plural of it is a word), stems as its infinitive.
      if (stemmed === base && verbEndings && base.endsWith(verbEndings.suffix) && !isWord(`${base}s`)) {
        const root = base.slice(0, -verbEndings.suffix.length);
        const infinitive = verbEndings.infinitives.map((ending) => root + ending).find(isWord);
        if (infinitive) stemmed = overrides.get(infinitive) ?? stemmer.stem(infinitive);
      }
      if (cache.size > 50_000) cache.clear();
      cache.set(word, stemmed);
    }
    return stemmed;
  };
}

function byFirstWord(frames: readonly (readonly string[])[]): Map<string, (readonly string[])[]> {
  const map = new Map<string, (readonly string[])[]>();
  for (const frame of [...frames].sort((a, b) => b.length - a.length)) map.set(frame[0]!, [...(map.get(frame[0]!) ?? []), frame]);
  return map;
}

function compileDetails(file: LanguagePackFile, runs: (list?: readonly string[]) => string[][]): Record<DetailKind, DetailRule> {
  const compiled = (kind: string, detail: LanguagePackFile['details'][DetailKind]): DetailRule => {
    const cues = runs(detail.cues);
    const pattern = (field: 'asked' | 'notAsked' | 'stated'): RegExp | undefined => {
      const source = detail[field];
      if (source === undefined) return undefined;
      try {
        return new RegExp(source, 'iu');
      } catch (error) {
        throw new LanguageRegistryError(`${file.code}: details.${kind}.${field} is not a regular expression (${error instanceof Error ? error.message : String(error)})`);
      }
    };
    const asked = pattern('asked');
    const notAsked = pattern('notAsked');
    const stated = pattern('stated');
    return { cues, directOnly: detail.directOnly ?? false, ...(asked ? { asked } : {}), ...(notAsked ? { notAsked } : {}), ...(stated ? { stated } : {}) };
  };
  return Object.fromEntries(Object.entries(file.details).map(([kind, detail]) => [kind, compiled(kind, detail)])) as Record<DetailKind, DetailRule>;
}

/** Reads a lexicon's words (the knowledge loader's port: the core reads no files). */
export type LexiconReader = (packageName: string) => readonly string[];

/** Lexicons by package, normalised once per process: several registries (tests, the evaluation) share them. */
const lexicons = new Map<string, ReadonlySet<string>>();

/** The lexicon as a set of normalised words, read on the first look-up. */
function lexiconLookup(file: LanguagePackFile, read: LexiconReader | undefined): (word: string) => boolean {
  if (!file.lexicon || !read) return () => false;
  const packageName = file.lexicon;
  let lexicon: ReadonlySet<string> | undefined;
  return (word) => {
    lexicon ??= lexicons.get(packageName);
    if (!lexicon) lexicons.set(packageName, (lexicon = new Set(read(packageName).map(foldLetters))));
    return lexicon.has(word);
  };
}

function cuesByFirstWord(details: Readonly<Record<DetailKind, DetailRule>>): Map<string, Array<{ kind: DetailKind; cue: readonly string[] }>> {
  const map = new Map<string, Array<{ kind: DetailKind; cue: readonly string[] }>>();
  for (const [kind, rule] of Object.entries(details) as Array<[DetailKind, DetailRule]>) {
    for (const cue of rule.cues) map.set(cue[0]!, [...(map.get(cue[0]!) ?? []), { kind, cue }]);
  }
  return map;
}

function compilePack(file: LanguagePackFile, rules: NormalisationRules, readLexicon?: LexiconReader): LanguagePack {
  /** A word → word map of the pack, its keys (and values, when asked) normalised as questions are. */
  const normalisedKeys = (map: Readonly<Record<string, string>> = {}, value = (v: string): string => v): Map<string, string> =>
    new Map(Object.entries(map).map(([word, to]) => [normalise(word, rules), value(to)]));
  const phrase = (text: string): string => words(normalise(text, rules), rules).join(' ');
  /** Phrases as runs of normalised words, empty ones left out. */
  const runs = (list: readonly string[] = []): string[][] => list.map((text) => words(normalise(text, rules), rules)).filter((run) => run.length > 0);
  const details = compileDetails(file, runs);
  const frames = runs(file.frames);
  const wordSet = (list: readonly string[] = []): Set<string> => new Set(list.flatMap((w) => words(normalise(w, rules), rules)));
  const nameLead = (lead: { readonly words: readonly string[]; readonly links: readonly string[] } | undefined): NameLead => ({ words: wordSet(lead?.words), links: wordSet(lead?.links) });
  const smallTalk = Object.fromEntries(Object.entries(file.smallTalk).map(([kind, list]) => [kind, new Set(list.map(phrase))])) as Record<SmallTalkKind, Set<string>>;
  const isWord = lexiconLookup(file, readLexicon);
  const intentCues = Object.fromEntries(Object.entries(file.intentCues).map(([kind, list]) => [kind, [...wordSet(list)]])) as Record<IntentCueKind, string[]>;
  return {
    code: file.code,
    endonym: file.endonym,
    names: file.names.map(phrase),
    locales: file.locales,
    stem: memoisedStemmer(file.stemmer, file.code, normalisedKeys(file.stemOverrides), normalisedKeys(file.baseForms, (base) => normalise(base, rules)), file.verbEndings, isWord),
    isWord,
    stopWords: wordSet(file.stopWords.add),
    genericWords: file.stopWords.fromStopwordsIso ? wordSet(STOPWORDS_ISO[file.code] ?? []) : new Set(),
    frames: [...frames].sort((a, b) => b.length - a.length),
    frameWords: new Set(frames.flat()),
    framesByFirstWord: byFirstWord(frames),
    intentCues,
    details,
    detailCuesByFirstWord: cuesByFirstWord(details),
    numberWords: wordSet(file.numberWords),
    topicalCues: wordSet(file.topicalCues),
    cueNouns: wordSet(file.cueNouns),
    smallTalk,
    smallTalkWords: new Set(Object.values(smallTalk).flatMap((phrases) => [...phrases].flatMap((p) => p.split(' ')))),
    commands: file.commands,
    markers: wordSet(file.markers),
    letters: new Set([...(file.letters ?? '').toLowerCase()]),
    spacedPunctuation: new Set([...(file.spacedPunctuation ?? '')]),
    elisionPattern: file.elisions?.length ? new RegExp(`(?:^|[^\\p{L}])(?:${file.elisions.join('|')})'\\p{L}`, 'iu') : undefined,
    partJoiners: wordSet(file.partJoiners),
    backReferences: wordSet(file.backReferences),
    determiners: wordSet(file.determiners),
    nounModifiers: { position: file.nounModifiers?.position ?? 'before', links: wordSet(file.nounModifiers?.links), aheadOfNoun: wordSet(file.nounModifiers?.aheadOfNoun) },
    questionWords: wordSet(file.questionWords),
    yesNoOpeners: runs(file.yesNoOpeners),
    verbMarkers: wordSet(file.verbMarkers),
    placeReferences: runs(file.placeReferences),
    levelNouns: wordSet(file.levelNouns),
    profileWords: wordSet(file.profileWords),
    domainWords: wordSet(file.domainWords),
    sceneWords: wordSet(file.sceneWords),
    askerPronouns: wordSet(file.askerPronouns),
    askerWishes: runs(file.askerWishes),
    askerPossessives: wordSet(file.askerPossessives),
    sceneOpeners: runs(file.sceneOpeners),
    sceneReferences: wordSet(file.sceneReferences),
    whetherWords: wordSet(file.whetherWords),
    relativePronouns: wordSet(file.relativePronouns),
    conditions: { openers: (file.conditions?.openers ?? []).map((opener) => normalise(opener, rules)), modals: wordSet(file.conditions?.modals), subjects: wordSet(file.conditions?.subjects), wishes: wordSet(file.conditions?.wishes) },
    taskRequests: wordSet(file.taskRequests),
    places: {
      before: file.places?.before ?? [],
      templates: file.places?.templates ?? [],
      notPlaces: wordSet(file.places?.notPlaces),
      origins: nameLead(file.places?.origins),
      institutions: nameLead(file.places?.institutions),
    },
  };
}

/** Builds the registry from parsed, schema-validated packs; `defaultLanguage` must be one of them; `readLexicon` reads the packs' lexicons. */
export function createLanguageRegistry(files: readonly LanguagePackFile[], defaultLanguage: LanguageCode, readLexicon?: LexiconReader): LanguageRegistry {
  if (files.length === 0) throw new LanguageRegistryError('no language pack');
  const sorted = [...files].sort((a, b) => a.code.localeCompare(b.code));
  const codes = sorted.map((f) => f.code);
  const duplicate = codes.find((code, i) => codes.indexOf(code) !== i);
  if (duplicate) throw new LanguageRegistryError(`"${duplicate}" has two packs`);
  if (!codes.includes(defaultLanguage)) throw new LanguageRegistryError(`the default language "${defaultLanguage}" has no pack (packs: ${codes.join(', ')})`);
  const rules = compileNormalisation(
    sorted.flatMap((f) => (f.compounds ?? []).map(([from, to]) => [from, to] as const)),
    sorted.flatMap((f) => f.elisions ?? []),
  );
  const packs = new Map(sorted.map((f) => [f.code, compilePack(f, rules, readLexicon)]));
  // Exact tags first, then prefixes ("fr-*"), so "pt-BR" is not taken by a broader claim.
  const exact = new Map<string, LanguageCode>();
  const prefixes: Array<readonly [string, LanguageCode]> = [];
  for (const file of sorted) {
    for (const tag of file.locales) {
      if (tag.endsWith('-*')) prefixes.push([tag.slice(0, -2).toLowerCase(), file.code]);
      else if (!exact.has(tag.toLowerCase())) exact.set(tag.toLowerCase(), file.code);
    }
  }
  return {
    codes,
    defaultLanguage,
    rules,
    has: (code): code is LanguageCode => code !== undefined && packs.has(code),
    pack(code) {
      const pack = packs.get(code);
      if (!pack) throw new LanguageRegistryError(`no pack for "${code}"`);
      return pack;
    },
    fromLocale(locale) {
      if (!locale) return undefined;
      const tag = locale.trim().replace(/_/g, '-').toLowerCase();
      const found = exact.get(tag);
      if (found) return found;
      const base = tag.split('-')[0]!;
      return exact.get(base) ?? prefixes.find(([prefix]) => tag.startsWith(`${prefix}-`) || tag === prefix)?.[1];
    },
    localeOf: (code) => packs.get(code)?.locales.find((tag) => !tag.endsWith('*')) ?? code,
    normalise: (text) => normalise(text, rules),
    words: (normalised) => words(normalised, rules),
    wordsJoined: (normalised) => wordsJoined(normalised, rules),
  };
}
