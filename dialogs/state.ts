// What the bot remembers, typed. Conversation data lives in conversation state; the user's
// language preference in user state (it follows the user across conversations).
import type { DomainId, Language } from '../src/core/types';
import type { DefinitionLevel } from '../src/presentation/domainView';
import type { Choice } from '../src/presentation/types';

/** What the last reply showed, so that "show in French" can show it again in another language. */
export type Shown =
  | { readonly kind: 'question'; readonly question: string }
  | { readonly kind: 'source'; readonly sourceId: string }
  | { readonly kind: 'list'; readonly domain: DomainId; readonly list: 'developed' | 'potential'; readonly profileId?: string }
  | { readonly kind: 'domain'; readonly domain: DomainId; readonly level?: DefinitionLevel }
  | { readonly kind: 'domains' };

/** An answer sent, remembered for feedback on it. */
export interface SentAnswer {
  readonly activityId: string;
  readonly sources: readonly string[];
}

export interface ConversationData {
  /** The welcome was sent in this conversation. */
  welcomed?: boolean;
  /** Language of the last reply. */
  lastLanguage?: Language;
  /** Domain and profile of the last answer: follow-ups continue them. */
  lastDomain?: DomainId;
  lastProfileId?: string;
  lastShown?: Shown;
  /** Choices of a pending "Did you mean…?". */
  pendingChoices?: Choice[];
  /** The last answers sent (a few), for feedback. */
  sentAnswers?: SentAnswer[];
}

export interface UserProfile {
  preferredLanguage?: Language;
}

/** How many sent answers are kept for feedback: state stays small. */
export const MAX_SENT_ANSWERS = 20;
