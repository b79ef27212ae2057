// Generated from knowledge/schema by scripts/generate-knowledge-types.mjs. Do not edit.

/**
 * A language code (ISO 639-1): the key of a language pack in knowledge/languages/.
 *
 * This interface was referenced by `MGIKnowledge`'s JSON-Schema
 * via the `definition` "Language".
 */
export type Language = string;
/**
 * @minItems 1
 *
 * This interface was referenced by `SearchTerms`'s JSON-Schema definition
 * via the `patternProperty` "^[a-z]{2,3}$".
 *
 * This interface was referenced by `MGIKnowledge`'s JSON-Schema
 * via the `definition` "TermList".
 */
export type TermList = [string, ...string[]];
/**
 * This interface was referenced by `MGIKnowledge`'s JSON-Schema
 * via the `definition` "DomainId".
 */
export type DomainId =
  'migrants-rights' | 'whole-of-government' | 'partnerships' | 'well-being' | 'mobility-crises' | 'safe-migration';

/**
 * Shared definitions for the MGI framework file and the profile files. A text is kept in its original language (marked), with faithful translations keyed by language code.
 */
export interface MGIKnowledge {
  [k: string]: unknown;
}
/**
 * One text: `original` names the language it was published in (verbatim, required); every other language code holds a faithful translation.
 *
 * This interface was referenced by `MGIKnowledge`'s JSON-Schema
 * via the `definition` "LocalizedText".
 */
export interface LocalizedText {
  original: Language;
  /**
   * This interface was referenced by `LocalizedText`'s JSON-Schema definition
   * via the `patternProperty` "^[a-z]{2,3}$".
   */
  [k: string]: string;
}
/**
 * Curated search phrases per language code, for what the concept thesaurus cannot know: proper names, acronyms, local names of programmes.
 *
 * This interface was referenced by `MGIKnowledge`'s JSON-Schema
 * via the `definition` "SearchTerms".
 */
export interface SearchTerms {
  [k: string]: TermList;
}
/**
 * This interface was referenced by `MGIKnowledge`'s JSON-Schema
 * via the `definition` "Finding".
 */
export interface Finding {
  text: LocalizedText;
  terms: SearchTerms;
}
/**
 * A domain's key findings, each list in the profile's order (ids are numbered from it).
 *
 * This interface was referenced by `MGIKnowledge`'s JSON-Schema
 * via the `definition` "DomainFindings".
 */
export interface DomainFindings {
  developed: Finding[];
  potential: Finding[];
}
/**
 * One MGI policy domain: its names (shortName fits a wheel segment; aliases are the short names people use for the domain itself, e.g. "safe migration"), national and city definitions, and search terms.
 *
 * This interface was referenced by `MGIKnowledge`'s JSON-Schema
 * via the `definition` "Domain".
 */
export interface Domain {
  id: DomainId;
  name: LocalizedText;
  shortName: LocalizedText;
  aliases: SearchTerms;
  definitions: {
    national: LocalizedText;
    city: LocalizedText;
  };
  terms: SearchTerms;
}

/**
 * The MGI framework: overview and the six policy domains, with national and city definitions.
 */
export interface MgiFramework {
  $schema?: string;
  kind: 'framework';
  id: 'mgi';
  name: LocalizedText;
  overview: {
    title: LocalizedText;
    /**
     * @minItems 1
     */
    paragraphs: [LocalizedText, ...LocalizedText[]];
    terms: SearchTerms;
  };
  /**
   * The six MGI domains, each id exactly once (checked at load).
   */
  domains: Domain[];
}

/**
 * One MGI profile (a city or a country): its key findings per domain. Add a profile by adding a file in knowledge/profiles/.
 */
