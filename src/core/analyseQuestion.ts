// Reads a question once: its language, its words (typos corrected), the words that only frame it,
// what it asks for (intent), its topic words and their concepts, the place, profile and domain it
// names, and its parts when it asks two things. Everything downstream uses this analysis and never
// normalises the text again.
import { matchesConceptWord, type KnowledgeIndex, type LanguageIndex } from './buildIndex';
import { editSimilarity } from './editSimilarity';
import { ENGINE } from './engineConfig';
import { chooseLanguage, rankLanguages, type LanguageContext } from './language/detectLanguage';
import { normaliseText } from './language/normalise';
import type { DetailKind, IntentCueKind, LanguageCode, LanguagePack, SmallTalkKind } from './language/registry';
import { findUnknownPlace, profileDateWords, profilesMentioned } from './places';
import type { DomainId, Language } from './types';

/** One word of the question, as typed and as read. */
export interface QuestionWord {
  /** Normalised, as typed. */
  readonly typed: string;
  /** The word meant: the typed one, or the knowledge's word a typo stands for. */
  readonly word: string;
  /** 1 when typed as is; below for a corrected typo. */
  readonly similarity: number;
  /** Its stem in the question's language. */
  readonly stem: string;
  /** In a sentence that sets the scene before the question ("I'm a researcher preparing a city assessment."). */
  readonly context?: boolean;
  /**
   * In a scene the question does not lean on: a sentence closed by a full stop, before a question
   * with a topic of its own and no pronoun pointing back ("Je travaille pour une chambre de commerce.
   * Le profil recommande-t-il…?"). Its words say who asks more than what is asked.
   */
  readonly aside?: boolean;
  /** Joined by a hyphen to the word before, as an inverted subject is ("propose-t-elle"). */
  readonly hyphenated?: boolean;
  /** The first word after a question mark: another question begins ("… gratuits ? Et les enfants… ?"). */
  readonly asksAnew?: boolean;
  /** A modal in a question that opens on a condition ("If there's a flood, how would people…?"), or right after a relative pronoun ("courses that could help them"): it carries a hypothesis, no wish for improvement. */
  readonly hypothetical?: boolean;
}

export interface Intent {
  readonly definition: boolean;
  readonly potential: boolean;
  readonly developed: boolean;
  readonly national: boolean;
  readonly city: boolean;
  /** Details asked for ("how many", "phone number", "step by step"): only a source stating them answers. */
  readonly details: readonly DetailKind[];
  /** The question names the MGI itself. */
  readonly framework: boolean;
  /** The question names a profile as a document ("who did the research behind the Manaus profile?"). */
  readonly profileDocument?: boolean;
  /** …and asks about the profile itself ("what does the Manaus migration profile describe?"): its introduction answers. */
  readonly profileItself?: boolean;
  /** The question asks for the domains taken together, naming none ("what are the six areas the MGI looks at?"). */
  readonly domains?: boolean;
}

/** A topic word and what it stands for in the knowledge. */
export interface TopicWord extends QuestionWord {
  /** Concepts this word takes part in (from the thesaurus phrases found in the question). */
  readonly concepts: readonly string[];
  /** Known to the knowledge: some source's text or terms has it, or some source's text carries one of its concepts. */
  readonly known: boolean;
  /** Introduced by an article or a possessive ("the budget", "le maire"): a thing asked about, not a way of asking. */
  readonly noun: boolean;
  /** A cue that is also a topic word ("assess", "mesure"): when no source that may answer has it, it only said how the question asks. */
  readonly cue?: boolean;
}

export interface QuestionPart {
  readonly topic: readonly TopicWord[];
  readonly intent: Intent;
  /** What a count the part asks for counts, as stems in order ("specialized health units"); empty when it asks no count or names nothing after the cue. */
  readonly counted: readonly string[];
  /** The domain whose name or alias the part contains in full, and whether that name is its whole topic. */
  readonly domainNamed?: DomainId;
  readonly domainOnly: boolean;
  /** A later question pointing back with a pronoun at an earlier one about what a profile does ("…, et donne-t-elle droit à un diplôme ?"): the MGI's definitions do not say it. */
  readonly aboutWhatCameBefore?: boolean;
}

export interface AnalysedQuestion extends QuestionPart {
  readonly text: string;
  /** The language to answer in. */
  readonly language: Language;
  /** The language the text itself is clearly written in, if it says. */
  readonly textLanguage?: Language;
  readonly words: readonly QuestionWord[];
  /** The whole message is small talk ("thanks, very helpful!"). */
  readonly smallTalk?: SmallTalkKind;
  /** Profiles the question names by place (misspelt or not). */
  readonly profilesNamed: readonly string[];
  /** The question points at a profile's place without naming it ("how does the city…?"). */
  readonly placeReferred: boolean;
  /** A place no profile covers. */
  readonly unknownPlace?: string;
  /** The message asks for a task ("translate this…", "écris…"), not for what the material says. */
  readonly taskRequest: boolean;
  /** Two questions in one message ("how many indicators … and on how many domains?"), each read alone. */
  readonly parts: readonly QuestionPart[];
}

/** Small talk outranks in this order when a message holds several ("hi, what can you do?"). */
const SMALL_TALK_PRIORITY: readonly SmallTalkKind[] = ['help', 'thanks', 'goodbye', 'greeting'];

/** The longest small-talk phrases the message is made of, if it is made only of them (and fillers). */
function smallTalkOnly(words: readonly string[], pack: LanguagePack, isFiller: (w: string) => boolean): SmallTalkKind | undefined {
  // A word that is neither small talk nor a filler means a real message: most questions stop here.
  if (words.some((w) => !pack.smallTalkWords.has(w) && !pack.stopWords.has(w) && !isFiller(w))) return undefined;
  const found = new Set<SmallTalkKind>();
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    for (let length = Math.min(8, words.length - i); length > 0 && matched === 0; length--) {
      const phrase = words.slice(i, i + length).join(' ');
      for (const kind of SMALL_TALK_PRIORITY) {
        if (pack.smallTalk[kind].has(phrase)) {
          found.add(kind);
          matched = length;
          break;
        }
      }
    }
    if (matched > 0) i += matched;
    else if (pack.stopWords.has(words[i]!) || isFiller(words[i]!)) i++;
    else return undefined;
  }
  return SMALL_TALK_PRIORITY.find((kind) => found.has(kind));
}

/**
 * Whether the word at `i` is (part of) a noun phrase: a determiner comes before it ("the budget",
 * "le maire"), directly or through one of the phrase's other words ("the reception post", "what
 * housing subsidies"), with no function word between.
 */
