// Conversation state storage: in memory for one instance, Azure Blob Storage (here a real Azurite)
// when several instances must share it.
import { MemoryStorage, type Storage } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { createStorage, describeStorage } from '../../src/bot/createStorage';
import { ConfigError, readConfig } from '../../src/config/config';
import { startAzurite, type RunningAzurite } from '../support/azurite';

describe('Choosing the storage from configuration', () => {
  test('keeps state in memory when no connection string is configured', () => {
    const { storage } = readConfig({});
    expect(storage).toEqual({ connectionString: '', container: 'mgi-bot-state' });
    expect(createStorage(storage)).toBeInstanceOf(MemoryStorage);
    expect(describeStorage(storage)).toBe('memory');
  });

  test('keeps state in Azure Blob Storage when a connection string is configured, and describes it without the secret', () => {
    const connectionString = 'UseDevelopmentStorage=true';
    const { storage } = readConfig({ AZURE_STORAGE_CONNECTION_STRING: connectionString, AZURE_STORAGE_CONTAINER: 'bot-state-2' });
    expect(storage).toEqual({ connectionString, container: 'bot-state-2' });
    expect(createStorage(storage)).toBeInstanceOf(BlobsStorage);
    expect(describeStorage(storage)).toBe('azure-blobs');
  });
});

describe('The container name setting', () => {
  test.each(['abc', 'mgi-bot-state', 'a1-b2-c3', '123', 'a'.repeat(63)])('accepts the valid Azure container name "%s"', (name) => {
    expect(readConfig({ AZURE_STORAGE_CONTAINER: name }).storage.container).toBe(name);
  });

  test.each([
    ['is too short', 'ab'],
    ['is too long', 'a'.repeat(64)],
    ['has uppercase letters', 'Mgi-Bot-State'],
    ['has an underscore', 'mgi_bot_state'],
    ['has a double hyphen', 'mgi--bot'],
    ['starts with a hyphen', '-mgi-bot'],
    ['ends with a hyphen', 'mgi-bot-'],
    ['has a dot', 'mgi.bot'],
  ])('rejects a container name that %s ("%s") with a ConfigError naming AZURE_STORAGE_CONTAINER', (_why, name) => {
    const attempt = () => readConfig({ AZURE_STORAGE_CONTAINER: name });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/AZURE_STORAGE_CONTAINER/);
  });
});

describe('State in Azure Blob Storage, shared by several bot instances (real Azurite)', () => {
  let azurite: RunningAzurite | undefined;
  // Each instance builds its own storage from the same settings, as two bot processes would.
  const instance = (): Storage => {
    if (!azurite) throw new Error('Azurite is not running');
    return createStorage(readConfig({ AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_CONTAINER: 'mgi-bot-state' }).storage);
  };

  beforeAll(async () => {
    azurite = await startAzurite();
  });

  afterAll(async () => {
    await azurite?.stop();
  });

  test('an item written by one instance is read by another', async () => {
    const first = instance();
    const second = instance();
    const key = 'msteams/conversations/a1';
    await first.write({ [key]: { lastQuestion: 'What does Manaus offer migrants in health?', turns: 1 } });
    const read = await second.read([key, 'msteams/conversations/never-written']);
    expect(read[key]).toMatchObject({ lastQuestion: 'What does Manaus offer migrants in health?', turns: 1, eTag: expect.any(String) });
    expect(Object.keys(read)).toEqual([key]);
  });

  test('a write based on a stale eTag is rejected, so one instance cannot silently overwrite the other', async () => {
    const first = instance();
    const second = instance();
    const key = 'msteams/conversations/b2';
    await first.write({ [key]: { turns: 1 } });
    const seenByFirst = (await first.read([key]))[key];
    const seenBySecond = (await second.read([key]))[key];
    await second.write({ [key]: { turns: 2, by: 'second', eTag: seenBySecond.eTag } });
    await expect(first.write({ [key]: { turns: 2, by: 'first', eTag: seenByFirst.eTag } })).rejects.toThrow(/eTag conflict/);
    const stored = (await first.read([key]))[key];
    expect(stored).toMatchObject({ turns: 2, by: 'second' });
    expect(stored.eTag).not.toBe(seenByFirst.eTag);
  });
});
