// Word lists the core reasons with. All entries are written normalised (lower case, no accents)
// and compared after `normalise` + `words`, before stemming unless said otherwise.
import type { Language } from './types';

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/** Function words and question scaffolding: they carry no topic. */
export const STOP_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(
    `a an the and or but if of to in on at by for from with without about into onto over under as than then so
     is are was were be been being am do does did done doing have has had having can could should would will shall may might must
     i me my we our you your he she it its they them their this that these those there here what which who whom whose when where why how
     any some all each every no not yes please tell show give find know explain describe list say said let want need like
     much many more most very also just only part point points get gets got getting help helps helping against up profile profiles according there's what's whats who's how's does't dont don't isn't
     offer offers offered provide provides provided exist exists regarding concerning related relating anything something`
      .split(/\s+/),
  ),
  fr: new Set(
    `a au aux le la les l un une des du de d et ou mais si en dans sur sous par pour avec sans chez vers entre
     est sont etait etaient etre ete fait font faire a ont avait avoir peut peuvent pourrait doit
     je j me m moi tu te t toi il elle on nous vous ils elles se s lui leur leurs son sa ses mon ma mes ton ta tes notre nos votre vos
     ce cet cette ces ca cela ceci qui que qu quoi quel quelle quels quelles lequel laquelle dont ou quand comment pourquoi combien
     est-ce y n ne pas plus tres aussi seulement tout tous toute toutes chaque aucun aucune oui non
     svp stp merci dis dites montre montrez donne donnez explique expliquez decris liste parle parlez savoir sais connais
     offre offrent propose proposent existe existent concernant sujet matiere niveau egard propos partie point points face contre profil profils selon compte comptent gros`
      .split(/\s+/),
  ),
};

/** Words that mark a question's language even when they are not stop words of the other. */
export const LANGUAGE_MARKERS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(
    `the what which who how does do is are of for with and about there can could should would in on offer provide
     city migrants rights health school jobs work police improve well strengths weaknesses tell me please help domains language restart`.split(/\s+/),
  ),
  fr: new Set(
    `le la les des du de et est sont que qui quoi quel quelle quels quelles comment pour avec sur dans une un au aux
     ville droits sante ecole emploi travail ameliorer forces faiblesses offre propose fait peut parle dis moi aide domaines langue recommencer ameliorations`.split(/\s+/),
  ),
};

/**
 * Cues of what the asker wants, matched on normalised words (not stems, so "developed" and
 * "développer" stay apart): a cue matches a word equal to it, or starting with it when the cue
 * has five letters or more.
 */
export const INTENT_CUES = {
  /** What a domain covers: definitions rather than findings. */
  definition: words(`domain domaine dimension cover couvr recouvr mean signifi defin measure mesur examin evalu assess indicator indicateur categor theme topic scope`),
  /** Weak points: "areas with potential for further development". */
  potential: words(`improv amelior could should would gap lacun weak weakness faible faiblesse potential potentiel missing manqu lack better mieux
    recommend recommand challeng defi priorit further developper pourrait devrait pistes shortcoming insuffis`),
  /** Strong points: "well-developed areas". */
  developed: words(`welldeveloped strength strong forces fort forts good bien well best reussi reussit succes achiev positive atout atouts`),
  national: words(`national nationale country countries pays`),
  city: words(`city cities ville villes local locale municipal municipale municipality municipalite mairie prefeitura urban urbain town`),
  /** "How many": only a source that states a quantity can answer. */
  quantity: words(`many much number numbers combien nombre quantity statistic statistics statistique statistiques percentage pourcentage rate rates taux proportion share`),
} as const;

/**
 * Cues that only say what kind of answer is wanted ("what could be improved", "what does the
 * domain cover"): they steer ranking through intent and are not matched against texts.
 */
export const INTENT_ONLY: readonly string[] = [
  ...INTENT_CUES.potential.filter((cue) => !['potential', 'potentiel', 'developper'].includes(cue)),
  ...INTENT_CUES.developed,
  ...words(`domain domaine dimension cover couvr recouvr mean signifi defin scope categor`),
  // The level asked about (city or national) is intent; it says nothing of the topic.
  ...INTENT_CUES.national,
  ...INTENT_CUES.city,
];

/** Names of the framework itself: they say which knowledge, not which source ("… part of the MGI?"). */
export const FRAMEWORK_NAMES: ReadonlySet<string> = new Set(words(`mgi igm`));

/**
 * Small talk. A message that contains one of these phrases gets a short reply, unless the rest
 * of it is a question the knowledge answers ("hi, what does Manaus offer in health?").
 */
