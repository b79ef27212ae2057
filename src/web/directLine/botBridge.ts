// Hands local Direct Line activities to the bot, as a channel would POST them to /api/messages:
// through a Bot Framework adapter, with the loopback connector as serviceUrl so that the bot's
// replies come back to this server and into the conversation's log.
import type { Activity, ChannelAccount, CloudAdapter, ConversationAccount, TurnContext } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { BOT_ACCOUNT, CHANNEL_ID, type DirectLineAccount, type DirectLineActivity } from './activity';
import { TurnQueue } from './turnQueue';

/** What the bridge needs of the bot: its turn handler. */
export interface BotLogic {
  run(context: TurnContext): Promise<void>;
}

export interface BotBridgeOptions {
  /** An anonymous adapter: these activities come from this process, not from a Bot Framework channel. */
  readonly adapter: CloudAdapter;
  readonly bot: BotLogic;
  /** Where the bot's replies go; known once the server listens. */
  readonly serviceUrl: () => string;
}

/**
 * The schema types mark fields as required (callerId, localTimezone, label…) that channels leave
 * out; the adapter reads what is there, as it does with a JSON body from /api/messages.
 */
const asActivity = (fields: Partial<Activity>): Activity => fields as Activity;

const channelAccount = (account: DirectLineAccount): ChannelAccount => ({ id: account.id, name: account.name ?? '', role: account.role });

/** A one-to-one conversation, as Web Chat's always is. */
const personalConversation = (id: string): ConversationAccount => ({ id, isGroup: false, conversationType: 'personal', name: '' });

export class BotBridge {
  private readonly turns = new TurnQueue();

  constructor(private readonly options: BotBridgeOptions) {}

  /** Runs the bot's turn for a user's activity, after the conversation's earlier turns. */
  deliver(activity: DirectLineActivity): Promise<void> {
    const { timestamp, from, recipient, conversation, ...fields } = activity;
    return this.turn(
      asActivity({
        ...fields,
        timestamp: new Date(timestamp),
        serviceUrl: this.options.serviceUrl(),
        from: channelAccount(from),
        recipient: channelAccount(recipient ?? BOT_ACCOUNT),
        conversation: personalConversation(conversation.id),
      }),
    );
  }

  /** Tells the bot the user and the bot joined, as Direct Line does when a conversation starts (the bot welcomes). */
  conversationStarted(conversationId: string, userId: string, locale?: string): Promise<void> {
    const user: DirectLineAccount = { id: userId, role: 'user' };
    return this.turn(
      asActivity({
        type: 'conversationUpdate',
        id: randomUUID(),
        timestamp: new Date(),
        channelId: CHANNEL_ID,
        serviceUrl: this.options.serviceUrl(),
        conversation: personalConversation(conversationId),
        from: channelAccount(user),
        recipient: channelAccount(BOT_ACCOUNT),
        membersAdded: [channelAccount(BOT_ACCOUNT), channelAccount(user)],
        ...(locale ? { locale } : {}),
      }),
    );
  }

  private turn(activity: Activity): Promise<void> {
    const { adapter, bot } = this.options;
    // No Authorization header: the adapter is anonymous, and nothing here crossed the network.
    return this.turns.run(activity.conversation.id, () => adapter.processActivityDirect('', activity, (context) => bot.run(context)));
  }
}