export interface MgiProfile {
  $schema?: string;
  kind: 'profile';
  /**
   * Stable public id, the prefix of every source id of this profile.
   */
  id: string;
  level: 'city' | 'national';
  place: LocalizedText;
  country: LocalizedText;
  capital?: LocalizedText;
  /**
   * Names people use for the place, matched without case or accents (e.g. Manaus).
   *
   * @minItems 1
   */
  placeNames: [string, ...string[]];
  /**
   * Other places the profile's texts and terms mention (e.g. Boa Vista): asked about alone, they are places without a profile.
   */
  otherPlaces?: string[];
  published: string;
  dateLabel: LocalizedText;
  title: LocalizedText;
  introduction: {
    /**
     * @minItems 1
     */
    paragraphs: [LocalizedText, ...LocalizedText[]];
    terms: SearchTerms;
  };
  findings: {
    'migrants-rights': DomainFindings;
    'whole-of-government': DomainFindings;
    partnerships: DomainFindings;
    'well-being': DomainFindings;
    'mobility-crises': DomainFindings;
    'safe-migration': DomainFindings;
  };
}

/**
 * How people name this language, in any language ("english", "anglais"): for "show in …" and the language picker.
 */
export type Phrases = string[];
/**
 * Function words and question scaffolding that never carry a topic, even where the knowledge uses them.
 */
export type Words = string[];
/**
 * Elided words split off before tokenising ("l" for l'école).
 */
export type Words1 = string[];
/**
 * Question-frame phrases: the generic ways of asking ("what does … look at", "is there"). They never count as topic words.
 */
export type Phrases1 = string[];
/**
 * What a domain covers: definitions rather than findings.
 */
export type Words2 = string[];
/**
 * Weak points: areas with potential for further development.
 */
export type Words3 = string[];
/**
 * Strong points: well-developed areas.
 */
export type Words4 = string[];
export type Words5 = string[];
/**
 * Phrases that ask for this detail, as normalised words in a row ("how many", "phone number"); a one-word cue also matches the words it stems to.
 */
export type Phrases2 = string[];
/**
 * Numbers written as words ("six", "ninety"): a count a text states without digits.
 */
export type Words6 = string[];
/**
 * Intent cues that are also topic words and are matched against texts ("potential").
 */
export type Words7 = string[];
/**
 * Cues that are also nouns of a topic: right after an article they name a thing asked about ("des mesures pour les migrants", "what measures"), not how the question asks ("que mesure le domaine ?").
 */
export type Words8 = string[];
export type Phrases3 = string[];
/**
 * Answers to "Did you mean…?" that pick none of the choices.
 */
export type Phrases4 = string[];
/**
 * Common words that mark this language in a short question.
 */
export type Words9 = string[];
/**
 * Words that join two questions in one message ("and", "et") when a question frame follows them.
 */
export type Words10 = string[];
/**
 * Pronouns and possessives that point back at what the message's first question named ("it", "its", "leur"): a later question with one, naming no domain, profile or MGI of its own, asks about the same domain or the MGI ("… and what is their purpose?"); a question with one asks about the scene set before it ("… Does the profile say anything about this?").
 */
export type Words11 = string[];
/**
 * Words after which a capitalised name is a place ("in", "à", "city of").
 */
export type Phrases5 = string[];
/**
 * Ways of asking where {place} stands for a place, in any case ("does {place} offer", "qu'offre {place}"); * stands for one word.
 */
export type Phrases6 = string[];
/**
 * Capitalised words that are never places (question words, days, language names).
 */
export type Words12 = string[];
/**
 * Words that say where someone comes from ("from", "venu", "arrivée"), as normalised.
 */
export type Words13 = string[];
/**
 * Words between such a word and the name ("de", "d'"), as normalised.
 */
export type Words14 = string[];
/**
 * Words for such a body ("ministry", "ministère").
 */
export type Words15 = string[];
/**
 * Words that link the body to its name ("of", "de", "l'"), as normalised.
 */
export type Words16 = string[];
/**
 * Words that open a question ("what", "how", "combien"): after a joiner, they start a second question in the same message.
 */
export type Words17 = string[];
/**
 * Words that open a yes/no question ("has", "does", "est-ce que"), as phrases.
 */
export type Phrases7 = string[];
/**
 * Phrases that point at a profile's place without naming it ("the city", "la mairie"): the question asks what a place does, so findings are preferred as if a profile were named.
 */
export type Phrases8 = string[];
/**
 * Nouns of a level of government ("level", "niveau"): a place reference beside one names a level, not the place ("the city-level MGI", "au niveau de la ville").
 */
export type Words18 = string[];
/**
 * Words that follow a verb and nothing else (the French inversion "formule-t-il", "vérifient-ils"): the word before one is a verb, not a noun, whatever article comes before.
 */
