// Starts a real Azurite blob service (the Azure Storage emulator, from node_modules) on a free
// loopback port, in memory, for tests of what the bot keeps in Azure Blob Storage. Loopback only.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './channel';

export interface RunningAzurite {
  /** Connection string for Azurite's well-known development account, at this instance's port. */
  readonly connectionString: string;
  /** Stops Azurite and waits until its process has exited. Safe to call twice. */
  stop(): Promise<void>;
}

/** Azurite's fixed development account (public and documented; not a secret). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const HOST = '127.0.0.1';
const READY_TIMEOUT_MS = 20_000;
const POLL_MS = 100;
const STOP_GRACE_MS = 5_000;
/** Another process may take the free port before Azurite binds it: try again on a new one. */
const PORT_ATTEMPTS = 3;

const azuriteBlobMain = path.join(path.dirname(require.resolve('azurite/package.json')), 'dist/src/blob/main.js');

/** AZURITE_DB in the environment would make Azurite keep its metadata in that SQL database, not in memory. */
function withoutSqlDatabase(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { AZURITE_DB: _ignored, ...rest } = env;
  return rest;
}

/** What answers on the port: nothing yet, Azurite, or some other server. */
function probe(port: number): Promise<'nothing' | 'azurite' | 'other'> {
  return new Promise((resolve) => {
    const request = http.get({ host: HOST, port, path: '/', agent: false, timeout: 1000 }, (response) => {
      response.resume();
      resolve(String(response.headers.server ?? '').startsWith('Azurite') ? 'azurite' : 'other');
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve('nothing'));
  });
}

class PortTaken extends Error {}

interface Launched {
  readonly child: ChildProcess;
  readonly exited: Promise<void>;
  output(): string;
  stop(): Promise<void>;
}

function launch(port: number): Launched {
  // --location cannot be combined with --inMemoryPersistence; a fresh working folder keeps anything
  // Azurite might write out of the repository.
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
      // The Azurite that installs on Node 20 (3.35) accepts API versions up to 2025-11-05, older than
      // the one @azure/storage-blob 12.32 sends; the operations BlobsStorage uses are far older than both.
      '--skipApiVersionCheck',
    ],
    { cwd: workDir, stdio: ['ignore', 'pipe', 'pipe'], env: withoutSqlDatabase(process.env) },
  );
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.on('error', (error) => keep(Buffer.from(`\n${error.message}\n`)));
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });
  // If the test process ends without stop() (a crash), do not leave Azurite behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async (): Promise<void> => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    }
    rmSync(workDir, { recursive: true, force: true });
  };
  return { child, exited, output: () => output, stop };
}

async function startOn(port: number, deadline: number): Promise<Launched> {
  const azurite = launch(port);
  let hasExited = false;
  void azurite.exited.then(() => (hasExited = true));
  const fail = async (problem: string, error: new (message: string) => Error = Error): Promise<never> => {
    await azurite.stop();
    throw new error(`Azurite ${problem}. Its output:\n${azurite.output().trim() || '(none)'}`);
  };
  let answer: Awaited<ReturnType<typeof probe>>;
  for (;;) {
    if (hasExited) {
      const output = azurite.output();
      return fail(`exited before listening on ${HOST}:${port} (exit code ${azurite.child.exitCode ?? azurite.child.signalCode})`, /EADDRINUSE/.test(output) ? PortTaken : Error);
    }
    try {
      answer = await probe(port);
    } catch (error) {
      return fail(`could not be probed on ${HOST}:${port} (${error instanceof Error ? error.message : String(error)})`);
    }
    if (answer === 'azurite') return azurite;
    if (answer === 'other') return fail(`could not be reached: another server answers on ${HOST}:${port}`, PortTaken);
    if (Date.now() > deadline) return fail(`did not accept connections on ${HOST}:${port} within ${READY_TIMEOUT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

export async function startAzurite(): Promise<RunningAzurite> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      const azurite = await startOn(port, deadline);
      return {
        connectionString: `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};BlobEndpoint=http://${HOST}:${port}/${DEV_ACCOUNT};`,
        stop: azurite.stop,
      };
    } catch (error) {
      if (!(error instanceof PortTaken) || attempt >= PORT_ATTEMPTS) throw error;
    }
  }
}
