// The activities a Direct Line client reads and writes, and the check on what a user may send.
// Only the fields a chat message needs are copied from the client: anyone can POST anything.

/** Who sent an activity, as Web Chat tells the user's messages from the bot's. */
export interface DirectLineAccount {
  readonly id: string;
  readonly name?: string;
  readonly role: 'user' | 'bot';
}

/** An activity's content before the conversation log gives it an id, a timestamp and a place. */
export interface ActivityContent {
  readonly type: string;
  readonly from: DirectLineAccount;
  readonly recipient?: DirectLineAccount;
  readonly [field: string]: unknown;
}

/** An activity as it sits in a conversation's log and as clients read it. */
export interface DirectLineActivity extends ActivityContent {
  readonly id: string;
  readonly timestamp: string;
  readonly channelId: string;
  readonly conversation: { readonly id: string };
}

/** The channel the bot sees for these conversations (one that renders Adaptive Cards). */
export const CHANNEL_ID = 'webchat';

/** The bot's account in every local conversation. */
export const BOT_ACCOUNT: DirectLineAccount = { id: 'mgi-bot', name: 'MGI', role: 'bot' };

/** Longest message text accepted from a client; the bot asks for shorter questions well below it. */
export const MAX_TEXT_LENGTH = 4000;
/** Largest card button value accepted, as JSON; the bot's own values are a few dozen bytes. */
const MAX_VALUE_BYTES = 8 * 1024;
const MAX_SHORT_STRING = 100;
/** A BCP 47 tag such as en-US or fr. */
const LOCALE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$/;

/** What a user sent, reduced to the fields the bot reads. */
export interface UserMessage {
  readonly text?: string;
  readonly value?: Record<string, unknown>;
  readonly locale?: string;
  readonly name?: string;
  /** Web Chat matches its echoed message to the one it is sending by this id. */
  readonly clientActivityId?: string;
  /** A card button's submit, which Web Chat does not show as a user message. */
  readonly postBack?: boolean;
}

export type UserMessageCheck = { readonly ok: true; readonly message: UserMessage } | { readonly ok: false; readonly problem: string };

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const shortString = (value: unknown): string | undefined => (typeof value === 'string' && value.length > 0 && value.length <= MAX_SHORT_STRING ? value : undefined);

/** A BCP 47 language tag, or undefined for anything else. */
export const localeTag = (value: unknown): string | undefined => (typeof value === 'string' && LOCALE.test(value) ? value : undefined);

/** Accepts a message with text, or a message carrying a card button's value object; nothing else. */
export function parseUserMessage(body: unknown): UserMessageCheck {
  if (!isRecord(body)) return { ok: false, problem: 'The activity must be a JSON object.' };
  if (body.type !== 'message') return { ok: false, problem: 'Only message activities are accepted.' };
  const { text, value } = body;
  if (text !== undefined && typeof text !== 'string') return { ok: false, problem: 'text must be a string.' };
  if (typeof text === 'string' && text.length > MAX_TEXT_LENGTH) return { ok: false, problem: `text is limited to ${MAX_TEXT_LENGTH} characters.` };
  if (value !== undefined && !isRecord(value)) return { ok: false, problem: 'value must be an object.' };
  if (isRecord(value) && Buffer.byteLength(JSON.stringify(value)) > MAX_VALUE_BYTES) return { ok: false, problem: `value is limited to ${MAX_VALUE_BYTES} bytes.` };
  const hasText = typeof text === 'string' && text.trim() !== '';
  if (!hasText && !isRecord(value)) return { ok: false, problem: 'A message needs text or a value object.' };
  const locale = localeTag(body.locale);
  const channelData = isRecord(body.channelData) ? body.channelData : {};
  const clientActivityId = shortString(channelData.clientActivityID);
  const postBack = channelData.postBack === true;
  const name = isRecord(body.from) ? shortString(body.from.name) : undefined;
  return {
    ok: true,
    message: {
      ...(hasText ? { text } : {}),
      ...(isRecord(value) ? { value } : {}),
      ...(locale ? { locale } : {}),
      ...(name ? { name } : {}),
      ...(clientActivityId ? { clientActivityId } : {}),
      ...(postBack ? { postBack } : {}),
    },
  };
}

/** The user's message as it goes into the log: from the token's user, to the bot. */
export function userActivityContent(userId: string, message: UserMessage): ActivityContent {
  return {
    type: 'message',
    from: { id: userId, ...(message.name ? { name: message.name } : {}), role: 'user' },
    recipient: BOT_ACCOUNT,
    ...(message.text !== undefined ? { text: message.text, textFormat: 'plain' } : {}),
    ...(message.value ? { value: message.value } : {}),
    ...(message.locale ? { locale: message.locale } : {}),
    ...(message.clientActivityId || message.postBack
      ? { channelData: { ...(message.clientActivityId ? { clientActivityID: message.clientActivityId } : {}), ...(message.postBack ? { postBack: true } : {}) } }
      : {}),
  };
}
