// Types of the answering core. Knowledge types come from the JSON Schema (types.generated.ts).
import type { ConceptThesaurus, DecisionCalibration, DomainId, LanguagePackFile, LocalizedText, SearchTerms } from '../knowledge/types.generated';
import type { LanguageCode, LanguageRegistry, SmallTalkKind } from './language/registry';
import type { TextIn } from './localizedText';

export type { DomainId, LocalizedText, SearchTerms, LanguageCode, ConceptThesaurus, DecisionCalibration, LanguagePackFile };
/** A language code of the registry (`en`, `fr`, …): which ones exist is data (knowledge/languages/). */
export type Language = LanguageCode;

/** What a source is; decides how an answer introduces it. */
export type SourceKind = 'overview' | 'introduction' | 'definition-national' | 'definition-city' | 'developed' | 'potential';

/** One citable piece of knowledge, with a stable public id (e.g. `manaus-2023/migrants-rights/developed-1`). */
export interface Source {
  readonly id: string;
  readonly kind: SourceKind;
  readonly domain?: DomainId;
  readonly profileId?: string;
  /** 1-based position in the profile's list, for findings. */
  readonly ordinal?: number;
  readonly text: LocalizedText;
  readonly terms: SearchTerms;
}

/** A profile as the core needs it: where and when. */
export interface ProfileSummary {
  readonly id: string;
  readonly level: 'city' | 'national';
  readonly place: LocalizedText;
  readonly country: LocalizedText;
  /** For a city profile, the country's capital, named for the national government ("Brasília"). */
  readonly capital?: LocalizedText;
  readonly placeNames: readonly string[];
  /** Places the profile mentions that are not its own (Boa Vista for Manaus). */
  readonly otherPlaces: readonly string[];
  /** Publication month, `YYYY-MM`. */
  readonly published: string;
  readonly dateLabel: LocalizedText;
  readonly title: LocalizedText;
}

export interface DomainSummary {
  readonly id: DomainId;
  readonly name: LocalizedText;
  /** A name short enough for a wheel segment or a button. */
  readonly shortName: LocalizedText;
  /** Short names people use for the domain ("safe migration", "crises"). */
  readonly aliases: SearchTerms;
}

/** Everything the core knows, flattened into citable sources. */
export interface Knowledge {
  /** The languages the bot speaks, from the language packs. */
  readonly languages: LanguageRegistry;
  readonly concepts: ConceptThesaurus;
  readonly calibration: DecisionCalibration;
  readonly frameworkName: LocalizedText;
  readonly domains: readonly DomainSummary[];
  readonly profiles: readonly ProfileSummary[];
  readonly sources: readonly Source[];
}


/** A source as an answer quotes it: the text in the answer's language, or the original when there is no translation. */
export interface QuotedSource {
  readonly source: Source;
  readonly text: TextIn;
}

/**
 * What the core found for a message: data only, in no particular rendering. The hosts'
 * presentation layer turns it into markdown, Adaptive Cards, Teams entities or tool results.
 */
export type StructuredAnswer =
  | {
      readonly kind: 'answer';
      readonly language: Language;
      /** Quoted sources, grouped: each profile's together, in the order they come. */
      readonly quoted: readonly QuotedSource[];
      /** Another source that answers the same words elsewhere. */
      readonly seeAlso: readonly QuotedSource[];
      /** 0..1, how sure the core is that the quoted sources answer the question. */
      readonly confidence: number;
    }
  | { readonly kind: 'clarify'; readonly language: Language; readonly choices: readonly QuotedSource[]; readonly confidence: number }
  | { readonly kind: 'abstain'; readonly language: Language; readonly confidence: number }
  | { readonly kind: 'unknown-place'; readonly language: Language; readonly place: string }
  | { readonly kind: 'small-talk'; readonly language: Language; readonly smallTalk: SmallTalkKind };
