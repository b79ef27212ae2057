// The storage behind conversation state, chosen by configuration.
import { MemoryStorage, type Storage } from 'botbuilder';
import type { Config } from '../config/config';

const STORAGE_RETRIES = { maxTries: 3, tryTimeoutInMs: 5000, retryDelayInMs: 200, maxRetryDelayInMs: 1000 } as const;

export function createStorage(config: Config['storage']): Storage {
  if (!config.connectionString) return new MemoryStorage();
  // Blob storage, so that several instances behind a load balancer share each conversation's state.
  // Retries are bounded: a turn waits seconds, not minutes, for storage that is down.
  // Loaded only here: the Azure SDK costs a sixth of a second at start-up, for nothing when state is in memory.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { BlobsStorage } = require('botbuilder-azure-blobs') as typeof import('botbuilder-azure-blobs');
  return new BlobsStorage(config.connectionString, config.container, { storagePipelineOptions: { retryOptions: STORAGE_RETRIES } });
}

/** What createStorage gives for this configuration, for the start-up log (never the connection string). */
export function describeStorage(config: Config['storage']): 'memory' | 'azure-blobs' {
  return config.connectionString ? 'azure-blobs' : 'memory';
}
