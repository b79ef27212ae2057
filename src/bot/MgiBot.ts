// The Bot Framework host: reads a message, asks the core, sends the cited answer.
import { ActivityHandler, TurnContext, type ConversationState, type StatePropertyAccessor } from 'botbuilder';
import { answerQuestion } from '../core/answerQuestion';
import type { KnowledgeIndex } from '../core/buildIndex';
import { detectLanguage } from '../core/detectLanguage';
import type { Answer, Language } from '../core/types';
import { translator } from '../i18n/i18n';
import type { Logger } from '../server/logger';
import { answerActivity, localeOf } from './answerActivity';

/** What the bot remembers of a conversation between turns. */
export interface ConversationMemory {
  /** Language of the last answer: the fallback for a question that does not show its language. */
  lastLanguage?: Language;
}

export interface MgiBotOptions {
  readonly index: KnowledgeIndex;
  readonly conversationState: ConversationState;
  readonly publicUrl: string;
  readonly maxQuestionLength: number;
  readonly logger: Logger;
}

export class MgiBot extends ActivityHandler {
  private readonly memory: StatePropertyAccessor<ConversationMemory>;

  constructor(private readonly options: MgiBotOptions) {
    super();
    this.memory = options.conversationState.createProperty<ConversationMemory>('memory');
    this.onMessage(async (context, next) => {
      await this.answer(context);
      await next();
    });
  }

  /** Saves conversation state after every turn, whatever the handler did. */
  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.options.conversationState.saveChanges(context, false);
  }

  private async answer(context: TurnContext): Promise<void> {
    const memory = await this.memory.get(context, {});
    // In Teams channels and group chats the text starts with "<at>MGI</at>": not part of the question.
    const text = (TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '').trim();
    const languageContext = { previous: memory.lastLanguage, locale: context.activity.locale };
    if (text.length > this.options.maxQuestionLength) {
      const language = detectLanguage(text.slice(0, 500), languageContext);
      const reply = translator(language)('abstain.tooLong', { length: text.length, max: this.options.maxQuestionLength });
      await context.sendActivity({ type: 'message', text: reply, locale: localeOf(language) });
      return;
    }
    const answer: Answer = answerQuestion(this.options.index, text || 'help', languageContext, { publicUrl: this.options.publicUrl });
    memory.lastLanguage = answer.language;
    await this.memory.set(context, memory);
    this.options.logger.info(
      {
        event: 'answer',
        conversationId: context.activity.conversation?.id,
        language: answer.language,
        kind: answer.kind,
        sources: answer.citations.map((c) => c.id),
        confidence: answer.confidence,
      },
      'answered',
    );
    await context.sendActivity(answerActivity(answer, context.activity.from?.id));
  }
}
