// What a card button asks the bot to do. Buttons send `{ mgi: CardCommand }` as the activity's
// value; `parseCardCommand` accepts only well-formed commands, since anyone can send a value.
import type { LanguageRegistry } from '../core/language/registry';
import type { DomainId, Language } from '../core/types';
import type { DefinitionLevel } from '../presentation/domainView';
import { DOMAIN_IDS } from '../knowledge/validateKnowledge';

export type CardCommand =
  /** Show a domain (its definition at a level, and the profile's findings). */
  | { readonly command: 'domain'; readonly domain: DomainId; readonly level?: DefinitionLevel }
  /** List a profile's well-developed areas or areas to develop in a domain. */
  | { readonly command: 'list'; readonly domain: DomainId; readonly kind: 'developed' | 'potential'; readonly profileId?: string }
  /** Answer with one source (a "Did you mean…?" choice). */
  | { readonly command: 'source'; readonly sourceId: string }
  /** Show the last answer again in a language. */
  | { readonly command: 'translate'; readonly language: Language }
  /** List the six domains. */
  | { readonly command: 'domains' }
  /** "None of these" after a "Did you mean…?". */
  | { readonly command: 'none' };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isDomain = (value: unknown): value is DomainId => typeof value === 'string' && (DOMAIN_IDS as readonly string[]).includes(value);
const isShortString = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 200;

/** The command a card's value carries, if well formed; a language must be one the bot speaks. */
export function parseCardCommand(value: unknown, languages: LanguageRegistry): CardCommand | undefined {
  const data = isRecord(value) && isRecord(value.mgi) ? value.mgi : undefined;
  if (!data) return undefined;
  switch (data.command) {
    case 'domain':
      if (!isDomain(data.domain)) return undefined;
      return data.level === 'national' || data.level === 'city' ? { command: 'domain', domain: data.domain, level: data.level } : { command: 'domain', domain: data.domain };
    case 'list':
      if (!isDomain(data.domain) || (data.kind !== 'developed' && data.kind !== 'potential')) return undefined;
      return { command: 'list', domain: data.domain, kind: data.kind, ...(isShortString(data.profileId) ? { profileId: data.profileId } : {}) };
    case 'source':
      return isShortString(data.sourceId) ? { command: 'source', sourceId: data.sourceId } : undefined;
    case 'translate':
      return typeof data.language === 'string' && languages.has(data.language) ? { command: 'translate', language: data.language } : undefined;
    case 'domains':
    case 'none':
      return { command: data.command };
    default:
      return undefined;
  }
}
