// The search message extension: results in the user's language, each a preview (title, short
// text) and an Adaptive Card with its citation link; selecting one returns the full card.
import { CardFactory, type MessagingExtensionAttachment, type MessagingExtensionResponse } from 'botbuilder';
import { answerCard } from '../cards/answerCard';
import { CARD_CONTENT_TYPE, type AdaptiveCard } from '../cards/adaptiveCard';
import { domainCard } from '../cards/domainCards';
import { answerSource } from '../presentation/answer';
import type { KnowledgeIndex } from '../core/buildIndex';
import { citationTitle, domainName } from '../presentation/composeAnswer';
import { composeDomainView, domainView } from '../presentation/domainView';
import { searchSources, type SearchHit } from '../core/searchSources';
import type { LanguageRegistry } from '../core/language/registry';
import { inLanguage } from '../core/localizedText';
import type { DomainId, Language } from '../core/types';
import { translator } from '../i18n/i18n';
import { DOMAIN_IDS } from '../knowledge/validateKnowledge';
import { truncate } from '../bot/citationEntity';

/** What a result's tap sends back with `composeExtension/selectItem`. */
export type SelectedItem = { readonly domain: DomainId; readonly language: Language } | { readonly sourceId: string; readonly language: Language };

const PREVIEW_TEXT = 120;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function parseSelectedItem(value: unknown, languages: LanguageRegistry): SelectedItem | undefined {
  if (!isRecord(value)) return undefined;
  const language = typeof value.language === 'string' && languages.has(value.language) ? value.language : undefined;
  if (!language) return undefined;
  if (typeof value.domain === 'string' && (DOMAIN_IDS as readonly string[]).includes(value.domain)) return { domain: value.domain as DomainId, language };
  if (typeof value.sourceId === 'string' && value.sourceId.length <= 200) return { sourceId: value.sourceId, language };
  return undefined;
}

function cardFor(index: KnowledgeIndex, item: SelectedItem, publicUrl: string): AdaptiveCard | undefined {
  if ('domain' in item) {
    const view = domainView(index, item.domain);
    return view ? domainCard(view, composeDomainView(index, view, item.language, { publicUrl }), index.knowledge) : undefined;
  }
  const answer = answerSource(index, item.sourceId, item.language, { publicUrl });
  return answer ? answerCard(answer, index.knowledge) : undefined;
}

function resultFor(index: KnowledgeIndex, hit: SearchHit, language: Language, publicUrl: string): MessagingExtensionAttachment | undefined {
  const t = translator(language);
  const item: SelectedItem = hit.kind === 'domain' ? { domain: hit.domain, language } : { sourceId: hit.source.id, language };
  const card = cardFor(index, item, publicUrl);
  if (!card) return undefined;
  const [title, text] =
    hit.kind === 'domain'
      ? [domainName(index.knowledge, hit.domain, language) || hit.domain, inLanguage(domainView(index, hit.domain)?.definition.text ?? { original: language, [language]: '' }, language)]
      : [citationTitle(t, index.knowledge, hit.source, language), inLanguage(hit.source.text, language)];
  const preview = CardFactory.thumbnailCard(title, truncate(text, PREVIEW_TEXT), [], [], { tap: { type: 'invoke', title, value: item } });
  return { contentType: CARD_CONTENT_TYPE, content: card, preview };
}

export function searchResults(index: KnowledgeIndex, query: string, language: Language, publicUrl: string): MessagingExtensionResponse {
  const attachments = searchSources(index, query, language)
    .map((hit) => resultFor(index, hit, language, publicUrl))
    .filter((a): a is MessagingExtensionAttachment => a !== undefined);
  return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } };
}

export function selectedItem(index: KnowledgeIndex, value: unknown, publicUrl: string): MessagingExtensionResponse | undefined {
  const item = parseSelectedItem(value, index.languages);
  const card = item ? cardFor(index, item, publicUrl) : undefined;
  if (!card) return undefined;
  return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments: [{ contentType: CARD_CONTENT_TYPE, content: card }] } };
}
