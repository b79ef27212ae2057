// Starts a real Azurite blob service (the Azure Storage emulator, from node_modules) on a free
// loopback port, in memory, for tests of what the bot keeps in Azure Blob Storage.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './channel';

export interface RunningAzurite {
  /** Connection string for Azurite's well-known development account, at this instance's port. */
  readonly connectionString: string;
  /** Stops Azurite and waits until its process has exited. */
  stop(): Promise<void>;
}

/** Azurite's fixed development account (public, documented; not a secret). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const HOST = '127.0.0.1';
const READY_TIMEOUT_MS = 20_000;
const STOP_GRACE_MS = 5_000;

const azuriteBlobMain = path.join(path.dirname(require.resolve('azurite/package.json')), 'dist/src/blob/main.js');

function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: HOST, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** AZURITE_DB in the environment would make Azurite keep its metadata in that SQL database instead of memory. */
function withoutSqlDatabase(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { AZURITE_DB: _ignored, ...rest } = env;
  return rest;
}

export async function startAzurite(): Promise<RunningAzurite> {
  const port = await freePort();
  // --location cannot be combined with --inMemoryPersistence; a fresh working folder keeps
  // anything Azurite might write out of the repository.
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'mgi-azurite-'));
  const child = spawn(
    process.execPath,
    [
      azuriteBlobMain,
      '--blobHost', HOST,
      '--blobPort', String(port),
      '--inMemoryPersistence',
      '--extentMemoryLimit', '256',
      '--disableTelemetry',
      '--silent',
      // The Azurite that installs on Node 20 (3.35) knows API versions up to 2025-11-05, older than the
      // one @azure/storage-blob sends; the operations BlobsStorage uses are far older than either.
      '--skipApiVersionCheck',
    ],
    { cwd: workDir, stdio: ['ignore', 'pipe', 'pipe'], env: withoutSqlDatabase(process.env) },
  );
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let exitCode: number | null | undefined;
  let spawnError: Error | undefined;
  child.once('exit', (code, signal) => (exitCode = code ?? (signal ? -1 : null)));
  child.once('error', (error) => (spawnError = error));
  // If the test process ends without stop() (a crash), do not leave Azurite behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async (): Promise<void> => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    }
    rmSync(workDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (spawnError || exitCode !== undefined) {
      await stop();
      throw new Error(`Azurite exited before listening on ${HOST}:${port} (${spawnError ? spawnError.message : `exit code ${exitCode}`}). Its output:\n${output}`);
    }
    if (await acceptsConnections(port)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Azurite did not accept connections on ${HOST}:${port} within ${READY_TIMEOUT_MS / 1000} s. Its output:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};BlobEndpoint=http://${HOST}:${port}/${DEV_ACCOUNT};`,
    stop,
  };
}
