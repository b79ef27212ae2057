// Plays a Bot Framework channel against the real server: POST /api/messages with a serviceUrl
// pointing at a local connector stand-in, and read the replies where a channel would.
import { messageActivity, postJson } from '../support/channel';
import { useServerAndChannel } from '../support/server';

const running = useServerAndChannel();
beforeEach(() => {
  running.channel.received.length = 0;
});

type Claim = { position: number; appearance: { url: string; name: string; abstract: string } };

describe('A channel posting to /api/messages', () => {
  test('gets the cited health answer at its serviceUrl, entity intact on the wire', async () => {
    const activity = messageActivity(running.channel.serviceUrl, 'What does Manaus offer migrants in health?');
    const response = await postJson(`${running.server.url}/api/messages`, activity);
    expect(response.status).toBe(200);
    const [reply] = await running.channel.waitFor(1);
    expect(reply!.path).toBe(`/v3/conversations/${(activity.conversation as { id: string }).id}/activities/${activity.id as string}`);
    expect(reply!.body).toMatchObject({ type: 'message', locale: 'en-US', replyToId: activity.id });
    expect(reply!.body.text).toContain("Migrants' rights");
    expect(reply!.body.text).toMatch(/\[1\]: http:\/\/localhost:\d+\/sources\/manaus-2023\/migrants-rights\/developed-1 /);
    const attachments = reply!.body.attachments as Array<{ contentType: string; content: { version: string } }>;
    expect(attachments[0]).toMatchObject({ contentType: 'application/vnd.microsoft.card.adaptive', content: { version: '1.5' } });
    expect(JSON.stringify(attachments[0]!.content)).toContain('288 Basic Health Units');
    const entities = reply!.body.entities ?? [];
    expect(entities).toHaveLength(1);
    const citation = (entities[0] as { citation: Claim[] }).citation;
    expect(citation[0]!.position).toBe(1);
    expect(citation[0]!.appearance.url).toBe(`${running.server.url}/sources/manaus-2023/migrants-rights/developed-1`);
    expect(citation[0]!.appearance.abstract.length).toBeGreaterThan(20);
  });

  test('gets the French answer with locale fr-FR', async () => {
    const activity = messageActivity(running.channel.serviceUrl, "Qu'offre Manaus aux migrants en matière de santé ?", { locale: 'fr-FR' });
    expect((await postJson(`${running.server.url}/api/messages`, activity)).status).toBe(200);
    const [reply] = await running.channel.waitFor(1);
    expect(reply!.body.locale).toBe('fr-FR');
    expect(reply!.body.text).toContain('Droits des migrants');
    expect(((reply!.body.entities ?? [])[0] as { citation: Claim[] }).citation[0]!.appearance.url).toMatch(/\/sources\/manaus-2023\/migrants-rights\/developed-1$/);
  });

  test('a reply that answers nothing carries no citation', async () => {
    const activity = messageActivity(running.channel.serviceUrl, 'What does Toronto offer migrants in health?');
    await postJson(`${running.server.url}/api/messages`, activity);
    const [reply] = await running.channel.waitFor(1);
    expect(reply!.body.text).toMatch(/^I have no MGI profile for Toronto/);
    expect(reply!.body.entities ?? []).toHaveLength(0);
  });
});

describe('The other doors of the server', () => {
  test('GET /healthz says ok', async () => {
    const response = await fetch(`${running.server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', profiles: ['manaus-2023'] });
  });

  test('GET /sources/<id> serves the finding page, in the language asked', async () => {
    const response = await fetch(`${running.server.url}/sources/manaus-2023/migrants-rights/developed-1?lang=en`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const page = await response.text();
    expect(page).toContain('288 Basic Health Units');
    expect(page).toContain('Migrants&#39; rights');
    const french = await (await fetch(`${running.server.url}/sources/manaus-2023/migrants-rights/developed-1?lang=fr`)).text();
    expect(french).toMatch(/<html lang="fr"[ >]/);
    expect(french).toContain('Droits des migrants');
  });

  test('GET /sources/mgi/<domain> serves the domain with its definitions and the profile findings', async () => {
    const page = await (await fetch(`${running.server.url}/sources/mgi/partnerships?lang=fr`)).text();
    expect(page).toContain('Partenariats');
    expect(page).toContain('MigraCidades');
    expect(page).toContain('href="/sources/manaus-2023/partnerships/developed-4?lang=fr"');
  });

  test('an unknown source id is a 404 page that escapes what it echoes', async () => {
    const response = await fetch(`${running.server.url}/sources/%3Cscript%3Ealert(1)%3C%2Fscript%3E`);
    expect(response.status).toBe(404);
    const page = await response.text();
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;');
  });

  test('GET /api/ask answers as JSON', async () => {
    const response = await fetch(`${running.server.url}/api/ask?q=${encodeURIComponent('Que couvre le domaine Partenariats ?')}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { language: string; answered: boolean; domain: string; citations: Array<{ id: string; url: string; kind: string }> };
    expect(body).toMatchObject({ language: 'fr', answered: true, domain: 'partnerships' });
    expect(body.citations[0]).toMatchObject({ kind: expect.stringMatching(/^definition-/), url: expect.stringContaining('/sources/mgi/partnerships/') });
  });

  test('GET /api/ask without a question, or with a bad language, is a 400 with a message', async () => {
    const missing = await fetch(`${running.server.url}/api/ask`);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: 'missing_question' });
    const badLanguage = await fetch(`${running.server.url}/api/ask?q=health&lang=de`);
    expect(badLanguage.status).toBe(400);
  });
});
