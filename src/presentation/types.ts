// The answer as the hosts show it: markdown with numbered citations, built from the core's
// structured answer by the presentation layer.
import type { DomainId, Language, SourceKind } from '../core/types';

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
