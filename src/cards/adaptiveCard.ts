// Typed builders for the subset of Adaptive Cards 1.5 this bot sends (Teams renders 1.5 at most).
// Cards are plain data built from these functions, never from string concatenation.
import type { CardCommand } from './cardCommands';

export const CARD_VERSION = '1.5';
export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

type Spacing = 'None' | 'Small' | 'Default' | 'Medium' | 'Large';
type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';

export interface TextBlock {
  readonly type: 'TextBlock';
  readonly text: string;
  readonly wrap: true;
  readonly weight?: 'Default' | 'Lighter' | 'Bolder';
  readonly size?: 'Small' | 'Default' | 'Medium' | 'Large';
  readonly color?: 'Default' | 'Accent' | 'Good' | 'Warning' | 'Attention';
  readonly isSubtle?: boolean;
  readonly spacing?: Spacing;
  readonly separator?: boolean;
  readonly style?: 'heading';
}

export interface Container {
  readonly type: 'Container';
  readonly items: readonly CardElement[];
  readonly style?: ContainerStyle;
  readonly spacing?: Spacing;
  readonly separator?: boolean;
}

export interface ActionSet {
  readonly type: 'ActionSet';
  readonly actions: readonly CardAction[];
  readonly spacing?: Spacing;
}

export type CardElement = TextBlock | Container | ActionSet;

/** Data an Action.Submit sends back as the activity's `value`. */
export interface SubmitData {
  readonly mgi: CardCommand;
}

export interface SubmitAction {
  readonly type: 'Action.Submit';
  readonly title: string;
  readonly data: SubmitData;
}

export interface OpenUrlAction {
  readonly type: 'Action.OpenUrl';
  readonly title: string;
  readonly url: string;
}

export type CardAction = SubmitAction | OpenUrlAction;

export interface AdaptiveCard {
  readonly type: 'AdaptiveCard';
  readonly $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  readonly version: typeof CARD_VERSION;
  readonly body: readonly CardElement[];
  readonly actions?: readonly CardAction[];
}

type TextOptions = Omit<TextBlock, 'type' | 'text' | 'wrap'>;

export const textBlock = (text: string, options: TextOptions = {}): TextBlock => ({ type: 'TextBlock', text, wrap: true, ...options });

export const heading = (text: string): TextBlock => textBlock(text, { weight: 'Bolder', size: 'Medium', style: 'heading' });

export const container = (items: readonly CardElement[], options: Omit<Container, 'type' | 'items'> = {}): Container => ({ type: 'Container', items, ...options });

export const actionSet = (actions: readonly CardAction[], options: Omit<ActionSet, 'type' | 'actions'> = {}): ActionSet => ({ type: 'ActionSet', actions, ...options });

export const submit = (title: string, command: CardCommand): SubmitAction => ({ type: 'Action.Submit', title, data: { mgi: command } });

export const openUrl = (title: string, url: string): OpenUrlAction => ({ type: 'Action.OpenUrl', title, url });

export const adaptiveCard = (body: readonly CardElement[], actions: readonly CardAction[] = []): AdaptiveCard => ({
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: CARD_VERSION,
  body,
  ...(actions.length ? { actions } : {}),
});
