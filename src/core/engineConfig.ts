// Every weight of the answering engine, in one frozen object (as Fuse.js keeps its defaults):
// a reader finds here all the knobs of indexing, matching and ranking. The thresholds of the final
// decision are not here: they are fitted on the development set by `npm run calibrate` and read
// from knowledge/calibration.json.

export const ENGINE = Object.freeze({
  /** How much a word counts by where a source has it. */
  fieldWeights: Object.freeze({
    /** The source's curated terms (proper names, acronyms, local names of programmes), for words no other source's text uses. */
    terms: 2,
    /** The domain's name, on that domain's definitions. */
    domainNameOnDefinition: 2.5,
    /** The domain's name, on a finding of that domain. */
    domainNameOnFinding: 1.5,
    /** The source's own text. */
    text: 1,
  }),
  /**
   * A concept the question and the source share (the question's word is a synonym of the text's):
   * good evidence, but less than the text's own word.
   */
  conceptWeight: 0.7,
  /**
   * A one-word concept entry matches a word of its stem only when the shorter of the two is at
   * least this share of the longer: Snowball gives "nationality" the stem of "national".
   */
  conceptWordLengthRatio: 0.75,
  /**
   * A word of the question's language found only in another language's text counts less:
   * "pays" (French: country) is not "pay", and "face" in "face aux crises" is not the English noun.
   */
  otherLanguageWeight: 0.6,
  /** A curated multi-word term asked in full ("family reunification"), per word of the term. */
  phraseBonusPerWord: 0.5,
  /**
   * Typo tolerance grows with the word: short words have no letter to spare ("pays" is not
   * "pay"), longer ones forgive one edit, long ones two.
   */
  typo: Object.freeze({
    /** [shortest word length, edits allowed], longest first. */
    editsByLength: Object.freeze([
      [11, 2],
      [5, 1],
    ] as ReadonlyArray<readonly [number, number]>),
    /** Fuse.js candidates per look-up, before the edit-distance check. */
    candidates: 8,
    /** Fuse.js threshold for candidate words (0 exact … 1 anything). */
    fuseThreshold: 0.4,
  }),
  /**
   * Ranking: covering more of the question beats matching one word in many fields. A source's
   * evidence is scaled by the share of the question it covers, to this power: a source that
   * covers half the question needs nearly three times the evidence of one that covers it all.
   */
  coverageExponent: 1.5,
  /**
   * Intent chooses the kinds of source preferred (definitions, strengths, areas to develop, a
   * level): the preferred ones are ranked alone when their best scores at least this share below
   * the best overall; otherwise every kind is ranked. A domain the question names is always preferred.
   */
  preferenceSlack: 0.2,
  /** …and when their best covers the question's words at most this much less than the best overall. */
  preferenceCoverageSlack: 0.1,
  /** What an answer quotes. */
  quote: Object.freeze({
    /** Findings of the same profile, domain and kind within this share of the best are quoted together. */
    together: 0.8,
    maxQuoted: 4,
    /** Another profile's best group (same domain and kind) is quoted too, under its own profile, when it covers this share of what the best covers. */
    otherProfile: 0.75,
    /** Other sources within this share of the best, answering the same words, are offered as "see also". */
    seeAlso: 0.6,
    maxSeeAlso: 2,
    maxChoices: 3,
  }),
  /**
   * A question mixes topics of different domains ("health and floods") when the best source of
   * another domain covers only words the best one does not, and covers at least this share of
   * what the best covers.
   */
  clarifyShare: 0.7,
  /** …and only when the best reading alone covers less than this share of the question's known words. */
  clarifyBelowCoverage: 0.6,
  /** A noun the knowledge never uses ("the budget") weighs as much as the rarest word the knowledge has, times this. */
  unknownWordWeight: 1,
  /** Another word the knowledge never uses (a verb, an adverb: "team up", "concretely"), times this. */
  unknownOtherWordWeight: 0.3,
  /** Content words a domain's name may have between its own and still name it ("the rights of undocumented migrants"). */
  domainNameSlack: 1,
  /** A determiner introduces a noun phrase of at most this many words ("the reception post"). */
  nounPhraseReach: 2,
  /** A known word of a scene the question does not lean on ("Je travaille pour une chambre de commerce. Le profil recommande-t-il…?"), times this. */
  asideSceneWordWeight: 0.25,
  /** A word of a concept that names whom policies are for ("migrants", "Venezuelan"), in the share of the question a source covers: nearly every finding is about them. */
  populationWordWeight: 0.5,
  /** In the share of the question a source covers, a known word that no article introduces counts this much of a noun. */
  otherWordWeight: 0.85,
  /**
   * A source that speaks only of what a word is a kind of ("crisis" for "floods") has this share
   * of a concept's evidence: nearly all of it (a flood is a crisis), but the source that speaks of
   * the kind itself ("ethical recruitment" for "hired fairly") wins a tie.
   */
  broaderConceptShare: 0.9,
  /** A text naming this many other domains lists them ("These address migrants' rights, … crises"): the names carry no concept. */
  domainListMinNames: 3,
  /** A place name misspelt by one letter in five still names the place ("Manuas"). */
  placeNameSimilarity: 0.8,
  /** Names shorter than this are compared as written only (short names are too alike). */
  placeNameMinLength: 5,
  /** Fuzzy look-ups remembered per index (the same words come back). */
  matchCacheSize: 20_000,
});

export type EngineConfig = typeof ENGINE;
