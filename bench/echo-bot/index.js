// The framework's floor for `npm run bench`: the smallest bot on the same botbuilder (CloudAdapter,
// anonymous ConfigurationBotFrameworkAuthentication) and restify as the product. Plain JavaScript,
// no build, no dependency beyond the project's own.
//   POST /api/messages  a message activity is answered with one "echo: <text>"
//   GET  /healthz       200 {"status":"ok"}
// Reads PORT (default 3979) and HOST (default 127.0.0.1).
'use strict';
const restify = require('restify');
const { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } = require('botbuilder');

const port = Number(process.env.PORT || 3979);
const host = process.env.HOST || '127.0.0.1';

// No app id: anonymous, as with the Bot Framework Emulator (any Authorization header is accepted).
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  console.error(`echo-bot turn error: ${error && error.message ? error.message : String(error)}`);
};

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}
const bot = new EchoBot();

const server = restify.createServer({ name: 'echo-bot', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser({ mapParams: false }));

// restify wants real async functions as handlers.
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});

server.get('/healthz', async (_req, res) => {
  res.json(200, { status: 'ok' });
});

server.listen(port, host, () => {
  console.log(`echo-bot listening on http://${host}:${server.address().port}`);
});

const stop = () => server.close(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