function nounAt(words: readonly QuestionWord[], i: number, pack: LanguagePack): boolean {
  // "…le profil de Manaus formule-t-il…": the word before a verb marker is a verb.
  if (i + 1 < words.length && pack.verbMarkers.has(words[i + 1]!.typed)) return false;
  const breaks = (word: string): boolean => pack.stopWords.has(word) || pack.frameWords.has(word) || pack.questionWords.has(word);
  // Where modifiers come first, the last word of a determiner's phrase is its head, however long
  // the phrase: "the last Brazilian football championship".
  const endsPhrase = pack.nounModifiers.position === 'before' && (i === words.length - 1 || breaks(words[i + 1]!.word));
  // Otherwise a noun phrase is short: in "which city secretariat handles disasters", "handles" is the verb.
  // Where modifiers follow, the head comes right after the article ("la catégorie consacrée à…").
  // …after the few modifiers that come first ("les meilleurs bars").
  const before = beforeNoun(words, i, pack);
  const reach = endsPhrase ? i : pack.nounModifiers.position === 'after' ? 1 : ENGINE.nounPhraseReach;
  for (let j = before; j >= Math.max(0, before + 1 - reach); j--) {
    const word = words[j]!.word;
    if (pack.determiners.has(word)) return true;
    if (breaks(word)) return false;
  }
  return false;
}

/** Where the words before the one at `i` begin, past a modifier that comes ahead of its noun ("les meilleurs bars"). */
function beforeNoun(words: readonly QuestionWord[], i: number, pack: LanguagePack): number {
  return pack.nounModifiers.position === 'after' && pack.nounModifiers.aheadOfNoun.has(words[i - 1]?.word ?? '') ? i - 2 : i - 1;
}

/** Removes the question frames ("what does … look at", "is there") from the words, longest first. */
function withoutFrames(words: readonly QuestionWord[], pack: LanguagePack): QuestionWord[] {
  const out: QuestionWord[] = [];
  let i = 0;
  while (i < words.length) {
    const candidates = [...(pack.framesByFirstWord.get(words[i]!.word) ?? []), ...(words[i]!.typed !== words[i]!.word ? pack.framesByFirstWord.get(words[i]!.typed) ?? [] : [])];
    const frame = candidates.find((f) => f.every((w, j) => words[i + j]?.word === w || words[i + j]?.typed === w));
    if (frame) i += frame.length;
    else out.push(words[i++]!);
  }
  return out;
}

/** Edits a word of this length may carry and still be recognised. */
function editsAllowed(length: number): number {
  return ENGINE.typo.editsByLength.find(([minLength]) => length >= minLength)?.[1] ?? 0;
}

const correctionCaches = new WeakMap<LanguageIndex, Map<string, { word: string; similarity: number }>>();

/** The knowledge's word a typed word stands for: itself when known, else the closest within its edit budget. */
function correct(languageIndex: LanguageIndex, typed: string): { word: string; similarity: number } {
  const { pack } = languageIndex;
  // A known word in another form ("formée" for "formation", "improving") is no typo; nor is a cue.
  // A misspelling that stems like a knowledge word ("governence" like "government") is still tried.
  const isWord = pack.isWord(typed);
  const known = languageIndex.surface.has(typed) || pack.stopWords.has(typed) || pack.frameWords.has(typed) || languageIndex.fillers.has(typed) || isAnyCue(typed, pack);
  const knownStem = languageIndex.idf.has(pack.stem(typed));
  if (typed.length < 5 || known || (knownStem && isWord) || /\d/.test(typed)) return { word: typed, similarity: 1 };
  // A word of the language is meant as typed ("shape" is not "share", "formée" not "forcée"), or
  // as a longer form of itself ("dédié" for "dédiée").
  let cache = correctionCaches.get(languageIndex);
  if (!cache) correctionCaches.set(languageIndex, (cache = new Map()));
  const remembered = cache.get(typed);
  if (remembered) return remembered;
  const budget = editsAllowed(typed.length);
  let best = { word: typed, similarity: 1 };
  let bestEdits = Infinity;
  for (const { item } of languageIndex.surfaceSearch.get(typed[0]!)?.search(typed, { limit: ENGINE.typo.candidates }) ?? []) {
    const similarity = editSimilarity(typed, item);
    const edits = Math.round((1 - similarity) * Math.max(typed.length, item.length));
    if (edits <= budget && edits < bestEdits && (!isWord || item.startsWith(typed))) {
      best = { word: item, similarity };
      bestEdits = edits;
    }
  }
  if (cache.size >= ENGINE.matchCacheSize) cache.clear();
  cache.set(typed, best);
  return best;
}

/** How a typed word differs from a word by one edit, most likely first: swapped letters ("dose"), one left out ("wat"), one wrong, one extra. */
function oneEdit(typed: string, word: string): 0 | 1 | 2 | 3 | undefined {
  if (typed.length === word.length) {
    const diff = [...typed].flatMap((c, i) => (c === word[i] ? [] : [i]));
    if (diff.length === 2 && diff[1] === diff[0]! + 1 && typed[diff[0]!] === word[diff[1]!] && typed[diff[1]!] === word[diff[0]!]) return 0;
    return diff.length === 1 ? 2 : undefined;
  }
  const [shorter, longer] = typed.length < word.length ? [typed, word] : [word, typed];
  if (longer.length !== shorter.length + 1) return undefined;
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i++;
  if (shorter.slice(i) !== longer.slice(i + 1)) return undefined;
  return typed === shorter ? 1 : 3;
}

/** Per pack, the function words a slip may stand for (question words first), and the slips already read. */
const functionWordCaches = new WeakMap<LanguagePack, { readonly candidates: readonly string[]; readonly meant: Map<string, string | undefined> }>();

/**
 * The function word an unknown word misspells ("dose" for "does", "wat" for "what"), if one is a
 * single edit away: question words first. A word of the language counts only with two letters
 * swapped ("dose") or one left out ("wat"), the commonest slips; a word the knowledge has is never one.
 */
function functionWordMeant(languageIndex: LanguageIndex, typed: string): string | undefined {
  const { pack } = languageIndex;
  if (typed.length < 3 || /\d/.test(typed) || languageIndex.surface.has(typed) || pack.stopWords.has(typed) || pack.frameWords.has(typed) || languageIndex.idf.has(pack.stem(typed))) return undefined;
  let cache = functionWordCaches.get(pack);
  if (!cache) {
    const candidates = [...new Set([...pack.questionWords, ...pack.stopWords])].filter((word) => word.length >= 3 && !/[^\p{L}]/u.test(word));
    functionWordCaches.set(pack, (cache = { candidates, meant: new Map() }));
  }
  const { candidates, meant } = cache;
  if (meant.has(typed)) return meant.get(typed);
  const slipsOnly = pack.isWord(typed);
  let best: { word: string; rank: number } | undefined;
  for (const word of candidates) {
    const edit = oneEdit(typed, word);
    if (edit === undefined || (slipsOnly && edit > 1)) continue;
    if (!best || edit < best.rank) best = { word, rank: edit };
  }
  if (meant.size >= ENGINE.matchCacheSize) meant.clear();
  meant.set(typed, best?.word);
  return best?.word;
}