export type Words19 = string[];
/**
 * Words that name a profile as a document ("profile", "profil"): a question about the profile itself, with no topic but the MGI's own name ("what does the Manaus migration profile describe?"), is answered by its introduction.
 */
export type Words20 = string[];
/**
 * Words for the MGI's domains taken together ("domains", "areas", "themes"): a question asking for them, with no domain named ("what are the six areas the MGI looks at?"), prefers a text that names the domains.
 */
export type Words21 = string[];
/**
 * Words that, in a sentence setting the scene before the question, say what the asker is doing, not what is asked ("thesis", "briefing", "writing", "mémoire", "exposé"): no topic there.
 */
export type Words22 = string[];
/**
 * The asker speaking of themselves ("I", "je"): an intent cue right before or after one says what the asker would do ("how would I find out", "training I could take"), not what kind of finding is asked for.
 */
export type Words23 = string[];
/**
 * How the asker says what they want to do ("I want to", "je voudrais"): an intent cue right after one is the asker's own action ("I want to improve my Portuguese"), not what kind of finding is asked for.
 */
export type Phrases9 = string[];
/**
 * The asker's own ("our", "notre"): a place reference after one is the asker's place ("our city hall"), not the profile's.
 */
export type Words24 = string[];
/**
 * Openings of a clause that says who the asker is, up to its comma ("as a", "en tant que"): "As a diplomat preparing a briefing, …" sets the scene like a sentence before the question.
 */
export type Phrases10 = string[];
/**
 * Words by which a question about the profile as a document points back at the scene set before it ("that" in "I've never had training on foreigners' rights. Is that something the report talks about?", "en" in "le rapport en parle ?"): the scene is then what is asked about.
 */
export type Words25 = string[];
/**
 * Words that open an embedded yes/no question ("whether", "if", "si"): a count or an amount after one, past the question's first word, is what is checked ("which part checks whether the administration collects statistics"), not what is asked.
 */
export type Words26 = string[];
/**
 * Relative pronouns ("that", "which", "qui"): a modal of `conditions` right after one describes a thing ("courses that could help them find work"), it asks for no improvement.
 */
export type Words27 = string[];
/**
 * Personal pronouns: a modal right after one says what someone could do or get ("any support she could get", "auquel il pourrait prétendre"), it asks for no improvement.
 */
export type Words28 = string[];
/**
 * Verbs that make a modal right before them a wish ("would like to hire", "would love to"): it says what the asker wants, not what could be improved.
 */
export type Words29 = string[];
/**
 * Verbs that ask the bot to do a task rather than answer from the material ("translate", "write"): a message that opens with one is declined.
 */
export type Words30 = string[];
/**
 * Words that link a modifier to its noun ("unités de santé": "de"); a link with an article ("des", "du") opens a complement instead ("six domaines des IGM" counts domains), so it is no link.
 */
export type Words31 = string[];
/**
 * Where modifiers follow the noun, the few that come before it ("les meilleurs bars", "les principales mesures"): the word after one is still the article's noun.
 */
export type Words32 = string[];
/**
 * Articles, possessives and demonstratives ("the", "le", "mon"): the word after one is a noun, and an unknown noun is something the question asks for ("the budget", "le maire"), where an unknown verb or adverb is only how it asks.
 */
export type Words33 = string[];

/**
 * Everything the answering engine knows about one language: how to recognise it, normalise and stem its words, which words only frame a question, and how its users ask for help, commands and kinds of answer. Phrases are written as people type them; the engine normalises them (lower case, no accents).
 */
