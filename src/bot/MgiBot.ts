// The Bot Framework host: welcomes new members once per conversation, shows typing while it
// works, runs the main dialog for each message, and records Teams feedback on answers.
import {
  ActivityTypes,
  TeamsActivityHandler,
  type ConversationState,
  type InvokeResponse,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  type StatePropertyAccessor,
  type TurnContext,
  type UserState,
} from 'botbuilder';
import type { DialogState } from '../../dialogs/dialogKit';
import { MainDialog } from '../../dialogs/MainDialog';
import type { ConversationData, UserProfile } from '../../dialogs/state';
import type { KnowledgeIndex } from '../core/buildIndex';
import { translator } from '../i18n/i18n';
import type { Logger } from '../server/logger';
import { searchResults, selectedItem } from '../teams/messageExtension';
import { welcomeReply } from './replies';

/** How long a turn may take before the user sees "typing". */
export const TYPING_DELAY_MS = 300;

export interface MgiBotOptions {
  /** Defaults to TYPING_DELAY_MS. */
  readonly typingDelayMs?: number;
  readonly index: KnowledgeIndex;
  readonly conversationState: ConversationState;
  readonly userState: UserState;
  readonly publicUrl: string;
  readonly maxQuestionLength: number;
  readonly logger: Logger;
}

/** What Teams sends with a thumbs up/down (invoke `message/submitAction`). */
interface FeedbackValue {
  readonly actionName?: unknown;
  readonly actionValue?: { readonly reaction?: unknown; readonly feedback?: unknown };
}

/**
 * Typing shows only when an answer is slow to come (storage, a busy instance): most answers take
 * milliseconds, and a flash of "typing" before each would only add a message. Once a reply is on
 * its way no typing starts, and a typing already sent reaches the channel before the reply.
 */
function showTypingIfSlow(context: TurnContext, delayMs: number, logger: Logger): { done(): Promise<void> } {
  let replying = false;
  let sending: Promise<unknown> | undefined;
  const timer = setTimeout(() => {
    if (replying) return;
    sending = context.sendActivity({ type: ActivityTypes.Typing }).catch((error: unknown) => logger.warn({ event: 'typing-failed', err: error }, 'typing indicator not sent'));
  }, delayMs);
  context.onSendActivities(async (_context, activities, send) => {
    if (activities.some((a) => a.type !== ActivityTypes.Typing)) {
      replying = true;
      clearTimeout(timer);
      await sending;
    }
    return send();
  });
  return {
    async done() {
      clearTimeout(timer);
      await sending;
    },
  };
}

export class MgiBot extends TeamsActivityHandler {
  private readonly conversationData: StatePropertyAccessor<ConversationData>;
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly dialog: MainDialog;

  constructor(private readonly options: MgiBotOptions) {
    super();
    this.conversationData = options.conversationState.createProperty<ConversationData>('conversationData');
    this.dialogState = options.conversationState.createProperty<DialogState>('dialogState');
    const userProfile = options.userState.createProperty<UserProfile>('userProfile');
    this.dialog = new MainDialog({
      index: options.index,
      answerOptions: { publicUrl: options.publicUrl },
      maxQuestionLength: options.maxQuestionLength,
      conversationData: this.conversationData,
      userProfile,
      logger: options.logger,
    });

    this.onMessage(async (context, next) => {
      const typing = showTypingIfSlow(context, options.typingDelayMs ?? TYPING_DELAY_MS, options.logger);
      try {
        await this.dialog.run(context, this.dialogState);
      } finally {
        await typing.done();
      }
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if ((context.activity.membersAdded ?? []).some((member) => member.id !== botId)) await this.welcome(context);
      await next();
    });

    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcome(context);
      await next();
    });
  }

  /** Saves conversation and user state after every turn, whatever the handlers did. */
  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.options.conversationState.saveChanges(context, false);
    await this.options.userState.saveChanges(context, false);
  }

  /** The language of the activity's locale, else the default language. */
  private localeLanguage(context: TurnContext): string {
    const { languages } = this.options.index;
    return languages.fromLocale(context.activity.locale) ?? languages.defaultLanguage;
  }

  /** The greeting, once per conversation. */
  private async welcome(context: TurnContext): Promise<void> {
    const data = await this.conversationData.get(context, {});
    if (data.welcomed) return;
    data.welcomed = true;
    const language = this.localeLanguage(context);
    await context.sendActivity(welcomeReply(language, { channelId: context.activity.channelId, recipientId: context.activity.from?.id, knowledge: this.options.index.knowledge }));
  }

  /** The compose-box search ("Search MGI"): results in the user's language; empty lists the domains. */
  protected override async handleTeamsMessagingExtensionQuery(context: TurnContext, query: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    const parameter = query.parameters?.find((p) => p.name === 'query') ?? query.parameters?.[0];
    const text = typeof parameter?.value === 'string' ? parameter.value.slice(0, this.options.maxQuestionLength) : '';
    const language = this.localeLanguage(context);
    return searchResults(this.options.index, text, language, this.options.publicUrl);
  }

  protected override async handleTeamsMessagingExtensionSelectItem(context: TurnContext, value: unknown): Promise<MessagingExtensionResponse> {
    const response = selectedItem(this.options.index, value, this.options.publicUrl);
    if (response) return response;
    const t = translator(this.localeLanguage(context));
    return { composeExtension: { type: 'message', text: t('abstain.unknown') } };
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== 'message/submitAction') return super.onInvokeActivity(context);
    const value = (context.activity.value ?? {}) as FeedbackValue;
    if (value.actionName !== 'feedback') return { status: 400, body: { error: 'unsupported_action' } };
    const data = await this.conversationData.get(context, {});
    const answered = data.sentAnswers?.find((a) => a.activityId === context.activity.replyToId);
    const reaction = value.actionValue?.reaction === 'like' || value.actionValue?.reaction === 'dislike' ? value.actionValue.reaction : 'unknown';
    const feedback = typeof value.actionValue?.feedback === 'string' ? value.actionValue.feedback.slice(0, 2000) : undefined;
    this.options.logger.info(
      { event: 'feedback', conversationId: context.activity.conversation?.id, replyToId: context.activity.replyToId, reaction, feedback, sources: answered?.sources ?? [] },
      'feedback',
    );
    return { status: 200 };
  }
}