/** What a typed word of the question means: a function word it misspells, or the knowledge's word it stands for. */
function meantWord(languageIndex: LanguageIndex, typed: string): { word: string; similarity: number } {
  const functionWord = functionWordMeant(languageIndex, typed);
  return functionWord ? { word: functionWord, similarity: editSimilarity(typed, functionWord) } : correct(languageIndex, typed);
}

const isAnyCue = (word: string, pack: LanguagePack): boolean => cueBitsOf(word, pack.stem(word), pack) !== 0;

/** A typo correction may change a short word's meaning ("formée" → "forcée"): cues are read from corrections of long words, or of words the language lacks. */
const MIN_CORRECTED_CUE_LENGTH = 8;

/**
 * The details a part asks for, and the words that ask for them: a cue is a run of words as written
 * ("phone number"; stems would take "coordination" for "coordinator"). Its words say what kind of
 * answer is wanted, so they are no topic words ("COMPREMI founding year?" is about COMPREMI).
 */
function readDetails(words: readonly QuestionWord[], pack: LanguagePack): { kinds: DetailKind[]; cueWords: Set<QuestionWord>; counted: string[] } {
  const same = (w: QuestionWord | undefined, c: string): boolean => w !== undefined && (w.typed === c || w.word === c);
  const asked = new Set<DetailKind>();
  const cueWords = new Set<QuestionWord>();
  // A yes/no question, by its opening words or by an inverted subject before any question word
  // ("La ville mesure-t-elle dans quelle proportion…?"), asks whether, not how many.
  const inversion = words.findIndex((w) => w.hyphenated === true && pack.verbMarkers.has(w.typed));
  const firstQuestionWord = words.findIndex((w) => pack.questionWords.has(w.word));
  const yesNo = pack.yesNoOpeners.some((opener) => opener.every((w, j) => same(words[j], w))) || (inversion > 0 && (firstQuestionWord < 0 || inversion < firstQuestionWord));
  // …nor does a count in an embedded yes/no question ("quelle partie vérifie si … des statistiques"), past the question's first word.
  const whetherAt = words.findIndex((w, i) => i > 0 && pack.whetherWords.has(w.word));
  let counted: string[] = [];
  // A question word asks ("when was…"); a cue without one may only name what is asked about
  // ("when was the municipal secretary… created?" asks a date, not a person).
  const askedByQuestionWord = new Set<DetailKind>();
  words.forEach((w, i) => {
    // A scene the question does not lean on asks for nothing ("I'm writing a thesis on migration statistics. Does…?").
    if (w.aside) return;
    const candidates = pack.detailCuesByFirstWord.get(w.typed) ?? (w.word !== w.typed ? pack.detailCuesByFirstWord.get(w.word) : undefined) ?? [];
    const checked = yesNo || (whetherAt > 0 && whetherAt < i);
    for (const { kind, cue } of candidates) {
      if ((checked && pack.details[kind].directOnly) || !cue.every((c, j) => same(words[i + j], c))) continue;
      asked.add(kind);
      if (cue.some((c) => pack.questionWords.has(c))) askedByQuestionWord.add(kind);
      cue.forEach((_, j) => cueWords.add(words[i + j]!));
      if (kind === 'count' && counted.length === 0) counted = countedAfter(words, i + cue.length, pack);
    }
  });
  if (askedByQuestionWord.size > 0) for (const kind of asked) if (!askedByQuestionWord.has(kind)) asked.delete(kind);
  const text = words.map((w) => w.typed).join(' ');
  for (const kind of Object.keys(pack.details) as DetailKind[]) if (!asked.has(kind) && pack.details[kind].asked?.test(text) && !(yesNo && pack.details[kind].directOnly)) asked.add(kind);
  for (const kind of asked) if (pack.details[kind].notAsked?.test(text)) asked.delete(kind);
  // In the pack's order, whatever the order of the words.
  return { kinds: (Object.keys(pack.details) as DetailKind[]).filter((kind) => asked.has(kind)), cueWords, counted };
}

/** The longest noun phrase a count asks about ("how many specialized health units", "combien d'unités de santé spécialisées"). */
const COUNTED_PHRASE_REACH = 4;

/** The stems of what a count cue asks the number of: the content words right after it, up to a function word other than a link ("de"). */
function countedAfter(words: readonly QuestionWord[], start: number, pack: LanguagePack): string[] {
  const stems: string[] = [];
  let i = start;
  while (i < words.length && pack.stopWords.has(words[i]!.word) && stems.length === 0) i++;
  for (; i < words.length && stems.length < COUNTED_PHRASE_REACH; i++) {
    const w = words[i]!;
    if (pack.nounModifiers.links.has(w.word)) continue;
    if (pack.stopWords.has(w.word)) break;
    stems.push(w.stem);
  }
  return stems;
}

/** Whether the words name the MGI: an acronym ("MGI", "IGM") or the full name in the question's language. */
function namesFramework(framed: readonly QuestionWord[], languageIndex: LanguageIndex, frameworkAcronyms: ReadonlySet<string>): boolean {
  if (framed.some((w) => frameworkAcronyms.has(w.word))) return true;
  const stems = framed.filter((w) => !languageIndex.pack.stopWords.has(w.word)).map((w) => w.stem);
  return languageIndex.frameworkTitles.some((title) => stems.some((_, i) => title.every((s, j) => stems[i + j] === s)));
}

/** `details`: the details asked for; `cueWords`: the words outside frames and thesaurus phrases, where cues are read; `framed`: the words outside frames. */
function readIntent(details: readonly DetailKind[], framed: readonly QuestionWord[], cueWords: readonly QuestionWord[], languageIndex: LanguageIndex, frameworkAcronyms: ReadonlySet<string>): Intent {
  const { pack } = languageIndex;
  const bits = cueWords.reduce((all, w) => all | intentCueBits(w, pack), 0);
  const has = (kind: IntentCueKind): boolean => (bits & (1 << INTENT_KINDS.indexOf(kind))) !== 0;
  return {
    definition: has('definition'),
    potential: has('potential'),
    developed: has('developed'),
    national: has('national'),
    city: has('city'),
    details,
    framework: namesFramework(framed, languageIndex, frameworkAcronyms),
  };
}

