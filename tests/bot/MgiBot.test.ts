import { ActivityTypes, ConversationState, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { MgiBot } from '../../src/bot/MgiBot';
import { createLogger } from '../../src/server/logger';
import { knowledgeIndex } from '../support/knowledge';

async function createBot(maxQuestionLength = 2000): Promise<{ adapter: TestAdapter }> {
  const index = await knowledgeIndex();
  const bot = new MgiBot({
    index,
    conversationState: new ConversationState(new MemoryStorage()),
    publicUrl: 'https://mgi.example.org',
    maxQuestionLength,
    logger: createLogger('silent'),
  });
  const adapter = new TestAdapter((context) => bot.run(context));
  return { adapter };
}

const citationsOf = (activity: Partial<Activity>) =>
  (activity.entities?.[0] as { citation?: Array<{ position: number; appearance: { url: string; name: string; abstract: string; keywords: string[] } }> } | undefined)?.citation ?? [];

describe('The bot, turn by turn', () => {
  test('answers the health question with a cited English message', async () => {
    const { adapter } = await createBot();
    await adapter.send('What does Manaus offer migrants in health?').assertReply((reply) => {
      expect(reply).toMatchObject({ type: ActivityTypes.Message, locale: 'en-US', textFormat: 'markdown' });
      expect(reply.text).toContain('288 Basic Health Units');
      expect(reply.entities).toHaveLength(1);
      expect(reply.entities?.[0]).toMatchObject({ type: 'https://schema.org/Message', '@type': 'Message', '@context': 'https://schema.org' });
      const [first] = citationsOf(reply);
      expect(first).toMatchObject({ position: 1, appearance: { url: 'https://mgi.example.org/sources/manaus-2023/migrants-rights/developed-1' } });
      expect(reply.entities?.[0]).not.toHaveProperty('additionalType');
    });
  });

  test('answers the French question in French, with locale fr-FR', async () => {
    const { adapter } = await createBot();
    await adapter.send("Qu'offre Manaus aux migrants en matière de santé ?").assertReply((reply) => {
      expect(reply.locale).toBe('fr-FR');
      expect(reply.text).toContain('Droits des migrants');
      expect(citationsOf(reply)[0]?.appearance.url).toMatch(/\/sources\/manaus-2023\/migrants-rights\/developed-1$/);
    });
  });

  test('keeps the conversation language for a question that shows none', async () => {
    const { adapter } = await createBot();
    await adapter
      .send('Que couvre le domaine Partenariats ?')
      .assertReply((reply) => expect(reply.locale).toBe('fr-FR'))
      .send('COMPREMI')
      .assertReply((reply) => expect(reply.locale).toBe('fr-FR'));
  });

  test('small talk gets a reply without citation', async () => {
    const { adapter } = await createBot();
    await adapter.send('bonjour').assertReply((reply) => {
      expect(reply.locale).toBe('fr-FR');
      expect(reply.entities ?? []).toHaveLength(0);
    });
  });

  test('an unknown question gets suggestions as buttons and no citation', async () => {
    const { adapter } = await createBot();
    await adapter.send('Give me a recipe for feijoada').assertReply((reply) => {
      expect(reply.entities ?? []).toHaveLength(0);
      expect(reply.suggestedActions?.actions).toHaveLength(3);
    });
  });

  test('every citation stays within Teams limits', async () => {
    const { adapter } = await createBot();
    await adapter.send('What could Manaus improve on crises?').assertReply((reply) => {
      const citations = citationsOf(reply);
      expect(citations.length).toBeGreaterThan(0);
      for (const { appearance } of citations) {
        expect(appearance.name.length).toBeLessThanOrEqual(80);
        expect(appearance.abstract.length).toBeLessThanOrEqual(160);
        expect(appearance.keywords.length).toBeLessThanOrEqual(3);
        for (const keyword of appearance.keywords) expect(keyword.length).toBeLessThanOrEqual(28);
      }
    });
  });

  test('strips the Teams @mention before answering', async () => {
    const { adapter } = await createBot();
    const activity: Partial<Activity> = {
      type: ActivityTypes.Message,
      text: '<at>Toronto Helper</at> What does Manaus offer migrants in health?',
      entities: [{ type: 'mention', mentioned: { id: 'bot', name: 'Toronto Helper' }, text: '<at>Toronto Helper</at>' }],
      recipient: { id: 'bot', name: 'Toronto Helper' },
    };
    await adapter.send(activity).assertReply((reply) => expect(citationsOf(reply)[0]?.appearance.url).toMatch(/developed-1$/));
  });

  test('a question over the length limit gets a polite request to shorten it', async () => {
    const { adapter } = await createBot(100);
    await adapter.send(`What does Manaus offer migrants in health? ${'please '.repeat(30)}`).assertReply((reply) => {
      expect(reply.text).toMatch(/too long/);
      expect(reply.entities ?? []).toHaveLength(0);
    });
  });
});