export interface LanguagePackFile {
  $schema: string;
  kind: 'language';
  /**
   * ISO 639-1 code; the key of this language's texts in the knowledge files and of its UI locale.
   */
  code: string;
  /**
   * The language's name in itself (language pickers).
   */
  endonym: string;
  names: Phrases;
  /**
   * BCP 47 tags (or prefixes ending in -*) that select this pack; the first is the one sent to channels.
   *
   * @minItems 1
   */
  locales: [string, ...string[]];
  /**
   * Snowball algorithm name (snowball-stemmers), e.g. english, french.
   */
  stemmer: string;
  /**
   * A verb ending the stemmer leaves on (French "-ent": "arrivent", "coopèrent"), and the infinitive endings it stands for ("er", "ir", "re"): a word left whole by the stemmer, with this ending, whose plural in -s is no word of the lexicon (so no noun: "parent", "moment"), stems as the first infinitive the lexicon has ("arriver").
   */
  verbEndings?: {
    suffix: string;
    /**
     * @minItems 1
     */
    infinitives: [string, ...string[]];
  };
  /**
   * Words the stemmer would merge with a word of another meaning, each with the stem to use instead ("governance" is not "government", "internally" not "international").
   */
  stemOverrides?: {
    [k: string]: string;
  };
  /**
   * Forms the stemmer cannot relate to their base word, each with that base, which is stemmed in its place: irregular forms ("led" is a form of "lead", "fled" of "flee") and spelling variants ("programme" of "program", "labour" of "labor").
   */
  baseForms?: {
    [k: string]: string;
  };
  /**
   * An npm package (installed with the bot) whose main file is a JSON array of the language's words. A word it lists is no typo: "shape" is not corrected to "share", nor "formée" to "forcée".
   */
  lexicon?: string;
  stopWords: {
    /**
     * Take the generic list of stopwords-iso for this code as fillers: words that never count for or against a question unless the knowledge uses them.
     */
    fromStopwordsIso: boolean;
    add?: Words;
  };
  elisions?: Words1;
  /**
   * Punctuation marks the language's typography sets after a space (French: "?", "!", ":", ";"): "Monitor de Turismo ?" is weak evidence of the languages that space them, where the words say nothing.
   */
  spacedPunctuation?: string;
  /**
   * Letters the language writes and English does not ("é", "ç", "ñ"): a word written with one is evidence of the languages that have it, even when normalisation folds it away ("sûre" is not "sure").
   */
  letters?: string;
  /**
   * Spellings folded into one token, so that "well" alone keeps its meaning.
   */
  compounds?: [string, string, ...string[]][];
  frames: Phrases1;
  /**
   * Words that say what kind of answer is wanted. A cue of five letters or more also matches words it begins ("improv" → improvement).
   */
  intentCues: {
    definition: Words2;
    potential: Words3;
    developed: Words4;
    national: Words5;
    city: Words5;
  };
  /**
   * Questions that ask for a particular kind of detail (a number, an amount, a date, a telephone number, opening hours, the steps of a procedure, a person's name). Only a source whose text states such a detail can answer: a finding that shares the question's words but not the detail asked for is a near miss, and the question is declined.
   */
  details: {
    count: Detail;
    amount: Detail1;
    date: Detail2;
    day: Detail3;
    duration: Detail4;
    hours: Detail5;
    contact: Detail6;
    procedure: Detail7;
    registration: Detail8;
    person: Detail9;
    forecast: Detail10;
    list: Detail11;
    advice: Detail12;
    languagesSpoken: Detail13;
    companies: Detail14;
    cost: Detail15;
    comparison: Detail16;
    rating: Detail17;
    outcome: Detail18;
  };
  numberWords?: Words6;
  topicalCues?: Words7;
  cueNouns?: Words8;
  /**
   * Messages that are only small talk, in full ("thanks, very helpful"); inside a longer question they are just words.
   */
  smallTalk: {
    greeting: Phrases3;
    thanks: Phrases3;
    help: Phrases3;
    goodbye: Phrases3;
  };
  /**
   * Whole messages that are commands. In setLanguage and translate, {language} stands for any name of a language (its `names`).
   */
  commands: {
    help: Phrases3;
    domains: Phrases3;
    restart: Phrases3;
    language: Phrases3;
    setLanguage: Phrases3;
    translate: Phrases3;
    none?: Phrases4;
  };
  markers: Words9;
  partJoiners?: Words10;
  backReferences?: Words11;
  /**
   * How a place is named in a question, to tell a place without a profile from a topic.
   */
  places?: {
    before?: Phrases5;
    templates?: Phrases6;
    notPlaces?: Words12;
    /**
     * Where someone comes from: a capitalised name right after one of the words, through link words only, is a place of origin ("I came from Caracas", "arrivée de Caracas"), not the place asked about.
     */
    origins?: {
      words: Words13;
      links: Words14;
    };
    /**
     * Bodies whose name follows them: a capitalised name right after one of the words, through link words only, is part of the body's name ("Ministry of Interior", "ministère de l'Intérieur"), not a place.
     */
    institutions?: {
      words: Words15;
      links: Words16;
    };
  };
  questionWords?: Words17;
  yesNoOpeners?: Phrases7;
  placeReferences?: Phrases8;
  levelNouns?: Words18;
  verbMarkers?: Words19;
  profileWords?: Words20;
  domainWords?: Words21;
  sceneWords?: Words22;
  askerPronouns?: Words23;
  askerWishes?: Phrases9;
  askerPossessives?: Words24;
  sceneOpeners?: Phrases10;
  sceneReferences?: Words25;
  whetherWords?: Words26;
  relativePronouns?: Words27;
  /**
   * How a question opens on a condition ("if", "s'il", matched at the start of the question with elisions kept) and the modals that then only carry the hypothesis ("would", "could"): "If there's a flood, how would people find out…?" asks what exists, not what could be improved.
   */
  conditions?: {
    openers: Phrases3;
    modals: Words5;
    subjects?: Words28;
    wishes?: Words29;
  };
  taskRequests?: Words30;
  /**
   * Where a noun's modifiers stand and the words that link them: "specialized units" (before) or "unités de santé spécialisées" (after, linked by "de"). A count answers "how many specialized units?" only when the text counts what the modifiers narrow to.
   */
  nounModifiers?: {
    position: 'before' | 'after';
    links?: Words31;
    aheadOfNoun?: Words32;
  };
  determiners?: Words33;
}
/**
 * How many: a number stated beside a word the question asks about ("288 Basic Health Units").
 */