const INTENT_KINDS = ['definition', 'potential', 'developed', 'national', 'city'] as const;
const DEFINITION_BIT = 1 << INTENT_KINDS.indexOf('definition');
/** Per pack, the intent cues by exact word, and those of five letters or more that a word may begin with, as bits of INTENT_KINDS. */
interface CueTable {
  readonly exact: ReadonlyMap<string, number>;
  readonly prefixes: ReadonlyArray<readonly [string, number]>;
}
const cueTables = new WeakMap<LanguagePack, CueTable>();
function cueTableOf(pack: LanguagePack): CueTable {
  let table = cueTables.get(pack);
  if (!table) {
    const exact = new Map<string, number>();
    const prefixes: Array<[string, number]> = [];
    INTENT_KINDS.forEach((kind, bit) => {
      for (const cue of pack.intentCues[kind]) {
        exact.set(cue, (exact.get(cue) ?? 0) | (1 << bit));
        if (cue.length >= 5) prefixes.push([cue, 1 << bit]);
      }
    });
    cueTables.set(pack, (table = { exact, prefixes }));
  }
  return table;
}
/**
 * The intent kinds a word is a cue of, as bits of INTENT_KINDS: a cue equal to the word or its
 * stem, or of five letters or more and beginning it; a typo correction counts for long words, and
 * for words the language does not have ("masure"), not for a word of the language ("formée" is not "forcée").
 */
function intentCueBits(w: QuestionWord, pack: LanguagePack): number {
  const asCorrected = w.word === w.typed || w.typed.length >= MIN_CORRECTED_CUE_LENGTH || !pack.isWord(w.typed);
  return asCorrected ? cueBitsOf(w.word, w.stem, pack) : cueBitsOf(w.typed, undefined, pack);
}

/**
 * A cue matches a word equal to it or stemmed to it, or, for a cue of five letters or more, a word
 * it begins; of several that begin it, the longest ("strengthened" is "strengthen", not "strength").
 */
function cueBitsOf(word: string, stem: string | undefined, pack: LanguagePack): number {
  const { exact, prefixes } = cueTableOf(pack);
  const bits = (exact.get(word) ?? 0) | (stem === undefined ? 0 : (exact.get(stem) ?? 0));
  let longest: [string, number] | undefined;
  for (const [cue, bit] of prefixes) {
    if (!word.startsWith(cue)) continue;
    if (!longest || cue.length > longest[0].length) longest = [cue, bit];
    else if (cue.length === longest[0].length) longest = [cue, longest[1] | bit];
  }
  return bits | (longest?.[1] ?? 0);
}
const isIntentCue = (w: QuestionWord, pack: LanguagePack): boolean => intentCueBits(w, pack) !== 0;
const isTopicalCue = (w: QuestionWord, pack: LanguagePack): boolean => pack.topicalCues.has(w.word) || pack.topicalCues.has(w.stem);

/**
 * Concepts of the thesaurus whose phrases the words contain, per word position; and the positions
 * inside a phrase of several words ("best practices"), whose words are topic, not cues.
 */
function conceptsAt(words: readonly QuestionWord[], languageIndex: LanguageIndex, populations: ReadonlySet<string>): { at: Map<number, Set<string>>; inPhrase: Set<number>; phrases: Array<{ start: number; length: number; concept: string }> } {
  const at = new Map<number, Set<string>>();
  const inPhrase = new Set<number>();
  const phrases: Array<{ start: number; length: number; concept: string }> = [];
  // The longest phrase at a word says what it means: "travaille" in "travaille avec" is cooperation, not work.
  const longest = new Map<number, number>();
  words.forEach((w, i) => {
    for (const phrase of languageIndex.conceptPhrases.get(w.stem) ?? []) {
      const span = phraseAt(words, i, phrase.stems, languageIndex.pack);
      if (!span || !matchesConceptWord(phrase, w.word)) continue;
      if (span.length > 1) phrases.push({ start: i, length: span[span.length - 1]! - i + 1, concept: phrase.concept });
      for (const position of span) {
        if (span.length > 1) inPhrase.add(position);
        const length = longest.get(position) ?? 0;
        // Whom the words are about ("migrants" in "migrants' rights") stays whatever phrase they are in.
        if (populations.has(phrase.concept)) {
          at.set(position, (at.get(position) ?? new Set<string>()).add(phrase.concept));
          continue;
        }
        if (span.length < length) continue;
        const kept = [...(at.get(position) ?? [])].filter((c) => span.length === length || populations.has(c));
        at.set(position, new Set([...kept, phrase.concept]));
        longest.set(position, span.length);
      }
    }
  });
  return { at, inPhrase, phrases };
}

/**
 * The positions of a phrase's words from `start`, if the words there are the phrase's: the inverted
 * subject of a verb may stand between them ("font-elles partie" is "font partie"), and so may a
 * modifier ahead of a noun ("ouvrir sa petite boîte" is "ouvrir sa boîte").
 */
function phraseAt(words: readonly QuestionWord[], start: number, stems: readonly string[], pack: LanguagePack): number[] | undefined {
  const positions: number[] = [];
  let i = start;
  for (const [j, stem] of stems.entries()) {
    if (j > 0) while (i < words.length && words[i]!.stem !== stem && (pack.verbMarkers.has(words[i]!.typed) || pack.nounModifiers.aheadOfNoun.has(words[i]!.word))) i++;
    if (words[i]?.stem !== stem) return undefined;
    positions.push(i++);
  }
  return positions;
}

/** A word some source has, in any language (each stemmed as its language stems). */
function isKnownWord(index: KnowledgeIndex, word: string): boolean {
  for (const languageIndex of index.byLanguage.values()) if (languageIndex.idf.has(languageIndex.pack.stem(word))) return true;
  return false;
}

