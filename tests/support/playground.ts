// Runs the Microsoft 365 Agents Playground (a local Teams-like client, npm
// `@microsoft/m365agentsplayground`) against a bot, on loopback only.
//
// The Playground listens on all interfaces and, as shipped, sends Application Insights statsbeat
// telemetry (and probes the cloud metadata address) even with --disable-telemetry. So statsbeat is
// switched off, and it runs with `playground-preload.cjs` preloaded: listeners bind 127.0.0.1, and
// the network guard refuses any non-loopback connection or DNS look-up (logged to stderr, counted
// here as `refused`, and failing the run).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './channel';

const ROOT = path.resolve(__dirname, '..', '..');
export const PLAYGROUND_CLI = path.join(ROOT, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
export const PLAYGROUND_PRELOAD = path.join(__dirname, 'playground-preload.cjs');
const REFUSED = /^\[network-guard\] (refused .*)$/gm;
const MAX_OUTPUT = 200_000;

export interface Playground {
  /** The UI, e.g. http://127.0.0.1:41234/ */
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  /** What the preload refused so far ("refused connect 169.254.169.254:80", ...). */
  refused(): string[];
  /** stdout and stderr so far (capped). */
  output(): string;
  /** True once the process has exited. */
  exited(): boolean;
  /** Kills the process group and waits for the exit; idempotent. */
  stop(): Promise<void>;
}

export interface PlaygroundOptions {
  /** How long to wait for the HTTP port to answer (default 40 s). */
  readonly timeoutMs?: number;
  /** Teams by default. */
  readonly channelId?: 'msteams' | 'directline' | 'webchat' | 'emulator' | 'agents';
}

/** Starts the Playground pointed at `botMessagesUrl` (the bot's /api/messages) and waits until its UI answers. */
export async function startPlayground(botMessagesUrl: string, options: PlaygroundOptions = {}): Promise<Playground> {
  if (!fs.existsSync(PLAYGROUND_CLI)) throw new Error(`Agents Playground not installed: ${PLAYGROUND_CLI} is missing (npm install)`);
  const timeoutMs = options.timeoutMs ?? 40_000;
  const port = await freePort();
  // Its working directory takes the files it writes (devTools/ log, default config look-up).
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mgi-playground-'));
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy', 'ALL_PROXY', 'all_proxy']) delete env[name];
  Object.assign(env, {
    TEAMSAPPTESTER_BROWSER: 'none', // do not open a browser
    M365_AGENTS_PLAYGROUND_LOGFILE: path.join(workDir, 'm365agentsplayground.log'),
    // Its Application Insights SDK probes the cloud metadata address 169.254.169.254 and posts
    // statsbeat telemetry at start even with --disable-telemetry: switched off at the source, so the
    // run's network guard sees no attempt at all (it would refuse them and fail the run).
    APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
    NO_PROXY: '127.0.0.1,localhost',
    no_proxy: '127.0.0.1,localhost',
    // Any node process it might start gets the same guard (the preload is idempotent).
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require "${PLAYGROUND_PRELOAD}"`.trim(),
  });
  const args = [
    '-r', PLAYGROUND_PRELOAD,
    PLAYGROUND_CLI,
    '-e', botMessagesUrl,
    '-c', options.channelId ?? 'msteams',
    '-p', String(port),
    '--disable-telemetry',
    // Otherwise it hands the bot http://localhost:<port>/_connector, which may resolve to ::1.
    '--service-url', `http://127.0.0.1:${port}/_connector`,
  ];
  // Its own process group, so stop() also ends anything it started.
  const child = spawn(process.execPath, args, { cwd: workDir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const record = (chunk: Buffer): void => {
    if (output.length < MAX_OUTPUT) output += chunk.toString('utf8');
  };
  child.stdout!.on('data', record);
  child.stderr!.on('data', record);
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let hasExited = false;
  void exit.then(() => (hasExited = true));
  const killOnExit = (): void => killGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);

  const playground: Playground = {
    url: `http://127.0.0.1:${port}/`,
    port,
    pid: child.pid ?? -1,
    refused: () => [...output.matchAll(REFUSED)].map((m) => m[1]!),
    output: () => output,
    exited: () => hasExited,
    async stop() {
      process.removeListener('exit', killOnExit);
      if (!hasExited) {
        killGroup(child, 'SIGTERM');
        const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5000).unref());
        if ((await Promise.race([exit, timer])) === 'timeout') {
          killGroup(child, 'SIGKILL');
          await exit;
        }
      }
      // Anything left in its group (it runs short-lived `sh -c` children) goes too.
      killGroup(child, 'SIGKILL');
      fs.rmSync(workDir, { recursive: true, force: true });
    },
  };

  try {
    await waitUntilReady(playground, port, timeoutMs);
  } catch (error) {
    await playground.stop();
    throw error;
  }
  return playground;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal); // the whole process group (detached: true)
  } catch {
    // already gone
  }
}

async function waitUntilReady(playground: Playground, port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const fail = (why: string): Error =>
    new Error(`Agents Playground ${why} (port ${port}, pid ${playground.pid}). Its output:\n${playground.output().slice(-8000) || '(none)'}`);
  for (;;) {
    if (playground.exited()) throw fail('exited before it was ready');
    // When the port is taken it silently falls back to a random one: the --service-url would be wrong.
    const listening = /Listening on (\d+)/.exec(playground.output());
    if (listening && Number(listening[1]) !== port) throw fail(`listens on ${listening[1]}, not on the port it was given`);
    if (listening && (await answers(`http://127.0.0.1:${port}/`))) return;
    if (Date.now() > deadline) throw fail(`did not answer within ${Math.round(timeoutMs / 1000)} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}
