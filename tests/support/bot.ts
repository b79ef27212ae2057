// The real bot (MgiBot + dialogs) on botbuilder's TestAdapter, with helpers to talk to it.
import { ActivityTypes, ConversationState, MemoryStorage, TestAdapter, UserState, type Activity, type Storage } from 'botbuilder';
import { MgiBot } from '../../src/bot/MgiBot';
import { createLogger, type Logger } from '../../src/server/logger';
import { knowledgeIndex } from './knowledge';

export interface BotHarness {
  readonly adapter: TestAdapter;
  /** Sends text or an activity; resolves with what the bot sent back (typing indicators aside). */
  say(input: string | Partial<Activity>): Promise<Partial<Activity>[]>;
  /** Every activity sent, typing included, since the harness started. */
  readonly sent: Partial<Activity>[];
}

export interface BotHarnessOptions {
  readonly channelId?: string;
  readonly locale?: string;
  readonly storage?: Storage;
  readonly maxQuestionLength?: number;
  readonly logger?: Logger;
  readonly typingDelayMs?: number;
}

export async function createBotHarness(options: BotHarnessOptions = {}): Promise<BotHarness> {
  const storage = options.storage ?? new MemoryStorage();
  const bot = new MgiBot({
    index: await knowledgeIndex(),
    conversationState: new ConversationState(storage),
    userState: new UserState(storage),
    publicUrl: 'https://mgi.example.org',
    maxQuestionLength: options.maxQuestionLength ?? 2000,
    logger: options.logger ?? createLogger('silent'),
    typingDelayMs: options.typingDelayMs,
  });
  const adapter = new TestAdapter((context) => bot.run(context), {
    channelId: options.channelId ?? 'test',
    locale: options.locale ?? 'en-US',
    serviceUrl: 'https://test.com',
    from: { id: 'user1', name: 'User1' },
    recipient: { id: 'bot', name: 'MGI' },
    conversation: { id: 'conversation1', isGroup: false, conversationType: 'personal', name: 'Convo1' },
  });
  const sent: Partial<Activity>[] = [];
  return {
    adapter,
    sent,
    async say(input) {
      adapter.activeQueue.splice(0);
      await adapter.receiveActivity(input);
      const replies = adapter.activeQueue.splice(0);
      sent.push(...replies);
      return replies.filter((a) => a.type !== ActivityTypes.Typing);
    },
  };
}

type Claim = { position: number; appearance: { url: string; name: string; abstract: string; keywords: string[] } };

export const citationsOf = (activity: Partial<Activity> | undefined): Claim[] =>
  ((activity?.entities?.[0] as { citation?: Claim[] } | undefined)?.citation ?? []);

export const citedIds = (activity: Partial<Activity> | undefined): string[] =>
  citationsOf(activity).map((c) => c.appearance.url.replace(/^.*\/sources\//, ''));

/** A card button press, as Teams and Web Chat send it. */
export const press = (data: unknown): Partial<Activity> => ({ type: ActivityTypes.Message, value: data });