/** Reads one part of a question (or the whole of it). */
function readPart(
  index: KnowledgeIndex,
  languageIndex: LanguageIndex,
  words: readonly QuestionWord[],
  ignore: ReadonlySet<string>,
  frameworkNames: ReadonlySet<string>,
  names: ReadonlySet<string>,
  framed: readonly QuestionWord[] = withoutFrames(words, languageIndex.pack),
): QuestionPart {
  const { pack } = languageIndex;
  const { at: concepts, inPhrase, phrases } = conceptsAt(words, languageIndex, index.populationConcepts);
  const positions = new Map(words.map((w, i) => [w, i]));
  // Cues are read outside the frames ("as well as" asks for no strength) and outside the
  // thesaurus's phrases ("best practices" asks for no strength either).
  // A cue that is also a noun, right after an article, is a thing asked about ("des mesures pour les
  // migrants", "la définition des programmes"), not how the question asks ("que mesure le domaine ?"),
  // unless the domain or the MGI it is of follows ("la définition du domaine Partenariats").
  const contentStems = words.filter((w) => !pack.stopWords.has(w.word)).map((w) => w.stem);
  const named = languageIndex.domainNames.find((name) => namedTogether(contentStems, name.stems));
  // Read only for a cue noun after an article, which few questions have.
  let aboutTheFramework: boolean | undefined;
  const ofTheFramework = (at: number): boolean =>
    (aboutTheFramework ??= namesFramework(framed, languageIndex, index.frameworkAcronyms) || words.some((n) => !pack.cueNouns.has(n.word) && (cueBitsOf(n.word, n.stem, pack) & DEFINITION_BIT) !== 0)) ||
    words.slice(at + 1, at + 2 + 2 * ENGINE.nounPhraseReach).some((n) => named?.stems.includes(n.stem) === true);
  const nounCue = (w: QuestionWord): boolean => pack.cueNouns.has(w.word) && pack.determiners.has(words[beforeNoun(words, positions.get(w)!, pack)]?.word ?? '') && !ofTheFramework(positions.get(w)!);
  // A cue beside the asker's "I" says what the asker would do ("how would I find out"), not what is
  // asked; so does one right after what the asker wants to do ("I want to improve my Portuguese").
  const askerBeside = (w: QuestionWord): boolean => {
    const at = positions.get(w)!;
    if ([-1, 1].some((d) => pack.askerPronouns.has(words[at + d]?.word ?? ''))) return true;
    return pack.askerWishes.some((wish) => at >= wish.length && wish.every((x, j) => words[at - wish.length + j]!.typed === x));
  };
  const cueWords = framed.filter((w) => !inPhrase.has(positions.get(w)!) && !nounCue(w) && !askerBeside(w) && !w.hypothetical);
  // Details are read in the whole part: "how many" is also a question frame's words.
  const details = readDetails(words, pack);
  const intent = readIntent(details.kinds, framed, cueWords, languageIndex, index.frameworkAcronyms);
  const topic: TopicWord[] = [];
  const seen = new Set<string>();
  // Words typed as in a search box ("refugees housing"), with no function word, are the things asked about.
  const keywords = words.length > 1 && words.every((w) => !pack.stopWords.has(w.word));
  for (const w of framed) {
    // A modifier ahead of its noun ("les principales mesures") only narrows it.
    // A level noun ("échelon national", "city tier") only says which level: the level cue beside it is read.
    if (pack.stopWords.has(w.word) || pack.levelNouns.has(w.word) || languageIndex.fillers.has(w.word) || ignore.has(w.word) || frameworkNames.has(w.word) || details.cueWords.has(w) || (w.context && pack.sceneWords.has(w.word)) || pack.nounModifiers.aheadOfNoun.has(w.word)) continue;
    // A cue that is no topic word only says what kind of answer is wanted: it steers the choice of sources and matches no text.
    const topical = isTopicalCue(w, pack);
    const cue = isIntentCue(w, pack) && !nounCue(w);
    if (cue && !topical && !inPhrase.has(positions.get(w)!)) continue;
    if (w.stem.length < 2 || seen.has(w.stem)) continue;
    seen.add(w.stem);
    const wordConcepts = [...(concepts.get(positions.get(w)!) ?? [])];
    // A name the question writes capitalised ("the Global Compact") is a thing asked about.
    const noun = keywords || nounAt(words, positions.get(w)!, pack) || names.has(w.typed);
    // Known: some source has the word, or carries one of its concepts; a concept no text carries ("budget") is not knowledge.
    // …or its broader concept ("doctors" are health): a text on health answers about them.
    const known = wordConcepts.some((concept) => index.conceptIdf.has(concept) || index.conceptIdf.has(index.broaderConcepts.get(concept) ?? '')) || isKnownWord(index, w.word);
    topic.push({ ...w, concepts: wordConcepts, known, noun, cue: topical && cue });
  }
  // A thesaurus phrase made only of function words ("ask for help") still says what is asked: it
  // stands in the topic as one word, matched by its concept.
  for (const phrase of phrases) {
    const span = words.slice(phrase.start, phrase.start + phrase.length);
    if (span.some((w) => topic.some((t) => t.typed === w.typed)) || !index.conceptIdf.has(phrase.concept)) continue;
    const typed = span.map((w) => w.typed).join(' ');
    if (seen.has(typed)) continue;
    seen.add(typed);
    topic.push({ typed, word: typed, similarity: 1, stem: typed, concepts: [phrase.concept], known: true, noun: false });
  }
  // "The Manaus migration governance profile": a profile named as a document, with no topic but the MGI's own name.
  const profileDocument = words.some((w) => pack.profileWords.has(w.word));
  // The scene ("I'm preparing a class on Manaus.") is not what is asked about the document, unless
  // the question points back at it ("…foreigners' rights. Is that something the report talks about?").
  const pointsAtScene = words.some((w) => !w.context && pack.sceneReferences.has(w.word));
  const sceneOnly = profileDocument && !pointsAtScene ? sceneOnlyStems(words, pack) : undefined;
  const aboutTheDocument = (t: TopicWord): boolean => (t.context === true && sceneOnly?.has(t.stem) === true) || pack.profileWords.has(t.word);
  // Strengths or recommendations asked of the profile are findings ("does the profile suggest anything that could help?").
  const profileItself = profileDocument && !intent.developed && !intent.potential && topic.every((t) => aboutTheDocument(t) || languageIndex.frameworkTitles.some((title) => title.includes(t.stem)));
  const topicStems = new Set(topic.map((t) => t.stem));
  // A domain is named by its name's words together ("migrants' rights", "droits des migrants"), not
  // scattered ("a migrant … learn about their rights").
  const domainOnly = named !== undefined && [...topicStems].every((s) => named.stems.includes(s));
  // "Which themes…?", "the six areas": the word for the domains says what is asked, it is no topic
  // of its own; with another topic ("how many indicators, and in how many domains?"), it asks nothing more.
  const others = topic.filter((t) => !pack.domainWords.has(t.word) && !pack.numberWords.has(t.word) && !t.context);
  const domains = named === undefined && others.length === 0 && words.some((w) => pack.domainWords.has(w.word));
  const withDocument = profileDocument ? { ...intent, profileDocument, profileItself } : intent;
  // What is asked of the document itself is what it is: the scene and the word for it ask for nothing more.
  const asked = domains ? others : profileItself ? topic.filter((t) => !aboutTheDocument(t)) : topic;
  return { topic: asked, intent: domains ? { ...withDocument, domains } : withDocument, counted: details.counted, domainNamed: named?.domain, domainOnly };
}

/** Whether every stem of a name stands within a window of the name's length (and `ENGINE.domainNameSlack`) among the content stems. */
function namedTogether(contentStems: readonly string[], nameStems: readonly string[]): boolean {
  if (!nameStems.every((s) => contentStems.includes(s))) return false;
  const width = nameStems.length + ENGINE.domainNameSlack;
  return contentStems.some((stem, start) => {
    if (!nameStems.includes(stem)) return false;
    const window = contentStems.slice(start, start + width);
    return nameStems.every((s) => window.includes(s));
  });
}

/**
 * The stems said only in the scene before the question: none when the question points back at it
 * with a pronoun not before a noun ("… does the profile say anything about this?"; "this migration
 * profile" names the profile); a scene word the question says again is asked ("…trafficking. Is the
 * city doing enough against trafficking?").
 */
