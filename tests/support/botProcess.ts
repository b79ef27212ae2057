// Runs the compiled server (dist/src/server/main.js) as a separate process, as production does,
// on a free loopback port: for tests that need several instances, or an instance to die.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './channel';
import { guardEnvironment } from './networkGuardRun.cjs';

export interface BotProcess {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  readonly pid: number;
  /** Sends `signal` (SIGTERM by default; SIGKILL after a grace period) and waits until the process has exited. Safe to call twice. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** SIGKILL, as a crash or an OOM kill would end it, and waits until the process has exited. */
  kill(): Promise<void>;
  /** The last few KB the process wrote on stdout and stderr (pino JSON lines). */
  output(): string;
}

const ROOT = path.resolve(__dirname, '../..');
const MAIN = path.join(ROOT, 'dist/src/server/main.js');
const HOST = '127.0.0.1';
const READY_TIMEOUT_MS = 15_000;
const POLL_MS = 100;
/** On SIGTERM the bot lets turns in flight finish (up to 10 s) before it exits; SIGKILL after that. */
const STOP_GRACE_MS = 12_000;
const BUILD_TIMEOUT_MS = 120_000;
/** Another process may take the free port before the bot binds it: try again on a new one. */
const PORT_ATTEMPTS = 3;
const OUTPUT_KEPT = 8_000;

/** Newest modification time of any file under `dir`. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Jest runs test files in parallel workers, each with its own modules: without a lock shared between
 * processes, two files could both find dist/ stale and compile at once, or one start a bot from
 * files the other's tsc is still writing. A directory is the lock (mkdir is atomic); one left by a
 * killed worker is taken over once older than a build can take.
 */
async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  const lock = path.join(os.tmpdir(), `mgi-bot-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.lock`);
  const deadline = Date.now() + BUILD_TIMEOUT_MS + 10_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(lock).mtimeMs > BUILD_TIMEOUT_MS) rmSync(lock, { recursive: true, force: true });
      } catch {
        // released meanwhile
      }
      if (Date.now() > deadline) throw new Error(`Waited too long for another build of dist/ (lock ${lock})`);
      await sleep(200);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

let build: Promise<void> | undefined;

/**
 * The child process runs the compiled JavaScript, not the TypeScript that ts-jest compiles for the
 * test itself: a dist/ older than src/ or dialogs/ would test yesterday's bot and pass or fail for the
 * wrong reason. So, when dist/src/server/main.js is missing or older than any source file, this
 * compiles once with the same command as `npm run build` (memoised per test file; the lock below
 * makes parallel test files wait for one build instead of running their own). tsc rewrites every output, so after a build main.js is newer
 * than all sources and later calls do nothing.
 */
export function ensureBuilt(): Promise<void> {
  build ??= withBuildLock(async () => {
    const stale = !existsSync(MAIN) || statSync(MAIN).mtimeMs < Math.max(newestMtime(path.join(ROOT, 'src')), newestMtime(path.join(ROOT, 'dialogs')));
    if (!stale) return;
    // The local compiler, as `npx tsc` would find it, without npx's own start-up or registry look-ups.
    const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
    const child = spawn(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), BUILD_TIMEOUT_MS);
    const code = await new Promise<number | string | null>((resolve) => {
      child.once('exit', (exitCode, signal) => resolve(exitCode ?? signal));
      child.once('error', (error) => resolve(error.message));
    });
    clearTimeout(timer);
    if (code !== 0) throw new Error(`Building dist/ for the bot process failed (tsc -p tsconfig.build.json: ${code}):\n${output.slice(-4000)}`);
  });
  return build;
}

/**
 * Only what a process needs to run, under the run's network guard; the bot's settings come from the
 * caller alone, so a variable in the developer's shell (an AZURE_STORAGE_CONNECTION_STRING, say)
 * cannot change what a test tests.
 */
function baseEnvironment(): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'SYSTEMROOT'];
  return { ...Object.fromEntries(keep.filter((name) => process.env[name] !== undefined).map((name) => [name, process.env[name]])), ...guardEnvironment() };
}

class PortTaken extends Error {}

async function healthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1_000) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

async function launch(port: number, env: Record<string, string>): Promise<BotProcess> {
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...baseEnvironment(), LOG_LEVEL: 'warn', ...env, PORT: String(port), HOST },
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_KEPT);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited = false;
  const exit = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', (error) => {
      keep(Buffer.from(`\n${error.message}\n`));
      resolve();
    });
  }).then(() => {
    exited = true;
  });
  // If the test process ends without stop() (a crash, a timeout), do not leave the bot behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async (signal: NodeJS.Signals = 'SIGTERM'): Promise<void> => {
    process.removeListener('exit', killOnExit);
    if (exited) return;
    child.kill(signal);
    const timer = signal === 'SIGKILL' ? undefined : setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exit;
    clearTimeout(timer);
  };

  const url = `http://${HOST}:${port}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (exited) {
      const problem = `mgi-bot (dist/src/server/main.js) exited before answering /healthz on ${url} (${child.exitCode ?? child.signalCode}). Its output:\n${output.trim() || '(none)'}`;
      throw /EADDRINUSE/.test(output) ? new PortTaken(problem) : new Error(problem);
    }
    if (await healthy(url)) break;
    if (Date.now() > deadline) {
      await stop('SIGKILL');
      throw new Error(`mgi-bot did not answer GET ${url}/healthz within ${READY_TIMEOUT_MS / 1000} s. Its output:\n${output.trim() || '(none)'}`);
    }
    await sleep(POLL_MS);
  }
  return { url, pid: child.pid!, stop, kill: () => stop('SIGKILL'), output: () => output };
}

/** Starts `node dist/src/server/main.js` (building it first if stale) and resolves once /healthz answers 200. */
export async function startBotProcess(env: Record<string, string> = {}): Promise<BotProcess> {
  await ensureBuilt();
  for (let attempt = 1; ; attempt++) {
    try {
      return await launch(await freePort(), env);
    } catch (error) {
      if (!(error instanceof PortTaken) || attempt >= PORT_ATTEMPTS) throw error;
    }
  }
}
