// "language" / "langue": asks which language to fall back to, with two buttons, and saves it.
// If the user asks something else instead, the main dialog answers that.
import { MessageFactory, type StatePropertyAccessor } from 'botbuilder';
import { normalise, words } from '../src/core/normalise';
import type { Language } from '../src/core/types';
import { translator } from '../src/i18n/i18n';
import { localeOf } from '../src/bot/replies';
import { ComponentDialog, Dialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from './dialogKit';
import type { UserProfile } from './state';

export const LANGUAGE_DIALOG = 'language';
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

const CHOICES: ReadonlyArray<{ readonly value: Language; readonly title: string; readonly answers: readonly string[] }> = [
  { value: 'en', title: 'English', answers: ['english', 'anglais', 'en', '1', 'in english', 'en anglais'] },
  { value: 'fr', title: 'Français', answers: ['francais', 'french', 'fr', '2', 'in french', 'en francais'] },
];

/** The language a reply picks: a button's title, a synonym, or its number. */
export function languageChosen(text: string): Language | undefined {
  const key = words(normalise(text)).join(' ');
  return CHOICES.find((c) => c.answers.includes(key))?.value;
}

export class LanguageDialog extends ComponentDialog {
  constructor(private readonly userProfile: StatePropertyAccessor<UserProfile>) {
    super(LANGUAGE_DIALOG);
    this.addDialog(new WaterfallDialog(STEPS, [(step) => this.ask(step), (step) => this.save(step)]));
    this.initialDialogId = STEPS;
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { language } = (step.options ?? { language: 'en' }) as LanguageDialogOptions;
    const question = MessageFactory.suggestedActions(
      CHOICES.map((c) => c.title),
      translator(language)('language.which'),
    );
    await step.context.sendActivity({ ...question, locale: localeOf(language) });
    return Dialog.EndOfTurn;
  }

  private async save(step: WaterfallStepContext): Promise<DialogTurnResult> {
    // One try: anything but a language ends the question, and the main dialog answers it.
    const language = languageChosen(step.context.activity.text ?? '');
    if (!language) return step.endDialog({ unhandled: true } satisfies LanguageDialogResult);
    const profile = await this.userProfile.get(step.context, {});
    profile.preferredLanguage = language;
    await step.context.sendActivity({ type: 'message', text: translator(language)('language.set'), locale: localeOf(language) });
    return step.endDialog({ language } satisfies LanguageDialogResult);
  }
}
