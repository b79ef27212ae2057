// Checks what arrives on /api/messages before the Bot Framework adapter sees it: the raw
// adapter answers `{}` with a 500 and hangs ~12 s on a missing serviceUrl. A bad body gets a
// short 4xx; an activity type the bot does not handle is acknowledged and dropped.

/** Activity types of the Bot Framework protocol; any other is acknowledged and ignored. */
export const KNOWN_ACTIVITY_TYPES: ReadonlySet<string> = new Set([
  'message',
  'conversationUpdate',
  'installationUpdate',
  'invoke',
  'event',
  'messageReaction',
  'messageUpdate',
  'messageDelete',
  'typing',
  'endOfConversation',
  'contactRelationUpdate',
  'deleteUserData',
  'command',
  'commandResult',
  'handoff',
  'suggestion',
  'trace',
]);

export type ActivityVerdict =
  | { readonly verdict: 'process'; readonly conversationId: string; readonly type: string }
  | { readonly verdict: 'ignore'; readonly type: string }
  | { readonly verdict: 'reject'; readonly status: 400; readonly error: string; readonly message: string };

export interface GuardOptions {
  /** With an app id the Bot Framework only calls back over https. */
  readonly httpsOnly: boolean;
}

const MAX_ID = 1024;
const MAX_URL = 2048;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const reject = (error: string, message: string): ActivityVerdict => ({ verdict: 'reject', status: 400, error, message });

function serviceUrlProblem(value: unknown, httpsOnly: boolean): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_URL) return 'serviceUrl must be the channel’s http(s) URL';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'serviceUrl must be a valid URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'serviceUrl must use http or https';
  if (httpsOnly && url.protocol !== 'https:') return 'serviceUrl must use https';
  return undefined;
}

export function checkActivity(body: unknown, options: GuardOptions): ActivityVerdict {
  if (!isRecord(body) || Object.keys(body).length === 0) return reject('invalid_activity', 'The body must be a Bot Framework activity: a JSON object with a type.');
  const { type } = body;
  if (typeof type !== 'string' || !/^[A-Za-z]{1,64}$/.test(type)) return reject('invalid_type', 'type must be an activity type such as "message".');
  if (!KNOWN_ACTIVITY_TYPES.has(type)) return { verdict: 'ignore', type };
  const conversation = body.conversation;
  if (!isRecord(conversation) || typeof conversation.id !== 'string' || conversation.id.length === 0 || conversation.id.length > MAX_ID) {
    return reject('invalid_conversation', 'conversation.id must be a non-empty string.');
  }
  const urlProblem = serviceUrlProblem(body.serviceUrl, options.httpsOnly);
  if (urlProblem) return reject('invalid_service_url', urlProblem);
  if (body.text !== undefined && body.text !== null && typeof body.text !== 'string') return reject('invalid_text', 'text must be a string.');
  if (body.id !== undefined && (typeof body.id !== 'string' || body.id.length > MAX_ID)) return reject('invalid_id', 'id must be a string.');
  for (const account of ['from', 'recipient'] as const) {
    const value = body[account];
    if (value !== undefined && (!isRecord(value) || (value.id !== undefined && typeof value.id !== 'string'))) return reject(`invalid_${account}`, `${account} must be an account object.`);
  }
  return { verdict: 'process', conversationId: conversation.id, type };
}
