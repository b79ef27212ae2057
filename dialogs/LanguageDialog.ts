// "language" / "langue": asks which language to fall back to, with two buttons, and saves it.
// If the user asks something else instead, the main dialog answers that.
import { MessageFactory, type StatePropertyAccessor } from 'botbuilder';
import { ChoicePrompt, ComponentDialog, ListStyle, WaterfallDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Language } from '../src/core/types';
import { translator } from '../src/i18n/i18n';
import { localeOf } from '../src/bot/replies';
import type { UserProfile } from './state';

export const LANGUAGE_DIALOG = 'language';
const PROMPT = 'language-choice';
const STEPS = 'language-steps';

export interface LanguageDialogOptions {
  /** The language to ask in. */
  readonly language: Language;
}

/** `unhandled`: the user wrote something that is not a language; the caller should answer it. */
export interface LanguageDialogResult {
  readonly language?: Language;
  readonly unhandled?: boolean;
}

const CHOICES: ReadonlyArray<{ readonly value: Language; readonly title: string; readonly synonyms: string[] }> = [
  { value: 'en', title: 'English', synonyms: ['english', 'anglais', 'en'] },
  { value: 'fr', title: 'Français', synonyms: ['francais', 'français', 'french', 'fr'] },
];

export class LanguageDialog extends ComponentDialog {
  constructor(private readonly userProfile: StatePropertyAccessor<UserProfile>) {
    super(LANGUAGE_DIALOG);
    // One try: anything but a language ends the prompt, unrecognised.
    this.addDialog(new ChoicePrompt(PROMPT, async (prompt) => prompt.recognized.succeeded || prompt.attemptCount >= 1));
    this.addDialog(new WaterfallDialog(STEPS, [(step) => this.ask(step), (step) => this.save(step)]));
    this.initialDialogId = STEPS;
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { language } = (step.options ?? { language: 'en' }) as LanguageDialogOptions;
    const t = translator(language);
    const choices = CHOICES.map((c) => ({ value: c.value, synonyms: c.synonyms }));
    const prompt = { ...MessageFactory.suggestedActions(CHOICES.map((c) => c.title), t('language.which')), locale: localeOf(language) };
    return step.prompt(PROMPT, { prompt, choices, style: ListStyle.none });
  }

  private async save(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const found = step.result as FoundChoice | undefined;
    const language = found?.value === 'en' || found?.value === 'fr' ? found.value : undefined;
    if (!language) return step.endDialog({ unhandled: true } satisfies LanguageDialogResult);
    const profile = await this.userProfile.get(step.context, {});
    profile.preferredLanguage = language;
    await step.context.sendActivity({ type: 'message', text: translator(language)('language.set'), locale: localeOf(language) });
    return step.endDialog({ language } satisfies LanguageDialogResult);
  }
}
