// Types of the answering core. Knowledge types come from the JSON Schema (types.generated.ts).
import type { DomainId, Language, LocalizedText, SearchTerms } from '../knowledge/types.generated';

export type { DomainId, Language, LocalizedText, SearchTerms };

export const LANGUAGES: readonly Language[] = ['en', 'fr'];

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
  readonly placeNames: readonly string[];
  /** Places the profile mentions that are not its own (Boa Vista for Manaus). */
  readonly otherPlaces: readonly string[];
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
  readonly frameworkName: LocalizedText;
  readonly domains: readonly DomainSummary[];
  readonly profiles: readonly ProfileSummary[];
  readonly sources: readonly Source[];
}

export interface Citation {
  /** 1-based, matches the `[n]` marker in the answer text. */
  readonly position: number;
  /** Quoted in the answer (true) or offered as "see also" (false). */
  readonly quoted: boolean;
  readonly id: string;
  readonly domain?: DomainId;
  readonly kind: SourceKind;
  readonly title: string;
  readonly text: string;
  readonly url: string;
}

export type AnswerKind = 'answer' | 'abstain' | 'unknown-place' | 'small-talk' | 'clarify';

/** One way to read an ambiguous question ("Did you mean…?"). */
export interface Choice {
  readonly sourceId: string;
  readonly domain?: DomainId;
  /** The domain's name (or the source's title), in the answer's language. */
  readonly label: string;
  /** The start of the source's text, to tell the choices apart. */
  readonly preview: string;
}

export interface Answer {
  readonly language: Language;
  /** True when the reply quotes the knowledge; then it has at least one citation. */
  readonly answered: boolean;
  readonly kind: AnswerKind;
  readonly domain?: DomainId;
  /** Markdown, with `[n]` markers and reference links matching `citations`. */
  readonly text: string;
  readonly citations: readonly Citation[];
  /** 0..1, how sure the core is that the top source answers the question. */
  readonly confidence: number;
  /** Example questions to offer when nothing was answered. */
  readonly suggestions: readonly string[];
  /** The profile the quoted sources come from, if any. */
  readonly profileId?: string;
  /** For `clarify`: the readings to choose from, best first. */
  readonly choices?: readonly Choice[];
}