export interface Detail {
  cues: Phrases2;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question that also asks for this detail, for word forms a list cannot hold (the French future tense: "commencera").
   */
  asked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question: when it matches, the cues do not ask for this detail ("If I go to the police, will they know…?" asks what is true under a condition, not a forecast).
   */
  notAsked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) that finds such a detail in a text of this language. Without it, no text of this language states the detail.
   */
  stated?: string;
  /**
   * Asked only by a question that does not open as a yes/no question: "Has the city studied how many workers employers need?" asks whether, not how many.
   */
  directOnly?: boolean;
}
/**
 * A sum of money, a salary, a fee.
 */
export interface Detail1 {
  cues: Phrases2;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question that also asks for this detail, for word forms a list cannot hold (the French future tense: "commencera").
   */
  asked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question: when it matches, the cues do not ask for this detail ("If I go to the police, will they know…?" asks what is true under a condition, not a forecast).
   */
  notAsked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) that finds such a detail in a text of this language. Without it, no text of this language states the detail.
   */
  stated?: string;
  /**
   * Asked only by a question that does not open as a yes/no question: "Has the city studied how many workers employers need?" asks whether, not how many.
   */
  directOnly?: boolean;
}
/**
 * A year or a date: when something was created or is due.
 */
export interface Detail2 {
  cues: Phrases2;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question that also asks for this detail, for word forms a list cannot hold (the French future tense: "commencera").
   */
  asked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question: when it matches, the cues do not ask for this detail ("If I go to the police, will they know…?" asks what is true under a condition, not a forecast).
   */
  notAsked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) that finds such a detail in a text of this language. Without it, no text of this language states the detail.
   */
  stated?: string;
  /**
   * Asked only by a question that does not open as a yes/no question: "Has the city studied how many workers employers need?" asks whether, not how many.
   */
  directOnly?: boolean;
}
/**
 * An exact day ("which day exactly"): only a text that gives a day and a month answers.
 */
export interface Detail3 {
  cues: Phrases2;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question that also asks for this detail, for word forms a list cannot hold (the French future tense: "commencera").
   */
  asked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question: when it matches, the cues do not ask for this detail ("If I go to the police, will they know…?" asks what is true under a condition, not a forecast).
   */
  notAsked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) that finds such a detail in a text of this language. Without it, no text of this language states the detail.
   */
  stated?: string;
  /**
   * Asked only by a question that does not open as a yes/no question: "Has the city studied how many workers employers need?" asks whether, not how many.
   */
  directOnly?: boolean;
}
/**
 * How long something lasts.
 */