function sceneOnlyStems(words: readonly QuestionWord[], pack: LanguagePack): ReadonlySet<string> {
  const asked = new Set<string>();
  for (const [i, w] of words.entries()) {
    if (w.context) continue;
    if (pack.backReferences.has(w.word) && (words[i + 1] === undefined || pack.stopWords.has(words[i + 1]!.word))) return new Set();
    asked.add(w.stem);
  }
  return new Set(words.filter((w) => w.context && !asked.has(w.stem)).map((w) => w.stem));
}

/** A joiner ("and", "et") followed closely by a question word starts a second question. */
const QUESTION_WORD_REACH = 3;

/** Splits a message that asks two things ("… and on how many domains?") into its questions. */
function splitParts(words: readonly QuestionWord[], pack: LanguagePack): QuestionWord[][] {
  const parts: QuestionWord[][] = [[]];
  words.forEach((w, i) => {
    const next = words.slice(i + 1, i + 1 + QUESTION_WORD_REACH);
    // …or by an inverted verb ("… et la ville propose-t-elle … ?"), a question by its form.
    // The verb may follow the joiner at once, even a frame's verb ("… et existe-t-il …").
    // A subject after a comma is no inversion ("…migrants et réfugiés, elles existent depuis quand ?").
    const inverted = words.slice(i + 1, i + 3 + QUESTION_WORD_REACH).some((n, j, after) => pack.verbMarkers.has(n.typed) && n.hyphenated === true && (j === 1 || (j > 1 && !pack.stopWords.has(after[j - 1]!.word))));
    // The question word follows the joiner through function words only ("… and in how many domains?"):
    // "rights and duties and how to…" joins two nouns first.
    const asks = next.findIndex((n) => pack.questionWords.has(n.word));
    const questionFollows = asks >= 0 && next.slice(0, asks).every((n) => pack.stopWords.has(n.word));
    // A scene set before the question tells no question ("I'm a migrant and when I was robbed…").
    const startsQuestion = pack.partJoiners.has(w.word) && !w.context && (questionFollows || inverted) && parts[parts.length - 1]!.length >= 2;
    if (startsQuestion) parts.push([]);
    else {
      if (w.asksAnew && parts[parts.length - 1]!.length >= 2) parts.push([]);
      parts[parts.length - 1]!.push(w);
    }
  });
  return parts.filter((p) => p.length > 0);
}

/**
 * A later question that points back with a pronoun and names no domain, profile or MGI of its own
 * ("… à quelle cible des ODD se rattachent-ils, et quel est leur but ?") asks about what the first
 * one named: its domain, and the MGI itself unless it asks for strengths or weaknesses.
 */
function withScopeCarried(parts: readonly QuestionPart[], words: readonly QuestionWord[][], languageIndex: LanguageIndex, placeWords: ReadonlySet<string>): QuestionPart[] {
  const { pack } = languageIndex;
  const first = parts[0]!;
  // The pronoun stands for the domain's name: the first question's words that name it join the topic.
  const domainName = languageIndex.domainNames.find((name) => name.domain === first.domainNamed)?.stems ?? [];
  const naming = first.topic.filter((t) => domainName.includes(t.stem));
  return parts.map((part, i) => {
    const own = words[i]!;
    if (i === 0 || part.domainNamed !== undefined || part.intent.framework || (placeWords.size > 0 && own.some((w) => placeWords.has(w.typed))) || !own.some((w) => pack.backReferences.has(w.word))) return part;
    // Pointing back at a question about what a profile does, it asks about that, which only findings say.
    if (first.domainNamed === undefined && !first.intent.framework && !first.intent.definition) return { ...part, aboutWhatCameBefore: true };
    const aboutFramework = !part.intent.developed && !part.intent.potential;
    return {
      ...part,
      topic: [...naming, ...part.topic],
      ...(first.domainNamed !== undefined ? { domainNamed: first.domainNamed } : {}),
      intent: { ...part.intent, framework: first.intent.framework && aboutFramework, definition: part.intent.definition || (first.intent.definition && aboutFramework) },
    };
  });
}

/**
 * Compounds whose parts were typed apart or misspelt ("whole of goverment") become one word, as in
 * the knowledge; the other parts, typed right, tell what a misspelt one that is a word itself meant
 * ("hole of government").
 */
function foldCompounds(words: QuestionWord[], index: KnowledgeIndex, pack: LanguagePack): void {
  for (const [parts, compound] of index.languages.rules.compoundWords) {
    for (let i = 0; i + parts.length <= words.length; i++) {
      let exact = 0;
      for (let j = 0; j < parts.length; j++) if (words[i + j]!.word === parts[j]) exact++;
      if (exact < parts.length && exact < 2) continue;
      const run = words.slice(i, i + parts.length);
      if (!parts.every((part, j) => run[j]!.word === part || (part.length > 3 && oneEdit(run[j]!.word, part) !== undefined))) continue;
      const typed = run.map((w) => w.typed).join(' ');
      const similarity = Math.min(...run.map((w, j) => (w.word === parts[j] ? w.similarity : w.similarity * editSimilarity(w.word, parts[j]!))));
      words.splice(i, parts.length, { ...run[0]!, typed, word: compound, similarity, stem: pack.stem(compound) });
    }
  }
}

/** Words written capitalised after the first word of a sentence: names, not typos. */
function capitalisedNames(index: KnowledgeIndex, text: string): Set<string> {
  const names = new Set<string>();
  for (const sentence of text.split(/[.?!;:]\s+/)) {
    sentence
      .trim()
      .split(/\s+/)
      .slice(1)
      .filter((w) => /^\p{Lu}\p{Ll}/u.test(w) || /^\p{Lu}{2,}\b/u.test(w))
      // One word: no compound to fold, only its letters to normalise.
      .forEach((w) => index.languages.words(normaliseText(w)).forEach((n) => names.add(n)));
  }
  return names;
}

const namesByFirstWord = new WeakMap<KnowledgeIndex, Map<string, string[][]>>();

/** The words without those inside a name the knowledge uses ("de" in "Monitor de Turismo"): a name is in no language of the question. */
function withoutNames(index: KnowledgeIndex, words: readonly string[]): string[] {
  let byFirst = namesByFirstWord.get(index);
  if (!byFirst) {
    byFirst = new Map();
    for (const name of index.knowledgeNames) {
      const parts = index.languages.words(name);
      if (parts.length > 2) byFirst.set(parts[0]!, [...(byFirst.get(parts[0]!) ?? []), parts]);
    }
    namesByFirstWord.set(index, byFirst);
  }
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const name = byFirst.get(words[i]!)?.find((parts) => parts.every((p, j) => words[i + j] === p));
    kept.push(words[i]!);
    // The name's first word stays: it may be the sentence's article ("the Municipal Secretariat…").
    if (name) i += name.length - 1;
  }
  return kept;
}

/**
 * The words without those typed in capitals in a text that has small letters: "UN" or "OIM" is a
 * name in any language, not the article "un".
 */
