// The JSON shape of /api/ask and `npm run ask -- --json`: one answer, its citations, its confidence.
import type { DomainId, Language, SourceKind } from '../core/types';
import type { Answer } from '../presentation/types';

export interface AskResponse {
  readonly language: Language;
  readonly answered: boolean;
  readonly domain: DomainId | null;
  readonly text: string;
  readonly citations: ReadonlyArray<{
    readonly id: string;
    readonly domain: DomainId | null;
    readonly kind: SourceKind;
    readonly title: string;
    readonly text: string;
    readonly url: string;
  }>;
  readonly confidence: number;
}

export function askResponse(answer: Answer): AskResponse {
  return {
    language: answer.language,
    answered: answer.answered,
    domain: answer.domain ?? null,
    text: answer.text,
    citations: answer.citations.map((c) => ({ id: c.id, domain: c.domain ?? null, kind: c.kind, title: c.title, text: c.text, url: c.url })),
    confidence: answer.confidence,
  };
}
