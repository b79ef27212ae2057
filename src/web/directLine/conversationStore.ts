// Local Direct Line conversations in memory: each with its activity log, numbered by a watermark
// that only grows. Bounded on every side: conversations idle for the TTL are forgotten, the least
// recently active one makes room when the cap is reached, and each log keeps only its newest entries.
import { CHANNEL_ID, type ActivityContent, type DirectLineActivity } from './activity';

export interface ConversationLimits {
  /** A conversation with no request for this long is forgotten. */
  readonly ttlSeconds: number;
  readonly maxConversations: number;
  readonly maxActivitiesPerConversation: number;
}

/** What a client gets when it polls: the activities after its watermark, and the new watermark. */
export interface ActivitySet {
  readonly activities: readonly DirectLineActivity[];
  readonly watermark: string;
}

interface LogEntry {
  /** Position in the conversation's history; a client's watermark is the last one it has seen. */
  readonly sequence: number;
  readonly activity: DirectLineActivity;
}

interface Conversation {
  readonly id: string;
  entries: LogEntry[];
  lastSequence: number;
  lastActiveAt: number;
}

export class ConversationStore {
  /** In order of last activity, least recent first: the Map keeps insertion order and a touch re-inserts. */
  private readonly conversations = new Map<string, Conversation>();

  constructor(
    private readonly limits: ConversationLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Conversations currently kept. */
  get size(): number {
    this.forgetExpired();
    return this.conversations.size;
  }

  /** Starts the conversation, or just marks it active if it exists; says which. */
  start(id: string): { readonly created: boolean } {
    if (this.live(id)) return { created: false };
    while (this.conversations.size >= this.limits.maxConversations) {
      const oldest = this.conversations.keys().next().value;
      if (oldest === undefined) break;
      this.conversations.delete(oldest);
    }
    this.conversations.set(id, { id, entries: [], lastSequence: 0, lastActiveAt: this.now() });
    return { created: true };
  }

  /** Whether the conversation is kept (and, since someone asked, still active). */
  has(id: string): boolean {
    return this.live(id) !== undefined;
  }

  /** Adds an activity to the log with the next id and watermark; undefined if the conversation is gone. */
  append(conversationId: string, content: ActivityContent): DirectLineActivity | undefined {
    const conversation = this.live(conversationId);
    if (!conversation) return undefined;
    const sequence = conversation.lastSequence + 1;
    return this.record(conversation, sequence, `${conversationId}|${String(sequence).padStart(7, '0')}`, content);
  }

  /**
   * Replaces an activity (the bot updated it). The new version goes to the end of the log, with the
   * same id and a new watermark, so clients that already read the old one see the change.
   */
  replace(conversationId: string, activityId: string, content: ActivityContent): DirectLineActivity | undefined {
    const conversation = this.live(conversationId);
    if (!conversation || !conversation.entries.some((e) => e.activity.id === activityId)) return undefined;
    conversation.entries = conversation.entries.filter((e) => e.activity.id !== activityId);
    return this.record(conversation, conversation.lastSequence + 1, activityId, content);
  }

  /** Removes an activity (the bot deleted it); false if there was none. */
  remove(conversationId: string, activityId: string): boolean {
    const conversation = this.live(conversationId);
    if (!conversation) return false;
    const before = conversation.entries.length;
    conversation.entries = conversation.entries.filter((e) => e.activity.id !== activityId);
    return conversation.entries.length < before;
  }

  /** The activities after `watermark` (all kept ones without it); undefined if the conversation is gone. */
  read(conversationId: string, watermark = 0): ActivitySet | undefined {
    const conversation = this.live(conversationId);
    if (!conversation) return undefined;
    return {
      activities: conversation.entries.filter((e) => e.sequence > watermark).map((e) => e.activity),
      watermark: String(conversation.lastSequence),
    };
  }

  private record(conversation: Conversation, sequence: number, id: string, content: ActivityContent): DirectLineActivity {
    const activity: DirectLineActivity = {
      ...content,
      id,
      timestamp: new Date(this.now()).toISOString(),
      channelId: CHANNEL_ID,
      conversation: { id: conversation.id },
    };
    conversation.entries.push({ sequence, activity });
    conversation.lastSequence = sequence;
    // Trimming drops the oldest entries only; the sequence keeps counting, so watermarks never go back.
    const excess = conversation.entries.length - this.limits.maxActivitiesPerConversation;
    if (excess > 0) conversation.entries.splice(0, excess);
    return activity;
  }

  /** The conversation if it is kept and not expired, marked active now. */
  private live(id: string): Conversation | undefined {
    this.forgetExpired();
    const conversation = this.conversations.get(id);
    if (!conversation) return undefined;
    conversation.lastActiveAt = this.now();
    this.conversations.delete(id);
    this.conversations.set(id, conversation);
    return conversation;
  }

  /** Drops expired conversations; they sit at the front, least recently active first. */
  private forgetExpired(): void {
    const oldestAllowed = this.now() - this.limits.ttlSeconds * 1000;
    for (const conversation of this.conversations.values()) {
      if (conversation.lastActiveAt > oldestAllowed) break;
      this.conversations.delete(conversation.id);
    }
  }
}