function withoutAcronyms(text: string, words: readonly string[], languages: KnowledgeIndex['languages']): readonly string[] {
  if (!/\p{Ll}/u.test(text)) return words;
  const acronyms = new Set(text.split(/[^\p{L}]+/u).filter((token) => token.length >= 2 && !/\p{Ll}/u.test(token)).map((token) => languages.normalise(token)));
  return acronyms.size === 0 ? words : words.filter((word) => !acronyms.has(word));
}

/** The languages whose lexicon has the word, or else whose knowledge it is a misspelling of ("financment"). */
function languagesOfWord(index: KnowledgeIndex, word: string): LanguageCode[] {
  if (word.length < 4 || /\d/.test(word)) return [];
  const codes = index.languages.codes;
  // The knowledge's own words first: word lists are generous ("cadre", "projet" are English words
  // too), and they miss some forms ("migrants" in French).
  const used = codes.filter((code) => index.byLanguage.get(code)!.surface.has(word));
  if (used.length > 0) return used;
  const listed = codes.filter((code) => index.languages.pack(code).isWord(word));
  if (listed.length > 0) return listed;
  return codes.filter((code) => correct(index.byLanguage.get(code)!, word).word !== word);
}

const nameWordsByIndex = new WeakMap<KnowledgeIndex, ReadonlySet<string>>();

/** A capitalised word as typed, or the word of a knowledge name it misspells ("Helth" in "Basic Helth Units"). */
function correctInName(index: KnowledgeIndex, languageIndex: LanguageIndex, typed: string): { word: string; similarity: number } {
  const corrected = correct(languageIndex, typed);
  return corrected.word !== typed && nameWordsOf(index).has(corrected.word) ? corrected : { word: typed, similarity: 1 };
}

/** The words of the names the knowledge uses, once per index. */
function nameWordsOf(index: KnowledgeIndex): ReadonlySet<string> {
  let nameWords = nameWordsByIndex.get(index);
  if (!nameWords) nameWordsByIndex.set(index, (nameWords = new Set([...index.knowledgeNames].flatMap((name) => name.split(' ')))));
  return nameWords;
}

const knowledgeNameCache = new WeakMap<KnowledgeIndex, Map<string, boolean>>();

/** A name the knowledge's texts use, even misspelt or in another number ("MigraCidade" for "MigraCidades"). */
function isKnowledgeName(index: KnowledgeIndex, name: string): boolean {
  if (index.knowledgeNames.has(name)) return true;
  if (name.length < ENGINE.placeNameMinLength || name.includes(' ')) return false;
  let cache = knowledgeNameCache.get(index);
  if (!cache) knowledgeNameCache.set(index, (cache = new Map()));
  let found = cache.get(name);
  if (found === undefined) {
    found = false;
    // Words more than a fifth longer or shorter cannot be that similar: no need to compare them.
    const slack = Math.ceil((1 - ENGINE.placeNameSimilarity) * name.length) + 1;
    for (const word of nameWordsOf(index)) {
      if (word.length >= ENGINE.placeNameMinLength && Math.abs(word.length - name.length) <= slack && editSimilarity(name, word) >= ENGINE.placeNameSimilarity) {
        found = true;
        break;
      }
    }
    if (cache.size >= ENGINE.matchCacheSize) cache.clear();
    cache.set(name, found);
  }
  return found;
}

/** Whether the words from `start` (`length` of them) name a level beside a level noun: "the city level", "niveau de la ville". */
function besideLevel(words: readonly string[], start: number, length: number, pack: LanguagePack): boolean {
  const before = pack.stopWords.has(words[start - 1] ?? '') ? words[start - 2] : words[start - 1];
  return pack.levelNouns.has(words[start + length] ?? '') || pack.levelNouns.has(before ?? '');
}

export interface AnalysisContext extends LanguageContext {
  /** Answer in this language whatever the question's own ("show in French"). */
  readonly forcedLanguage?: Language;
}

/**
 * How many of the message's first words set the scene before its question, and where in the text
 * that scene ends: the sentences that end with a full stop, a colon or a dash ("I work for an NGO.
 * Does the city…?"), not with a question mark (two questions are both asked).
 */
function sceneEnd(index: KnowledgeIndex, text: string, typedWords: readonly string[], pack: LanguagePack): { readonly words: number; readonly at: number } {
  // Where the scene ends: after the last such sentence before a question or the end.
  let end = 0;
  for (const match of text.matchAll(/[.!:;?—–](?=\s)/g)) {
    if (match[0] === '?') break;
    end = match.index + 1;
  }
  // …or, for a clause on who the asker is ("As a diplomat preparing a briefing, I need…"), at its comma.
  const comma = text.indexOf(',');
  if (end === 0 && comma > 0 && pack.sceneOpeners.some((opener) => opener.every((w, j) => typedWords[j] === w))) end = comma + 1;
  const total = typedWords.length;
  if (end === 0) return { words: 0, at: 0 };
  const count = index.languages.words(index.languages.normalise(text.slice(0, end))).length;
  // The question itself must remain.
  return count < total ? { words: count, at: end } : { words: 0, at: 0 };
}

/**
 * The first word that is not politeness or a question frame ("can you", "please") says whether a
 * task is asked, unless a question word comes first ("quel rôle joue Manaus…?" asks, it does not order).
 */
function asksForTask(framed: readonly QuestionWord[], languageIndex: LanguageIndex): boolean {
  const { pack } = languageIndex;
  const firstAt = framed.findIndex((w) => !pack.stopWords.has(w.word) && !languageIndex.fillers.has(w.word));
  const asked = framed.slice(0, Math.max(0, firstAt)).some((w) => pack.questionWords.has(w.word));
  // A task verb after its subject in a scene sentence says what the asker does ("Je rédige un mémoire.").
  const said = firstAt > 0 && framed[firstAt]!.context === true;
  return firstAt >= 0 && !asked && !said && (pack.taskRequests.has(framed[firstAt]!.word) || pack.taskRequests.has(framed[firstAt]!.typed));
}

/** The positions of the words that begin a question after another's question mark. */
function questionStarts(index: KnowledgeIndex, text: string): ReadonlySet<number> {
  const { languages } = index;
  const starts = new Set<number>();
  for (const match of text.matchAll(/\?(?=\s*[^\s?])/g)) starts.add(languages.words(languages.normalise(text.slice(0, match.index + 1))).length);
  return starts;
}

