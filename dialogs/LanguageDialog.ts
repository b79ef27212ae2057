// "language" / "langue": asks which language to fall back to, with a button per language, and
// saves it. If the user asks something else instead, the main dialog answers that.
import { MessageFactory, type StatePropertyAccessor } from 'botbuilder';
import type { LanguageRegistry } from '../src/core/language/registry';
import type { Language } from '../src/core/types';
import { commandKey, languageToShowIn } from './commands';
import { translator } from '../src/i18n/i18n';
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

/** The language a reply picks: a button's title (the endonym), another name of it, its code, its number, or "in <language>". */
export function languageChosen(languages: LanguageRegistry, text: string): Language | undefined {
  const key = commandKey(languages, text);
  const named = languages.codes.find((code, i) => {
    const pack = languages.pack(code);
    return [commandKey(languages, pack.endonym), ...pack.names, code, String(i + 1)].includes(key);
  });
  return named ?? languageToShowIn(languages, text);
}

export class LanguageDialog extends ComponentDialog {
  constructor(
    private readonly userProfile: StatePropertyAccessor<UserProfile>,
    private readonly languages: LanguageRegistry,
  ) {
    super(LANGUAGE_DIALOG);
    this.addDialog(new WaterfallDialog(STEPS, [(step) => this.ask(step), (step) => this.save(step)]));
    this.initialDialogId = STEPS;
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { language } = (step.options ?? { language: this.languages.defaultLanguage }) as LanguageDialogOptions;
    const question = MessageFactory.suggestedActions(
      this.languages.codes.map((code) => this.languages.pack(code).endonym),
      translator(language)('language.which'),
    );
    await step.context.sendActivity({ ...question, locale: this.languages.localeOf(language) });
    return Dialog.EndOfTurn;
  }

  private async save(step: WaterfallStepContext): Promise<DialogTurnResult> {
    // One try: anything but a language ends the question, and the main dialog answers it.
    const language = languageChosen(this.languages, step.context.activity.text ?? '');
    if (!language) return step.endDialog({ unhandled: true } satisfies LanguageDialogResult);
    const profile = await this.userProfile.get(step.context, {});
    profile.preferredLanguage = language;
    await step.context.sendActivity({ type: 'message', text: translator(language)('language.set'), locale: this.languages.localeOf(language) });
    return step.endDialog({ language } satisfies LanguageDialogResult);
  }
}