export const SMALL_TALK: Readonly<Record<'greeting' | 'thanks' | 'help' | 'goodbye', Readonly<Record<Language, readonly string[]>>>> = {
  greeting: {
    en: ['hello', 'hi', 'hey', 'hiya', 'good morning', 'good afternoon', 'good evening', 'greetings', 'howdy', 'how are you', 'how are you doing', 'hope you are doing well', 'hope youre doing well', 'nice to meet you'],
    fr: ['bonjour', 'salut', 'bonsoir', 'coucou', 'allo', 'ca va', 'comment ca va', 'comment allez vous', 'enchante', 'enchantee'],
  },
  thanks: {
    en: ['thanks', 'thank you', 'thx', 'ty', 'cheers', 'many thanks', 'much appreciated', 'appreciate it', 'super helpful', 'very helpful', 'that helps', 'great answer'],
    fr: ['merci', 'merci beaucoup', 'merci bien', 'je vous remercie', 'je te remercie', 'mille mercis', "c'est très clair", 'tres utile', 'super utile', 'parfait'],
  },
  help: {
    en: ['help', 'what can you do', 'what do you know', 'who are you', 'what are you', 'are you a bot', 'a person or a bot', 'are you human', 'how does this work', 'how do i use you', 'what can i ask', 'what can i ask you', 'what kind of questions can you answer', 'what questions can you answer', 'what can you answer', 'how can you help', 'can you help me', 'menu', 'commands'],
    fr: ['aide', 'au secours', 'que sais tu faire', 'que savez vous faire', 'que peux tu faire', 'que pouvez vous faire', 'qui es tu', 'qui etes vous', 'tu es qui', 'vous etes qui', "t'es qui", 'un robot', 'es tu un robot', "c'est quoi ce bot", 'comment ca marche', 'que puis je demander', 'que peut on te demander', "tu peux m'aider", "vous pouvez m'aider", 'aide moi', 'aidez moi', 'commandes'],
  },
  goodbye: {
    en: ['bye', 'goodbye', 'good bye', 'see you', 'see you later', "that's all", 'that is all', 'have a nice day'],
    fr: ['au revoir', 'à bientôt', 'a plus', 'bonne journée', 'bonne soirée', 'je te laisse', 'je vous laisse', "c'est tout"],
  },
};

/** Where a place name stands in a question; group 1 is the candidate ("in Toronto", "à Lyon", "la Belgique"). */
/** Keywords match at the start of a sentence too ("Does Bogotá…"); the place itself must be capitalised. */
const anyCase = (keywords: string): string =>
  keywords.replace(/(^|[|(:])(\p{L})/gu, (_, before: string, first: string) => `${before}[${first.toUpperCase()}${first}]`);
const CAPITALISED = String.raw`(\p{Lu}[\p{L}.'’-]*(?:\s+(?:de\s+|do\s+|da\s+)?\p{Lu}[\p{L}.'’-]*){0,2})`;
export const PLACE_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:${anyCase('in|at|for|of|does|do|did|about|across|within|is|are|has|have')})\s+(?:the\s+)?(?:(?:city|town|municipality|country|state|region)\s+of\s+)?${CAPITALISED}`, 'gu'),
  new RegExp(String.raw`(?:^|[\s'’])(?:${anyCase('à|a|au|aux|en|pour|chez|dans|sur|la|le|les|de|du|des')}|[Ll]['’]|ville\s+de|pays\s+de|mairie\s+de|gouvernement\s+de|municipalité\s+de)\s*${CAPITALISED}`, 'gu'),
  new RegExp(String.raw`(?:^|\s)${CAPITALISED}['’]s\b`, 'gu'),
  // A capitalised subject before a French inverted verb: "Genève scolarise-t-elle…", "Bogota a-t-elle…".
  new RegExp(String.raw`^\s*${CAPITALISED}\s+\p{L}+-(?:t-)?(?:elle|il)s?\b`, 'gu'),
  // A capitalised name inside a sentence: "MGI Mexico City partnerships", "Et Boa Vista, elle…".
  /(?<=[\p{L}\p{N},;:)]\s+)(\p{Lu}\p{Ll}[\p{L}'’-]*(?:[\s-]+\p{Lu}\p{Ll}[\p{L}'’-]*){0,2})/gu,
  // A lower-case place after a verb only a place can follow: "what does toronto offer", "does boa vista have".
  /\b(?:does|did)\s+((?:\p{L}[\p{L}-]*\s+){0,2}?\p{L}[\p{L}-]*)\s+(?:offer|provide|do|have|handle|manage|deal|support|treat|welcome)\b/giu,
  /\b(?:qu['’]offre|que\s+propose|que\s+fait)\s+(\p{L}[\p{L}-]*)\s*(?:\?|$|pour|en|aux?|avec|contre)/giu,
];

/** Capitalised words that begin questions or name the framework: never read as places. */
export const NOT_PLACES: ReadonlySet<string> = new Set(
  `what which who how does do is are can could should would where when why tell show give list the a an i
   mgi igm iom oim un onu sdg odd migof eiu covid
   que quel quelle quels quelles qui quoi comment pourquoi ou est la le les un une des je il elle on nous vous
   english anglais french francais portuguese portugais spanish espagnol
   monday tuesday january february march april may june july august september october november december
   octobre novembre decembre janvier fevrier mars avril mai juin juillet aout septembre
   migrants migrant refugees refugies health sante education partnerships partenariats domain domaine
   thanks thank merci hello bonjour help aide`.split(/\s+/),
);
