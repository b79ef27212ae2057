// Conversations over HTTP as a channel holds them: welcome on conversationUpdate, follow-ups
// that keep context between turns, and state in Azure Blob Storage (Azurite) surviving a restart.
import { messageActivity, postJson, startChannel, type Channel, type ReceivedActivity } from '../support/channel';
import { startAzurite, type RunningAzurite } from '../support/azurite';
import { startServer, useServerAndChannel, type RunningServer } from '../support/server';

type Claim = { appearance: { url: string } };
const citedIds = (reply: ReceivedActivity | undefined): string[] =>
  (((reply?.body.entities ?? [])[0] as { citation?: Claim[] } | undefined)?.citation ?? []).map((c) => c.appearance.url.replace(/^.*\/sources\//, ''));

/** One conversation of one user on one channel, turn after turn. */
function conversation(channel: Channel, channelId: string, id: string, locale = 'en-US') {
  return {
    async say(server: RunningServer, text: string): Promise<ReceivedActivity> {
      const before = channel.received.filter((r) => r.body.type === 'message').length;
      const activity = messageActivity(channel.serviceUrl, text, { channelId, conversation: { id }, locale, from: { id: `${id}-user`, name: 'Ana' } });
      expect((await postJson(`${server.url}/api/messages`, activity)).status).toBe(200);
      return (await channel.waitFor(before + 1)).at(-1)!;
    },
  };
}

describe('Over HTTP, as a channel', () => {
  const running = useServerAndChannel();

  test('a conversationUpdate gets the welcome, with three suggested questions in the locale’s language', async () => {
    const activity = {
      ...messageActivity(running.channel.serviceUrl, '', { locale: 'fr-FR', conversation: { id: 'welcome-http' } }),
      type: 'conversationUpdate',
      text: undefined,
      membersAdded: [{ id: 'user-1', name: 'Ana' }],
    };
    expect((await postJson(`${running.server.url}/api/messages`, activity)).status).toBe(200);
    const [welcome] = await running.channel.waitFor(1);
    expect(welcome!.body.locale).toBe('fr-FR');
    const actions = (welcome!.body.suggestedActions as { actions: Array<{ value: string }> }).actions;
    expect(actions.map((a) => a.value)).toEqual([
      'Qu’offre Manaus aux migrants en matière de santé ?',
      'Que couvre le domaine Partenariats ?',
      'Que pourrait améliorer Manaus face aux crises ?',
    ]);
  });

  test('after the health question, "and in education?" and "what could be improved there?" keep the context', async () => {
    const talk = conversation(running.channel, 'webchat', 'follow-up-http');
    expect(citedIds(await talk.say(running.server, 'What does Manaus offer migrants in health?'))[0]).toBe('manaus-2023/migrants-rights/developed-1');
    expect(citedIds(await talk.say(running.server, 'and in education?'))[0]).toBe('manaus-2023/migrants-rights/developed-2');
    const improved = await talk.say(running.server, 'what could be improved there?');
    expect(citedIds(improved)).toEqual(['manaus-2023/migrants-rights/potential-1', 'manaus-2023/migrants-rights/potential-2']);
    expect((improved.body.attachments as Array<{ content: { version: string } }>)[0]!.content.version).toBe('1.5');
  });

  test('"domaines" lists the six domains', async () => {
    const reply = await conversation(running.channel, 'emulator', 'domains-http').say(running.server, 'domaines');
    const card = (reply.body.attachments as Array<{ content: { body: Array<{ type: string; actions?: unknown[] }> } }>)[0]!.content;
    expect(card.body.find((e) => e.type === 'ActionSet')?.actions).toHaveLength(6);
  });
});

describe('With state in Azure Blob Storage (Azurite)', () => {
  let azurite: RunningAzurite;
  let channel: Channel;
  beforeAll(async () => {
    [azurite, channel] = await Promise.all([startAzurite(), startChannel()]);
  }, 30_000);
  afterAll(async () => {
    await channel?.close();
    await azurite?.stop();
  });

  test('a conversation’s context and language preference survive a restart of the bot', async () => {
    const env = { AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_CONTAINER: 'restart-test' };
    const talk = conversation(channel, 'webchat', 'restart-http', 'en-US');
    const first = await startServer(env);
    expect((await talk.say(first, 'français')).body.locale).toBe('fr-FR');
    expect(citedIds(await talk.say(first, 'What does Manaus offer migrants in health?'))[0]).toBe('manaus-2023/migrants-rights/developed-1');
    await first.close();

    const second = await startServer(env);
    try {
      // The context (last domain) came through the restart…
      const improved = await talk.say(second, 'what could be improved there?');
      expect(citedIds(improved)).toEqual(['manaus-2023/migrants-rights/potential-1', 'manaus-2023/migrants-rights/potential-2']);
      // …and so did the preference: a question that shows no language is answered in French,
      // though the last answer was in English.
      expect((await talk.say(second, 'diaspora')).body.locale).toBe('fr-FR');
    } finally {
      await second.close();
    }
  }, 30_000);
});
