// The search message extension, invoked over HTTP as the Teams channel sends it.
import { messageActivity, postJson } from '../support/channel';
import { useServerAndChannel } from '../support/server';

const running = useServerAndChannel();

interface Result {
  contentType: string;
  content: { version: string; body: unknown[] };
  preview: { contentType: string; content: { title: string; text: string; tap: { type: string; value: Record<string, string> } } };
}

function invoke(name: string, value: unknown, locale: string): Record<string, unknown> {
  return { ...messageActivity(running.channel.serviceUrl, '', { channelId: 'msteams', locale }), type: 'invoke', name, text: undefined, value };
}

async function search(query: string, locale: string): Promise<Result[]> {
  const response = await postJson(`${running.server.url}/api/messages`, invoke('composeExtension/query', { commandId: 'searchMgi', parameters: [{ name: 'query', value: query }], queryOptions: { skip: 0, count: 25 } }, locale));
  expect(response.status).toBe(200);
  const body = JSON.parse(response.text) as { composeExtension: { type: string; attachmentLayout: string; attachments: Result[] } };
  expect(body.composeExtension).toMatchObject({ type: 'result', attachmentLayout: 'list' });
  return body.composeExtension.attachments;
}

describe('Searching MGI from the compose box', () => {
  test('"santé" from a French user returns French results led by the Manaus health finding', async () => {
    const results = await search('santé', 'fr-FR');
    expect(results.length).toBeGreaterThan(0);
    const [first] = results;
    expect(first!.preview.content.tap.value).toEqual({ sourceId: 'manaus-2023/migrants-rights/developed-1', language: 'fr' });
    expect(first!.preview.content.title).toBe('Ville de Manaus (2023) · Droits des migrants · Domaine bien développé 1');
    expect(first!.preview.content.text).toMatch(/^Le Secrétariat à la santé de Manaus/);
    expect(first!.content.version).toBe('1.5');
    expect(JSON.stringify(first!.content)).toContain('/sources/manaus-2023/migrants-rights/developed-1');
  });

  test('"health" from an English user returns the same finding in English', async () => {
    const [first] = await search('health', 'en-US');
    expect(first!.preview.content.tap.value).toEqual({ sourceId: 'manaus-2023/migrants-rights/developed-1', language: 'en' });
    expect(first!.preview.content.text).toMatch(/^The Manaus Health Secretariat/);
  });

  test.each([
    ['en-US', ["Migrants' rights", 'Whole-of-government approach', 'Partnerships', 'Well-being of migrants', 'Mobility dimensions of crises', 'Safe, orderly and regular migration']],
    ['fr-FR', ['Droits des migrants', 'Approche associant l’ensemble du gouvernement', 'Partenariats', 'Bien-être des migrants', 'Aspects d’une crise relatifs à la mobilité', 'Migrations sûres, ordonnées et régulières']],
  ])('an empty query lists the six domains (%s)', async (locale, names) => {
    const results = await search('', locale);
    expect(results.map((r) => r.preview.content.title)).toEqual(names);
  });

  test('a query about nothing the MGI covers returns no result', async () => {
    expect(await search('recette de crêpes', 'fr-FR')).toHaveLength(0);
  });

  test('selectItem returns the full card of the chosen result', async () => {
    const response = await postJson(`${running.server.url}/api/messages`, invoke('composeExtension/selectItem', { sourceId: 'manaus-2023/migrants-rights/developed-1', language: 'fr' }, 'fr-FR'));
    expect(response.status).toBe(200);
    const body = JSON.parse(response.text) as { composeExtension: { attachments: Array<{ content: { version: string } }> } };
    expect(body.composeExtension.attachments).toHaveLength(1);
    expect(body.composeExtension.attachments[0]!.content.version).toBe('1.5');
    expect(JSON.stringify(body)).toContain('288 Unités de santé de base');
  });

  test('selectItem for a domain returns the domain card', async () => {
    const response = await postJson(`${running.server.url}/api/messages`, invoke('composeExtension/selectItem', { domain: 'partnerships', language: 'en' }, 'en-US'));
    expect(JSON.stringify(JSON.parse(response.text))).toContain('MigraCidades');
  });

  test('selectItem with a made-up value gets a message, not an error', async () => {
    const response = await postJson(`${running.server.url}/api/messages`, invoke('composeExtension/selectItem', { sourceId: 'nope', language: 'en' }, 'en-US'));
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toMatchObject({ composeExtension: { type: 'message' } });
  });
});