/** Whether a scene stands aside from its question: closed by a full stop, before a question that has a known word of its own and points back at nothing. */
function sceneAside(index: KnowledgeIndex, text: string, sceneAt: number, words: readonly QuestionWord[], pack: LanguagePack, placeWords: ReadonlySet<string>): boolean {
  if (!/[.!]/.test(text[sceneAt - 1] ?? '')) return false;
  const asked = words.filter((w) => !w.context);
  // An inverted subject ("dit-il") points at the question's own subject, not back.
  const pointsBack = asked.some((w, i) => !w.hyphenated && pack.backReferences.has(w.word) && (asked[i + 1] === undefined || pack.stopWords.has(asked[i + 1]!.word)));
  return !pointsBack && asked.some((w) => !pack.stopWords.has(w.word) && !pack.frameWords.has(w.word) && !pack.domainWords.has(w.word) && !pack.profileWords.has(w.word) && !placeWords.has(w.typed) && isKnownWord(index, w.word));
}

export function analyseQuestion(index: KnowledgeIndex, text: string, context: AnalysisContext = {}): AnalysedQuestion {
  const { languages } = index;
  const normalised = languages.normalise(text);
  const { words: typedWords, joined: joins } = languages.wordsJoined(normalised);
  const ranking = rankLanguages(text, languages, index.exclusiveVocabulary, withoutAcronyms(text, withoutNames(index, typedWords), languages), (w) => languagesOfWord(index, w));
  const language = context.forcedLanguage && languages.has(context.forcedLanguage) ? context.forcedLanguage : chooseLanguage(ranking, context, languages);
  // The words are read in the text's own language when it shows one, so that "show in French"
  // after an English question still reads the English words as English.
  const readAs = ranking.clear ?? language;
  const languageIndex = index.byLanguage.get(readAs)!;
  const { pack } = languageIndex;
  const { frameworkNames } = index;
  // Small talk is recognised in any language ("merci" from an English speaker is still thanks).
  const smallTalkIn = [languageIndex, ...[...index.byLanguage.values()].filter((l) => l !== languageIndex)]
    .map((l) => ({ kind: smallTalkOnly(typedWords, l.pack, (w) => l.fillers.has(w)), language: l.pack.code }))
    .find((found) => found.kind !== undefined);
  const smallTalk = smallTalkIn?.kind;
  // Known in the question's own language: "France" is not known for a French stem of "française".
  const knownHere = (w: string): boolean => languageIndex.surface.has(w);
  const knownInAnyForm = (w: string): boolean => knownHere(w) || languageIndex.idf.has(pack.stem(w));
  const named = profilesMentioned(index, typedWords, knownHere);
  const placeWords = new Set(named.flatMap((p) => [...p.words, ...profileDateWords(index, p.profileId, typedWords)]));
  const names = capitalisedNames(index, text);
  // "The city level" names a level; "our city hall" is the asker's.
  const placeReferred = pack.placeReferences.some((reference) =>
    typedWords.some((_, i) => reference.every((r, j) => typedWords[i + j] === r) && !besideLevel(typedWords, i, reference.length, pack) && !pack.askerPossessives.has(typedWords[i - 1] ?? '')),
  );
  const scene = sceneEnd(index, text, typedWords, pack);
  const anew = questionStarts(index, text);
  // The modals of the first question, when it opens on a condition, carry the hypothesis.
  const opening = normalised.trimStart();
  const conditional = pack.conditions.openers.some((opener) => opening.startsWith(opener) && !/\p{L}/u.test(opening[opener.length] ?? ''));
  const firstQuestionEnds = Math.min(...anew, typedWords.length);
  // A modal asks for no improvement in a condition's first question, right after a relative or a
  // personal pronoun ("courses that could help", "help she could get"), or before a wish ("would like").
  const hypothetical = (i: number, word: string): boolean =>
    pack.conditions.modals.has(word) &&
    ((conditional && i < firstQuestionEnds) || pack.relativePronouns.has(typedWords[i - 1] ?? '') || pack.conditions.subjects.has(typedWords[i - 1] ?? '') || pack.conditions.wishes.has(typedWords[i + 1] ?? ''));
  const words: QuestionWord[] = typedWords.map((typed, i) => {
    // A name ("France", "Bogotá") is no typo of a knowledge word.
    // …unless it is a misspelt word of a name the knowledge uses ("Basic Helth Units").
    const meant = placeWords.has(typed) ? { word: typed, similarity: 1 } : names.has(typed) ? correctInName(index, languageIndex, typed) : meantWord(languageIndex, typed);
    return { typed, word: meant.word, similarity: meant.similarity, stem: pack.stem(meant.word), ...(i < scene.words ? { context: true } : {}), ...(joins[i] ? { hyphenated: true } : {}), ...(anew.has(i) ? { asksAnew: true } : {}), ...(hypothetical(i, meant.word) ? { hypothetical: true } : {}) };
  });
  foldCompounds(words, index, pack);
  if (scene.words > 0 && sceneAside(index, text, scene.at, words, pack, placeWords)) {
    for (const [i, w] of words.entries()) if (w.context) words[i] = { ...w, aside: true };
  }
  const framed = withoutFrames(words, pack);
  const whole = readPart(index, languageIndex, words, placeWords, frameworkNames, names, framed);
  // A place in the scene ("I study in Dakar.") is not what a question about the MGI itself asks about.
  const aboutFramework = (whole.intent.framework || whole.intent.definition) && !whole.intent.profileDocument && !placeReferred;
  const unknownPlace =
    named.length === 0
      ? findUnknownPlace(index, {
          text,
          words: typedWords,
          pack,
          // A capitalised word is a knowledge word as written, or misspelt ("Helth services?").
          isOrdinaryWord: (w, capitalised, opening) =>
            pack.places.notPlaces.has(w) || pack.stopWords.has(w) || languageIndex.fillers.has(w) || pack.intentCues.city.includes(w) || (opening && pack.isWord(w)) || (capitalised ? knownHere(w) || (!knownInAnyForm(w) && correct(languageIndex, w).word !== w) : knownInAnyForm(w)),
          isKnowledgeName: (name) => isKnowledgeName(index, name),
          refersToPlace: placeReferred,
          askedFrom: aboutFramework ? { at: scene.at, word: scene.words } : { at: 0, word: 0 },
        })
      : undefined;
  const split = splitParts(words, pack);
  // A message that orders a task in any of its questions ("… ? Aidez-moi à préparer mon dossier.") asks for the task.
  const taskRequest = asksForTask(framed, languageIndex) || split.slice(1).some((part) => asksForTask(withoutFrames(part, pack), languageIndex));
  const parts = split.length > 1 ? withScopeCarried(split.map((part) => readPart(index, languageIndex, part, placeWords, frameworkNames, names)), split, languageIndex, placeWords) : [];
  return {
    ...whole,
    text,
    // Small talk is answered in its own language unless the text or the caller says otherwise.
    language: smallTalkIn && !ranking.clear && !context.forcedLanguage ? smallTalkIn.language : language,
    textLanguage: ranking.clear,
    words,
    smallTalk,
    profilesNamed: named.map((p) => p.profileId),
    placeReferred,
    unknownPlace: unknownPlace?.name,
    taskRequest,
    parts,
  };
}