export interface Detail4 {
  cues: Phrases2;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question that also asks for this detail, for word forms a list cannot hold (the French future tense: "commencera").
   */
  asked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question: when it matches, the cues do not ask for this detail ("If I go to the police, will they know…?" asks what is true under a condition, not a forecast).
   */
  notAsked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) that finds such a detail in a text of this language. Without it, no text of this language states the detail.
   */
  stated?: string;
  /**
   * Asked only by a question that does not open as a yes/no question: "Has the city studied how many workers employers need?" asks whether, not how many.
   */
  directOnly?: boolean;
}
/**
 * Opening hours, days, schedules.
 */
export interface Detail5 {
  cues: Phrases2;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question that also asks for this detail, for word forms a list cannot hold (the French future tense: "commencera").
   */
  asked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question: when it matches, the cues do not ask for this detail ("If I go to the police, will they know…?" asks what is true under a condition, not a forecast).
   */
  notAsked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) that finds such a detail in a text of this language. Without it, no text of this language states the detail.
   */
  stated?: string;
  /**
   * Asked only by a question that does not open as a yes/no question: "Has the city studied how many workers employers need?" asks whether, not how many.
   */
  directOnly?: boolean;
}
/**
 * A telephone number, an e-mail, a website, a street address.
 */
export interface Detail6 {
  cues: Phrases2;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question that also asks for this detail, for word forms a list cannot hold (the French future tense: "commencera").
   */
  asked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question: when it matches, the cues do not ask for this detail ("If I go to the police, will they know…?" asks what is true under a condition, not a forecast).
   */
  notAsked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) that finds such a detail in a text of this language. Without it, no text of this language states the detail.
   */
  stated?: string;
  /**
   * Asked only by a question that does not open as a yes/no question: "Has the city studied how many workers employers need?" asks whether, not how many.
   */
  directOnly?: boolean;
}
/**
 * Steps, documents to bring, how to renew or apply.
 */
export interface Detail7 {
  cues: Phrases2;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question that also asks for this detail, for word forms a list cannot hold (the French future tense: "commencera").
   */
  asked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question: when it matches, the cues do not ask for this detail ("If I go to the police, will they know…?" asks what is true under a condition, not a forecast).
   */
  notAsked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) that finds such a detail in a text of this language. Without it, no text of this language states the detail.
   */
  stated?: string;
  /**
   * Asked only by a question that does not open as a yes/no question: "Has the city studied how many workers employers need?" asks whether, not how many.
   */
  directOnly?: boolean;
}
/**
 * How to sign up or enrol for a programme: only a text about enrolment or registration answers.
 */
export interface Detail8 {
  cues: Phrases2;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question that also asks for this detail, for word forms a list cannot hold (the French future tense: "commencera").
   */
  asked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question: when it matches, the cues do not ask for this detail ("If I go to the police, will they know…?" asks what is true under a condition, not a forecast).
   */
  notAsked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) that finds such a detail in a text of this language. Without it, no text of this language states the detail.
   */
  stated?: string;
  /**
   * Asked only by a question that does not open as a yes/no question: "Has the city studied how many workers employers need?" asks whether, not how many.
   */
  directOnly?: boolean;
}
/**
 * A person's name: a mayor, a coordinator, researchers.
 */
export interface Detail9 {
  cues: Phrases2;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question that also asks for this detail, for word forms a list cannot hold (the French future tense: "commencera").
   */
  asked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question: when it matches, the cues do not ask for this detail ("If I go to the police, will they know…?" asks what is true under a condition, not a forecast).
   */
  notAsked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) that finds such a detail in a text of this language. Without it, no text of this language states the detail.
   */
  stated?: string;
  /**
   * Asked only by a question that does not open as a yes/no question: "Has the city studied how many workers employers need?" asks whether, not how many.
   */
  directOnly?: boolean;
}
/**
 * What will happen: a profile states what is and what could be developed, never what will be.
 */
