// The few botbuilder-dialogs classes the bot uses, taken from their own modules: the package's
// index also loads every prompt and the Recognizers-Text libraries, a quarter of a second of
// start-up for nothing this bot needs (measured with `npm run bench`, cold start).
export { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
export { Dialog, DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
export { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
export type { DialogState, DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
