// Scale-out: two processes of the compiled bot behind a round-robin load balancer, sharing
// conversation state in Azure Blob Storage (Azurite). One conversation alternates between them turn by
// turn and keeps its context and language preference; when one instance is killed, the other carries on.
import { messageActivity, postJson, startChannel, type Channel, type ReceivedActivity } from '../support/channel';
import { startAzurite, type RunningAzurite } from '../support/azurite';
import { ensureBuilt, startBotProcess, type BotProcess } from '../support/botProcess';
import { startRoundRobinProxy, type RoundRobinProxy } from '../support/roundRobinProxy';

type Claim = { appearance: { url: string } };
const citedIds = (reply: ReceivedActivity): string[] =>
  (((reply.body.entities ?? [])[0] as { citation?: Claim[] } | undefined)?.citation ?? []).map((c) => c.appearance.url.replace(/^.*\/sources\//, ''));

const REPLY_TIMEOUT_MS = 10_000;
/** Setting up: Azurite, a build of dist/ if stale, and two bot processes (~4 s each on 2 cores). */
const SETUP_TIMEOUT_MS = 90_000;

/** One user's conversation on Web Chat, sent to `url` one turn at a time. */
function conversation(channel: Channel, url: string, id: string) {
  return {
    /** Posts the message and resolves with the one message the bot sent in reply to it (typing aside). */
    async say(text: string): Promise<ReceivedActivity> {
      const activity = messageActivity(channel.serviceUrl, text, { channelId: 'webchat', conversation: { id }, locale: 'en-US', from: { id: `${id}-user`, name: 'Ana' } });
      const response = await postJson(`${url}/api/messages`, activity);
      expect(response).toEqual(expect.objectContaining({ status: 200 }));
      // Replies are posted to the channel during the turn, before the 200; the wait only covers a slow channel.
      const deadline = Date.now() + REPLY_TIMEOUT_MS;
      let replies: ReceivedActivity[];
      while ((replies = channel.received.filter((r) => r.body.type === 'message' && r.body.replyToId === activity.id)).length === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(replies).toHaveLength(1);
      return replies[0]!;
    },
  };
}

/** Ends every process and server, each on its own, so that one failure does not leave the others running. */
async function cleanUp(...steps: Array<(() => Promise<unknown>) | undefined>): Promise<void> {
  const results = await Promise.allSettled(steps.map((step) => step?.()));
  const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed.length) throw new AggregateError(failed.map((f) => f.reason), 'clean-up failed');
}

/**
 * Starts two bot processes at once. `keep` gets those that did start before any error is thrown, so
 * that afterAll can stop them.
 */
async function startBots(env: Record<string, string>, keep: (started: BotProcess[]) => void): Promise<void> {
  const started = await Promise.allSettled([startBotProcess(env), startBotProcess(env)]);
  const bots = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  keep(bots);
  const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
}

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('Two bot processes behind a round-robin load balancer, state in Azure Blob Storage (Azurite)', () => {
  let azurite: RunningAzurite | undefined;
  let channel: Channel | undefined;
  let bots: BotProcess[] = [];
  let proxy: RoundRobinProxy | undefined;

  beforeAll(async () => {
    channel = await startChannel();
    const [storage, built] = await Promise.allSettled([startAzurite(), ensureBuilt()]);
    if (storage.status === 'fulfilled') azurite = storage.value;
    if (storage.status === 'rejected') throw storage.reason;
    if (built.status === 'rejected') throw built.reason;
    // One container for both: that is what makes it one bot.
    const env = { AZURE_STORAGE_CONNECTION_STRING: storage.value.connectionString, AZURE_STORAGE_CONTAINER: 'scale-out-test', RATE_LIMIT_CONVERSATION_PER_MINUTE: '1000000', RATE_LIMIT_CLIENT_PER_MINUTE: '1000000' };
    await startBots(env, (started) => (bots = started));
    proxy = await startRoundRobinProxy(bots.map((b) => b.url));
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await cleanUp(...bots.map((b) => b.kill), proxy?.close, channel?.close, azurite?.stop);
  }, 30_000);

  test('turns alternate between the instances and keep context and language; after one is killed, the other carries on', async () => {
    const talk = conversation(channel!, proxy!.url, 'scale-out');

    expect((await talk.say('français')).body.locale).toBe('fr-FR');
    const health = await talk.say('What does Manaus offer migrants in health?');
    expect(health.body.locale).toBe('en-US');
    expect(citedIds(health)[0]).toBe('manaus-2023/migrants-rights/developed-1');
    // Each follow-up lands on the instance that did not answer the turn before it.
    expect(citedIds(await talk.say('and in education?'))[0]).toBe('manaus-2023/migrants-rights/developed-2');
    expect(citedIds(await talk.say('what could be improved there?'))).toEqual(['manaus-2023/migrants-rights/potential-1', 'manaus-2023/migrants-rights/potential-2']);
    expect(proxy!.served).toEqual([0, 1, 0, 1]);
    expect(proxy!.upstreamHits).toEqual([2, 2]);

    // Instance 0 (whose turn is next, and which wrote the language preference) dies mid-conversation.
    await bots[0]!.kill();
    expect(isRunning(bots[0]!.pid)).toBe(false);

    // A question that shows no language gets the saved preference (French), though the last answer was English…
    const diaspora = await talk.say('diaspora');
    expect(diaspora.body.locale).toBe('fr-FR');
    // …and the follow-up continues the domain that answer was about.
    const improved = await talk.say('what could be improved there?');
    expect(citedIds(improved).length).toBeGreaterThan(0);
    expect(citedIds(improved).every((id) => /^manaus-2023\/whole-of-government\/potential-\d+$/.test(id))).toBe(true);
    // Both answered by the survivor, the dead instance skipped each time.
    expect(proxy!.served).toEqual([0, 1, 0, 1, 1, 1]);
    expect(proxy!.upstreamRefusals).toEqual([2, 0]);
  }, 30_000);
});

describe('The same checks fail when each process keeps state in memory (no connection string)', () => {
  let channel: Channel | undefined;
  let bots: BotProcess[] = [];
  let proxy: RoundRobinProxy | undefined;

  beforeAll(async () => {
    channel = await startChannel();
    await ensureBuilt();
    const env = { RATE_LIMIT_CONVERSATION_PER_MINUTE: '1000000', RATE_LIMIT_CLIENT_PER_MINUTE: '1000000' };
    await startBots(env, (started) => (bots = started));
    proxy = await startRoundRobinProxy(bots.map((b) => b.url));
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await cleanUp(...bots.map((b) => b.kill), proxy?.close, channel?.close);
  }, 30_000);

  test('the follow-up and the preference do not reach the other instance', async () => {
    const talk = conversation(channel!, proxy!.url, 'scale-out-memory');
    expect((await talk.say('français')).body.locale).toBe('fr-FR'); // instance 0
    expect(citedIds(await talk.say('What does Manaus offer migrants in health?'))[0]).toBe('manaus-2023/migrants-rights/developed-1'); // instance 1
    // Instance 0 never saw the health question: no context to continue.
    expect(citedIds(await talk.say('what could be improved there?'))).not.toEqual(['manaus-2023/migrants-rights/potential-1', 'manaus-2023/migrants-rights/potential-2']);
    // Instance 1 never saw "français": the message's own locale wins.
    expect((await talk.say('diaspora')).body.locale).not.toBe('fr-FR');
    expect(proxy!.served).toEqual([0, 1, 0, 1]);
  }, 30_000);
});
