// The main dialog: routes each turn to an answer, a command, a follow-up, a card button or a
// clarification choice, in the user's language. Replies are built in src/bot/replies.ts.
import { TurnContext, type Activity, type StatePropertyAccessor } from 'botbuilder';
import { ComponentDialog, DialogSet, DialogTurnStatus, WaterfallDialog, type DialogState, type DialogTurnResult, type WaterfallStepContext } from './dialogKit';
import { parseCardCommand, type CardCommand } from '../src/cards/cardCommands';
import { answerDomainList, answerQuestion, answerSource, suggestionsFor, type AnswerOptions } from '../src/presentation/answer';
import type { KnowledgeIndex } from '../src/core/buildIndex';
import { chooseLanguage, rankLanguages, type LanguageContext } from '../src/core/language/detectLanguage';
import { domainNamedAlone } from '../src/core/domainNamedAlone';
import { composeDomainView, domainView } from '../src/presentation/domainView';
import type { Language } from '../src/core/types';
import type { Answer } from '../src/presentation/types';
import { profilesList } from '../src/presentation/composeAnswer';
import { translator } from '../src/i18n/i18n';
import type { Logger } from '../src/server/logger';
import { answerReply, domainListReply, domainReply, textReply, welcomeReply, type ReplyContext } from '../src/bot/replies';
import { commandKey, isNoneOfThese, recogniseCommand, type TextCommand } from './commands';
import { LANGUAGE_DIALOG, LanguageDialog, type LanguageDialogResult } from './LanguageDialog';
import { MAX_SENT_ANSWERS, type ConversationData, type Shown, type UserProfile } from './state';

export const MAIN_DIALOG = 'main';
const ROUTE = 'route';

export interface MainDialogOptions {
  readonly index: KnowledgeIndex;
  readonly answerOptions: AnswerOptions;
  readonly maxQuestionLength: number;
  readonly conversationData: StatePropertyAccessor<ConversationData>;
  readonly userProfile: StatePropertyAccessor<UserProfile>;
  readonly logger: Logger;
}

/** One turn's reading: what the user sent and what the bot knows of them. */
interface Turn {
  readonly context: TurnContext;
  readonly text: string;
  readonly data: ConversationData;
  readonly profile: UserProfile;
  readonly reply: ReplyContext;
  readonly languageContext: LanguageContext;
}

export class MainDialog extends ComponentDialog {
  constructor(private readonly options: MainDialogOptions) {
    super(MAIN_DIALOG);
    this.addDialog(new LanguageDialog(options.userProfile, options.index.languages));
    this.addDialog(new WaterfallDialog(ROUTE, [(step) => this.route(step), (step) => this.afterLanguage(step)]));
    this.initialDialogId = ROUTE;
  }