export interface Detail10 {
  cues: Phrases2;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question that also asks for this detail, for word forms a list cannot hold (the French future tense: "commencera").
   */
  asked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question: when it matches, the cues do not ask for this detail ("If I go to the police, will they know…?" asks what is true under a condition, not a forecast).
   */
  notAsked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) that finds such a detail in a text of this language. Without it, no text of this language states the detail.
   */
  stated?: string;
  /**
   * Asked only by a question that does not open as a yes/no question: "Has the city studied how many workers employers need?" asks whether, not how many.
   */
  directOnly?: boolean;
}
/**
 * A full list the texts do not give (every indicator, every member).
 */
export interface Detail11 {
  cues: Phrases2;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question that also asks for this detail, for word forms a list cannot hold (the French future tense: "commencera").
   */
  asked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question: when it matches, the cues do not ask for this detail ("If I go to the police, will they know…?" asks what is true under a condition, not a forecast).
   */
  notAsked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) that finds such a detail in a text of this language. Without it, no text of this language states the detail.
   */
  stated?: string;
  /**
   * Asked only by a question that does not open as a yes/no question: "Has the city studied how many workers employers need?" asks whether, not how many.
   */
  directOnly?: boolean;
}
/**
 * Personal advice ("should I…"): the material describes policies, it does not advise a person.
 */
export interface Detail12 {
  cues: Phrases2;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question that also asks for this detail, for word forms a list cannot hold (the French future tense: "commencera").
   */
  asked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question: when it matches, the cues do not ask for this detail ("If I go to the police, will they know…?" asks what is true under a condition, not a forecast).
   */
  notAsked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) that finds such a detail in a text of this language. Without it, no text of this language states the detail.
   */
  stated?: string;
  /**
   * Asked only by a question that does not open as a yes/no question: "Has the city studied how many workers employers need?" asks whether, not how many.
   */
  directOnly?: boolean;
}
/**
 * Which languages (taught, spoken, used): only a text that names languages answers.
 */
export interface Detail13 {
  cues: Phrases2;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question that also asks for this detail, for word forms a list cannot hold (the French future tense: "commencera").
   */
  asked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question: when it matches, the cues do not ask for this detail ("If I go to the police, will they know…?" asks what is true under a condition, not a forecast).
   */
  notAsked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) that finds such a detail in a text of this language. Without it, no text of this language states the detail.
   */
  stated?: string;
  /**
   * Asked only by a question that does not open as a yes/no question: "Has the city studied how many workers employers need?" asks whether, not how many.
   */
  directOnly?: boolean;
}
/**
 * Which companies by name: only a text that names a company answers.
 */
export interface Detail14 {
  cues: Phrases2;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question that also asks for this detail, for word forms a list cannot hold (the French future tense: "commencera").
   */
  asked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question: when it matches, the cues do not ask for this detail ("If I go to the police, will they know…?" asks what is true under a condition, not a forecast).
   */
  notAsked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) that finds such a detail in a text of this language. Without it, no text of this language states the detail.
   */
  stated?: string;
  /**
   * Asked only by a question that does not open as a yes/no question: "Has the city studied how many workers employers need?" asks whether, not how many.
   */
  directOnly?: boolean;
}
/**
 * Whether something is free or what it costs ("are the language courses free?"): only a text that says so answers ("free primary health care").
 */
export interface Detail15 {
  cues: Phrases2;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question that also asks for this detail, for word forms a list cannot hold (the French future tense: "commencera").
   */
  asked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question: when it matches, the cues do not ask for this detail ("If I go to the police, will they know…?" asks what is true under a condition, not a forecast).
   */
  notAsked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) that finds such a detail in a text of this language. Without it, no text of this language states the detail.
   */
  stated?: string;
  /**
   * Asked only by a question that does not open as a yes/no question: "Has the city studied how many workers employers need?" asks whether, not how many.
   */
  directOnly?: boolean;
}
/**
 * How a place compares with another ("how does Manaus compare with Boa Vista?"): a profile describes one place, so only a text that compares answers.
 */
export interface Detail16 {
  cues: Phrases2;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question that also asks for this detail, for word forms a list cannot hold (the French future tense: "commencera").
   */
  asked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question: when it matches, the cues do not ask for this detail ("If I go to the police, will they know…?" asks what is true under a condition, not a forecast).
   */
  notAsked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) that finds such a detail in a text of this language. Without it, no text of this language states the detail.
   */
  stated?: string;
  /**
   * Asked only by a question that does not open as a yes/no question: "Has the city studied how many workers employers need?" asks whether, not how many.
   */
  directOnly?: boolean;
}
/**
 * A score, grade or rank given to a place ("what score did Manaus get?"): the MGI does not score or rank, so only a text that states one answers.
 */
export interface Detail17 {
  cues: Phrases2;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question that also asks for this detail, for word forms a list cannot hold (the French future tense: "commencera").
   */
  asked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question: when it matches, the cues do not ask for this detail ("If I go to the police, will they know…?" asks what is true under a condition, not a forecast).
   */
  notAsked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) that finds such a detail in a text of this language. Without it, no text of this language states the detail.
   */
  stated?: string;
  /**
   * Asked only by a question that does not open as a yes/no question: "Has the city studied how many workers employers need?" asks whether, not how many.
   */
  directOnly?: boolean;
}
/**
 * What something achieved: its results, conclusions or impact. A finding says what exists or could be developed; only a text that states a result answers.
 */
export interface Detail18 {
  cues: Phrases2;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question that also asks for this detail, for word forms a list cannot hold (the French future tense: "commencera").
   */
  asked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) over the normalised question: when it matches, the cues do not ask for this detail ("If I go to the police, will they know…?" asks what is true under a condition, not a forecast).
   */
  notAsked?: string;
  /**
   * A regular expression (Unicode, case-insensitive) that finds such a detail in a text of this language. Without it, no text of this language states the detail.
   */
  stated?: string;
  /**
   * Asked only by a question that does not open as a yes/no question: "Has the city studied how many workers employers need?" asks whether, not how many.
   */
  directOnly?: boolean;
}

/**
 * Concepts and the words people use for them, per language. A source has a concept when its own text contains one of the concept's words; a question has it when it does. So a new profile inherits the vocabulary without per-entry phrases.
 */
export interface ConceptThesaurus {
  $schema: string;
  kind: 'concepts';
  /**
   * @minItems 1
   */
  concepts: [
    {
      id: string;
      /**
       * "population": the concept names whom policies are for (migrants, Venezuelans). Nearly every finding is about them, so a word of such a concept says little of what is asked about them ("housing subsidies for Venezuelan families").
       */
      role?: 'population';
      /**
       * The id of a concept this one is a kind of (floods are a kind of crisis): a source that speaks of the broader concept answers a word of this one, at a lower weight.
       */
      broader?: string;
      /**
       * Per language code: words and multi-word phrases, as people write them.
       */
      words: {
        /**
         * This interface was referenced by `undefined`'s JSON-Schema definition
         * via the `patternProperty` "^[a-z]{2,3}$".
         */
        [k: string]: string[];
      };
    },
    ...{
      id: string;
      /**
       * "population": the concept names whom policies are for (migrants, Venezuelans). Nearly every finding is about them, so a word of such a concept says little of what is asked about them ("housing subsidies for Venezuelan families").
       */
      role?: 'population';
      /**
       * The id of a concept this one is a kind of (floods are a kind of crisis): a source that speaks of the broader concept answers a word of this one, at a lower weight.
       */
      broader?: string;
      /**
       * Per language code: words and multi-word phrases, as people write them.
       */
      words: {
        /**
         * This interface was referenced by `undefined`'s JSON-Schema definition
         * via the `patternProperty` "^[a-z]{2,3}$".
         */
        [k: string]: string[];
      };
    }[]
  ];
}

/**
 * Thresholds of the answer / clarify / abstain decision, fitted by `npm run calibrate` on the development question set, with the figures they were fitted on. Written by the script; not edited by hand.
 */
export interface DecisionCalibration {
  $schema: string;
  kind: 'calibration';
  thresholds: {
    /**
     * Share of the question's known informative weight the best source must cover.
     */
    minCoverage: number;
    /**
     * Largest share of the informative weight that unknown words may take.
     */
    maxUnknownShare: number;
  };
  fittedOn: {
    questions: number;
    file: string;
    date: string;
    answeredRight: number;
    abstentionRight: number;
  };
}