  /** Runs the dialog for one turn: continues a pending prompt, or routes the turn anew. */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    const dialogs = new DialogSet(dialogState);
    dialogs.add(this);
    const dc = await dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const turn = await this.readTurn(step.context);
    const command = recogniseCommand(this.options.index.languages, turn.text);
    if (!parseCardCommand(step.context.activity.value, this.options.index.languages) && command?.command === 'language') {
      const language = this.languageOf(turn.text, turn);
      return step.beginDialog(LANGUAGE_DIALOG, { language });
    }
    await this.respond(turn, command);
    return step.endDialog();
  }

  private async afterLanguage(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = step.result as LanguageDialogResult | undefined;
    // The user asked something else instead of picking a language: answer that.
    if (result?.unhandled) await this.respond(await this.readTurn(step.context), recogniseCommand(this.options.index.languages, step.context.activity.text ?? ''));
    return step.endDialog();
  }

  private async readTurn(context: TurnContext): Promise<Turn> {
    const data = await this.options.conversationData.get(context, {});
    const profile = await this.options.userProfile.get(context, {});
    const activity = context.activity;
    // In Teams channels and group chats the text starts with "<at>MGI</at>": not part of the question.
    const text = (TurnContext.removeRecipientMention(activity) ?? activity.text ?? '').trim();
    return {
      context,
      text,
      data,
      profile,
      reply: { channelId: activity.channelId, recipientId: activity.from?.id, knowledge: this.options.index.knowledge },
      languageContext: { preferred: profile.preferredLanguage, previous: data.lastLanguage, locale: activity.locale },
    };
  }

  /** The language a message is written in, else the conversation's. */
  private languageOf(text: string, turn: Turn): Language {
    const { index } = this.options;
    return chooseLanguage(rankLanguages(text, index.languages, index.exclusiveVocabulary), turn.languageContext, index.languages);
  }

  /** The language of a reply to a button or a command without words of its own. */
  private currentLanguage(turn: Turn): Language {
    const { languages } = this.options.index;
    return chooseLanguage({ ranked: [] }, { previous: turn.data.lastLanguage, preferred: turn.profile.preferredLanguage, locale: turn.context.activity.locale }, languages);
  }

  private async respond(turn: Turn, command: TextCommand | undefined): Promise<void> {
    const card = parseCardCommand(turn.context.activity.value, this.options.index.languages);
    if (card) return this.onCard(turn, card);
    if (!turn.text) return this.send(turn, textReply(this.currentLanguage(turn), translator(this.currentLanguage(turn))('help.text', { profiles: this.profiles(this.currentLanguage(turn)) }), turn.reply));
    if (turn.text.length > this.options.maxQuestionLength) {
      const language = this.languageOf(turn.text.slice(0, 500), turn);
      const text = translator(language)('abstain.tooLong', { length: turn.text.length, max: this.options.maxQuestionLength });
      return this.send(turn, textReply(language, text, turn.reply));
    }
    if (command) return this.onCommand(turn, command);
    const choice = this.pendingChoice(turn);
    if (choice === 'none') return this.onCard(turn, { command: 'none' });
    if (choice) return this.onCard(turn, { command: 'source', sourceId: choice });
    const domain = domainNamedAlone(this.options.index, turn.text);
    if (domain) return this.showDomain(turn, domain, undefined, this.languageOf(turn.text, turn));
    return this.answer(turn, { kind: 'question', question: turn.text });
  }

  private async onCommand(turn: Turn, command: TextCommand): Promise<void> {
    const language = command.command === 'set-language' || command.command === 'translate' ? command.language : this.languageOf(turn.text, turn);
    const t = translator(language);
    switch (command.command) {
      case 'help':
        turn.data.lastLanguage = language;
        return this.send(turn, textReply(language, t('help.text', { profiles: this.profiles(language) }), turn.reply, suggestionsFor(language)));
      case 'domains':
        return this.showDomains(turn, language);
      case 'restart':
        await this.options.conversationData.set(turn.context, { welcomed: true, lastLanguage: language });
        Object.keys(turn.data).forEach((key) => delete turn.data[key as keyof ConversationData]);
        Object.assign(turn.data, { welcomed: true, lastLanguage: language });
        await this.send(turn, textReply(language, t('restart.done'), turn.reply));
        return this.send(turn, welcomeReply(language, turn.reply));
      case 'set-language':
        turn.profile.preferredLanguage = language;
        turn.data.lastLanguage = language;
        return this.send(turn, textReply(language, t('language.set'), turn.reply));
      case 'translate':
        return this.reshow(turn, language);
      case 'language':
        // Handled by the language dialog; reached only when a card value came with the text.
        return this.send(turn, textReply(language, t('language.which'), turn.reply));
    }
  }

  private async onCard(turn: Turn, card: CardCommand): Promise<void> {
    const language = card.command === 'translate' ? card.language : this.currentLanguage(turn);
    switch (card.command) {
      case 'domain':
        return this.showDomain(turn, card.domain, card.level, language);
      case 'domains':
        return this.showDomains(turn, language);
      case 'list':
        return this.answer(turn, { kind: 'list', domain: card.domain, list: card.kind, profileId: card.profileId }, language);
      case 'source':
        return this.answer(turn, { kind: 'source', sourceId: card.sourceId }, language);
      case 'translate':
        return this.reshow(turn, language);
      case 'none': {
        turn.data.pendingChoices = undefined;
        const t = translator(language);
        return this.send(turn, textReply(language, `${t('clarify.pick')}\n\n${t('abstain.tryAsking')}`, turn.reply, suggestionsFor(language)));
      }
    }
  }

  /** "1", "2", a choice's label, or "none of these", after a "Did you mean…?". */
  private pendingChoice(turn: Turn): string | 'none' | undefined {
    const choices = turn.data.pendingChoices;
    turn.data.pendingChoices = undefined;
    if (!choices?.length) return undefined;
    const { languages } = this.options.index;
    const key = commandKey(languages, turn.text);
    const number = Number.parseInt(key, 10);
    if (String(number) === key && number >= 1 && number <= choices.length) return choices[number - 1]!.sourceId;
    const byLabel = choices.find((c) => commandKey(languages, c.label) === key);
    if (byLabel) return byLabel.sourceId;
    return isNoneOfThese(languages, turn.text) ? 'none' : undefined;
  }

  private async answer(turn: Turn, shown: Exclude<Shown, { kind: 'domain' } | { kind: 'domains' }>, language?: Language): Promise<void> {
    const answer = this.answerFor(turn, shown, language);
    if (!answer) return this.send(turn, textReply(language ?? this.currentLanguage(turn), translator(language ?? this.currentLanguage(turn))('abstain.unknown'), turn.reply));
    turn.data.lastLanguage = answer.language;
    turn.data.lastShown = shown;
    turn.data.pendingChoices = answer.kind === 'clarify' ? [...(answer.choices ?? [])] : undefined;
    if (answer.answered) {
      turn.data.lastDomain = answer.domain ?? turn.data.lastDomain;
      turn.data.lastProfileId = answer.profileId ?? turn.data.lastProfileId;
    }
    this.options.logger.info(
      { event: 'answer', conversationId: turn.context.activity.conversation?.id, language: answer.language, kind: answer.kind, sources: answer.citations.map((c) => c.id), confidence: answer.confidence },
      'answered',
    );
    await this.send(turn, answerReply(answer, turn.reply), answer);
  }

  private answerFor(turn: Turn, shown: Shown, language?: Language): Answer | undefined {
    const { index, answerOptions } = this.options;
    switch (shown.kind) {
      case 'question':
        return answerQuestion(index, shown.question, { ...turn.languageContext, forcedLanguage: language, lastDomain: turn.data.lastDomain, lastProfileId: turn.data.lastProfileId }, answerOptions);
      case 'source':
        return answerSource(index, shown.sourceId, language ?? this.currentLanguage(turn), answerOptions);
      case 'list':
        return answerDomainList(index, shown.domain, shown.list, shown.profileId, language ?? this.currentLanguage(turn), answerOptions);
      default:
        return undefined;
    }
  }

  /** Shows the last reply again, in another language. */
  private async reshow(turn: Turn, language: Language): Promise<void> {
    const shown = turn.data.lastShown;
    if (!shown) return this.send(turn, textReply(language, translator(language)('language.nothingToShow'), turn.reply, suggestionsFor(language)));
    if (shown.kind === 'domain') return this.showDomain(turn, shown.domain, shown.level, language);
    if (shown.kind === 'domains') return this.showDomains(turn, language);
    return this.answer(turn, shown, language);
  }

  private async showDomain(turn: Turn, domain: NonNullable<ConversationData['lastDomain']>, level: 'national' | 'city' | undefined, language: Language): Promise<void> {
    const view = domainView(this.options.index, domain, turn.data.lastProfileId, level);
    if (!view) return this.showDomains(turn, language);
    const answer = composeDomainView(this.options.index, view, language, this.options.answerOptions);
    turn.data.lastLanguage = language;
    turn.data.lastDomain = domain;
    turn.data.lastProfileId = view.profiles.length === 1 ? view.profiles[0]!.profile.id : turn.data.lastProfileId;
    turn.data.lastShown = { kind: 'domain', domain, level };
    await this.send(turn, domainReply(view, answer, turn.reply), answer);
  }

  private async showDomains(turn: Turn, language: Language): Promise<void> {
    turn.data.lastLanguage = language;
    turn.data.lastShown = { kind: 'domains' };
    await this.send(turn, domainListReply(language, turn.reply));
  }

  private profiles(language: Language): string {
    return profilesList(translator(language), this.options.index.knowledge, language);
  }

  /** Sends a reply; an answer's id and sources are remembered for feedback on it. */
  private async send(turn: Turn, activity: Partial<Activity>, answer?: Answer): Promise<void> {
    const response = await turn.context.sendActivity(activity);
    if (answer?.answered && response?.id) {
      const sent = [...(turn.data.sentAnswers ?? []), { activityId: response.id, sources: answer.citations.map((c) => c.id) }];
      turn.data.sentAnswers = sent.slice(-MAX_SENT_ANSWERS);
    }
  }
}
