#!/usr/bin/env node
// `npm run bench [-- --quick] [-- --core]`
//
// The product against the framework's own floor. In one run, on loopback only:
//   - the product (`node dist/src/server/main.js`: LOG_LEVEL=warn, rate limits off, memory storage)
//     and bench/echo-bot (the same botbuilder CloudAdapter + restify, one sendActivity per message),
//     each a child process on a free loopback port;
//   - cold start: spawn → first reply at the local serviceUrl (a message POSTed again and again
//     from the spawn until it is answered), median of several starts, product and echo alternated;
//   - throughput and latency at fixed concurrency (closed loop: each worker sends its next message
//     when the previous request has returned; the 200 comes after the reply is posted), several
//     rounds per level, product and echo rounds alternated, medians;
//   - memory (VmRSS from /proc) of each long-running server after the load;
//   - the core alone, in this process: the core's answerQuestion over every eval question, beside a plain
//     Fuse.js baseline (dist/src/eval/baseline.js) timed the same way.
// Prints a table with PASS/MISS beside each target and writes the same figures as JSON to
// bench/results/latest.json (a --quick smoke run writes to the temp folder instead).
//
// Every loop is bounded by a count and a deadline; a watchdog ends the run whatever happens.
// Exit: 0 ran (targets may be missed), 1 ran but requests failed or went unanswered, 2 could not run.
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { HOST, cpuSecondsOf, followLines, freePort, machineCpu, memoryOf, newestMtime, percentile, sleep } from './lib/measure.mjs';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const PRODUCT_MAIN = path.join(DIST, 'src/server/main.js');
const ECHO_MAIN = path.join(ROOT, 'bench/echo-bot/index.js');
const RESULTS_FILE = path.join(ROOT, 'bench/results/latest.json');
const QUICK_RESULTS_FILE = path.join(os.tmpdir(), 'mgi-bot-bench-quick.json');

/** One request that takes longer than this is abandoned and counted as an error. */
const REQUEST_TIMEOUT_MS = 30_000;
/** A cold start that has not answered by then failed. */
const COLD_START_TIMEOUT_MS = 30_000;
/** Between two attempts while the server is not listening yet. */
const COLD_START_POLL_MS = 10;
const STOP_GRACE_MS = 5_000;
/** Quiet time between two load rounds. */
const PAUSE_MS = 500;
/** Before a measurement: the machine counts as quiet below this busy share (all cores)… */
const QUIET_BUSY_SHARE = 0.15;
/** …sampled over this long… */
const QUIET_SAMPLE_MS = 500;
/** …waiting at most this long for it. */
const QUIET_MAX_WAIT_MS = 20_000;

const TARGETS = {
  throughputShareOfEcho: 0.9,
  coreP99Ms: 1,
  coldStartRatio: 1.3,
  rssExtraMb: 60,
};

const SETTINGS = {
  full: { coldStarts: 5, levels: [1, 16, 64], rounds: 3, warmupMs: 2_000, measureMs: 8_000, coreWarmupPasses: 3, corePasses: 20 },
  quick: { coldStarts: 2, levels: [1, 16, 64], rounds: 1, warmupMs: 500, measureMs: 1_500, coreWarmupPasses: 1, corePasses: 3 },
};

// ---------------------------------------------------------------------------------------------
// Options

function usage(problem) {
  if (problem) console.error(`bench: ${problem}\n`);
  console.error('Usage: npm run bench [-- --quick] [-- --core]\n  --quick  short durations, one round, results to the temp folder (a smoke run)\n  --core   the answering core alone (no server), printed only');
  process.exit(2);
}

function readOptions() {
  try {
    const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, core: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } }, strict: true });
    if (values.help) usage();
    return values;
  } catch (error) {
    return usage(error.message);
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (n, digits = 1) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : null);

function fmt(n, digits = 1) {
  return Number.isFinite(n) ? n.toFixed(digits) : 'n/a';
}

const verdict = (ok) => (ok === undefined ? 'n/a' : ok ? 'PASS' : 'MISS');

function table(rows, indent = '  ') {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length)));
  return rows
    .map((r) => indent + r.map((cell, i) => (i === 0 ? String(cell ?? '').padEnd(widths[i]) : String(cell ?? '').padStart(widths[i]))).join('  '))
    .join('\n');
}

function machineFacts() {
  let cpuModel = os.cpus()[0]?.model ?? 'unknown';
  try {
    cpuModel = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpuModel;
  } catch {
    // not Linux
  }
  let commit;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', timeout: 2_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    commit = undefined;
  }
  return {
    node: process.version,
    cpuModel,
    cores: os.availableParallelism?.() ?? os.cpus().length,
    memoryMb: Math.round(os.totalmem() / 2 ** 20),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    commit,
  };
}

/** Busy share of the machine (all cores) over `ms`, any process. */
async function machineBusyOver(ms) {
  const from = machineCpu();
  await sleep(ms);
  const to = machineCpu();
  return (to.busy - from.busy) / (to.total - from.total);
}

/**
 * Other developers' jobs share this machine. Before a measurement, wait (at most `maxMs`) until the
 * machine is nearly idle while nothing of ours runs; returns the busy share last seen.
 */
async function waitForQuiet(maxMs = QUIET_MAX_WAIT_MS) {
  const deadline = performance.now() + maxMs;
  for (;;) {
    const busy = await machineBusyOver(QUIET_SAMPLE_MS);
    if (!(busy > QUIET_BUSY_SHARE) || performance.now() > deadline) return busy;
  }
}

// ---------------------------------------------------------------------------------------------
// The channel: stands in for the Bot Framework connector at serviceUrl. Accepts every reply with
// 200 {id}, counts them by server (the conversation id starts with the server's key), and wakes
// whoever waits for the answer to one activity (cold start).

function startChannel() {
  const counts = new Map(); // key -> { message, typing, other }
  const waiters = new Map(); // replyToId -> (arrivedAt) => void
  let sequence = 0;
  const server = http.createServer((req, res) => {
    const arrivedAt = performance.now();
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      // /v3/conversations/{conversation}/activities[/{replyToId}]
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
      const conversation = match ? decodeURIComponent(match[1]) : '';
      const replyToId = match?.[2] ? decodeURIComponent(match[2]) : undefined;
      // The activity type is the serialised activity's first property; no full parse on the hot path.
      const head = Buffer.concat(chunks).subarray(0, 64).toString('utf8');
      const type = /"type"\s*:\s*"(\w+)"/.exec(head)?.[1] ?? 'other';
      const key = conversation.split('~')[0];
      const count = counts.get(key) ?? { message: 0, typing: 0, other: 0 };
      if (type === 'message') count.message++;
      else if (type === 'typing') count.typing++;
      else count.other++;
      counts.set(key, count);
      if (type === 'message' && replyToId) waiters.get(replyToId)?.(arrivedAt);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${++sequence}` }));
    });
  });
  server.keepAliveTimeout = 30_000;
  return new Promise((resolve) => {
    server.listen(0, HOST, () => {
      resolve({
        serviceUrl: `http://${HOST}:${server.address().port}`,
        /** A copy of the reply counts of one server key. */
        countsOf: (key) => ({ ...(counts.get(key) ?? { message: 0, typing: 0, other: 0 }) }),
        /** Call `callback(arrivedAt)` when the answer to `id` arrives. */
        onAnswer: (id, callback) => waiters.set(id, (at) => {
          waiters.delete(id);
          callback(at);
        }),
        forget: (id) => waiters.delete(id),
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// The servers under test

const SERVERS = {
  product: { label: 'product', script: PRODUCT_MAIN, env: { LOG_LEVEL: 'warn', RATE_LIMIT_CONVERSATION_PER_MINUTE: '0', RATE_LIMIT_CLIENT_PER_MINUTE: '0' } },
  echo: { label: 'echo', script: ECHO_MAIN, env: {} },
};

const children = new Set();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/** Spawns a server on a free port; `spawnedAt` is taken right before the spawn. */
async function spawnServer(kind) {
  const spec = SERVERS[kind];
  const port = await freePort();
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    PORT: String(port),
    HOST,
    ...spec.env,
  };
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [spec.script], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  const log = { warnOrWorse: 0, messages: {} };
  const output = followLines(child, (line) => {
    if (!/"level":\s*(4|5|6)\d/.test(line)) return;
    log.warnOrWorse++;
    let key = line.slice(0, 160);
    try {
      const entry = JSON.parse(line);
      key = `${entry.level >= 50 ? 'error' : 'warn'}: ${entry.event ?? ''} ${entry.msg ?? ''} ${entry.err?.message ?? ''}`.trim().slice(0, 200);
    } catch {
      // not JSON
    }
    log.messages[key] = (log.messages[key] ?? 0) + 1;
  });
  Object.defineProperty(log, 'tail', { get: output.tail, enumerable: true });
  let exitStatus;
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      exitStatus = code ?? signal;
      children.delete(child);
      resolve(exitStatus);
    });
    child.once('error', (error) => {
      exitStatus = error.message;
      children.delete(child);
      resolve(exitStatus);
    });
  });
  return {
    kind,
    pid: child.pid,
    url: `http://${HOST}:${port}`,
    spawnedAt,
    log,
    exited: () => exitStatus !== undefined,
    async stop() {
      if (exitStatus !== undefined) return exitStatus;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      const status = await exited;
      clearTimeout(timer);
      return status;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Posting activities

let activitySequence = 0;

function activityFor(channel, conversationId, text, language) {
  return {
    type: 'message',
    id: `${conversationId}-${++activitySequence}`,
    timestamp: new Date().toISOString(),
    channelId: 'webchat',
    serviceUrl: channel.serviceUrl,
    from: { id: `${conversationId}-user`, name: 'Bench' },
    recipient: { id: 'bot', name: 'Bot' },
    conversation: { id: conversationId },
    text,
    locale: language === 'fr' ? 'fr-FR' : 'en-US',
  };
}

/** POSTs one activity; resolves { status } or { error } (never rejects). */
function post(url, activity, agent, timeoutMs = REQUEST_TIMEOUT_MS) {
  const body = JSON.stringify(activity);
  return new Promise((resolve) => {
    let settled = false;
    const done = (result) => {
      if (!settled) {
        settled = true;
        resolve(result);
      }
    };
    const req = http.request(`${url}/api/messages`, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    req.setTimeout(timeoutMs, () => req.destroy(Object.assign(new Error(`timeout after ${timeoutMs} ms`), { code: 'TIMEOUT' })));
    req.once('error', (error) => done({ error: error.code ?? error.message }));
    req.once('response', (res) => {
      res.on('data', () => {});
      res.once('end', () => done({ status: res.statusCode }));
      res.once('error', (error) => done({ error: error.code ?? error.message }));
    });
    req.end(body);
  });
}

// ---------------------------------------------------------------------------------------------
// Cold start: spawn → first reply at the serviceUrl

async function coldStart(kind, channel, text) {
  const quietBefore = await waitForQuiet();
  const server = await spawnServer(kind);
  const conversationId = `cold-${kind}~${activitySequence}`;
  const deadline = server.spawnedAt + COLD_START_TIMEOUT_MS;
  const agent = new http.Agent({ keepAlive: false });
  let attempts = 0;
  try {
    while (performance.now() < deadline) {
      if (server.exited()) throw new Error(`${kind} exited during start-up:\n${server.log.tail.trim()}`);
      attempts++;
      const activity = activityFor(channel, conversationId, text, 'en');
      let answeredAt;
      channel.onAnswer(activity.id, (at) => (answeredAt = at));
      const result = await post(server.url, activity, agent, Math.max(1, deadline - performance.now()));
      if (result.status === 200 && answeredAt !== undefined) {
        const memory = memoryOf(server.pid);
        return { ms: answeredAt - server.spawnedAt, attempts, rssKb: memory?.rssKb, quietBefore };
      }
      channel.forget(activity.id);
      if (result.status !== undefined) throw new Error(`${kind} answered the first message with HTTP ${result.status} and no reply`);
      await sleep(COLD_START_POLL_MS);
    }
    throw new Error(`${kind} did not answer a message within ${COLD_START_TIMEOUT_MS / 1000} s of its spawn:\n${server.log.tail.trim()}`);
  } finally {
    agent.destroy();
    await server.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// Load: `concurrency` workers in closed loops for warm-up + measurement

async function loadRound({ server, channel, concurrency, warmupMs, measureMs, messages, tag }) {
  const quietBefore = await waitForQuiet();
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency, keepAliveMsecs: 10_000 });
  const latencies = [];
  const errors = new Map();
  let completed = 0;
  let sent = 0;
  const startAt = performance.now();
  const measureFrom = startAt + warmupMs;
  const measureTo = measureFrom + measureMs;
  let cpuFrom;
  let machineFrom;
  let repliesFrom;
  let selfFrom;
  const mark = setTimeout(() => {
    cpuFrom = cpuSecondsOf(server.pid);
    machineFrom = machineCpu();
    repliesFrom = channel.countsOf(server.kind);
    selfFrom = process.cpuUsage();
  }, measureFrom - performance.now());
  let cpuTo;
  let machineTo;
  let repliesTo;
  let selfTo;
  const markEnd = setTimeout(() => {
    cpuTo = cpuSecondsOf(server.pid);
    machineTo = machineCpu();
    repliesTo = channel.countsOf(server.kind);
    selfTo = process.cpuUsage(selfFrom);
  }, measureTo - performance.now());
  const stride = Math.max(1, Math.floor(messages.length / concurrency));
  const worker = async (w) => {
    const conversationId = `${server.kind}~${tag}-w${w}`;
    let i = w * stride;
    while (performance.now() < measureTo) {
      const message = messages[i++ % messages.length];
      const activity = activityFor(channel, conversationId, message.text, message.language);
      const t0 = performance.now();
      sent++;
      const result = await post(server.url, activity, agent);
      const t1 = performance.now();
      if (t1 < measureFrom || t1 > measureTo) continue;
      if (result.status === 200) {
        completed++;
        latencies.push(t1 - t0);
      } else {
        const key = result.error ?? `HTTP ${result.status}`;
        errors.set(key, (errors.get(key) ?? 0) + 1);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  clearTimeout(mark);
  clearTimeout(markEnd);
  agent.destroy();
  const measuredMs = measureMs;
  latencies.sort((a, b) => a - b);
  const busy = machineTo && machineFrom ? machineTo.busy - machineFrom.busy : NaN;
  const total = machineTo && machineFrom ? machineTo.total - machineFrom.total : NaN;
  const serverCpu = cpuTo - cpuFrom;
  const selfCpu = selfTo ? (selfTo.user + selfTo.system) / 1e6 : NaN;
  const wallSeconds = measureMs / 1000;
  return {
    messagesPerSecond: (completed * 1000) / measuredMs,
    quietBefore,
    completed,
    sent,
    errors: Object.fromEntries(errors),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
    /** CPU the server used per answered message in the window (ms): independent of the client's share of the machine. */
    serverCpuMsPerMessage: completed > 0 ? ((cpuTo - cpuFrom) * 1000) / completed : NaN,
    /** Share of the machine (all cores) busy in the window, any process. */
    machineBusy: total > 0 ? busy / total : NaN,
    /** Cores used in the window by the server, by this process (client + channel), and by everything else. */
    serverCores: serverCpu / wallSeconds,
    clientCores: selfCpu / wallSeconds,
    otherCores: Math.max(0, busy - serverCpu - selfCpu) / wallSeconds,
    repliesInWindow: repliesTo && repliesFrom ? { message: repliesTo.message - repliesFrom.message, typing: repliesTo.typing - repliesFrom.typing } : undefined,
  };
}

// ---------------------------------------------------------------------------------------------
// The core alone, in this process

function runCore(settings) {
  const require = createRequire(import.meta.url);
  const { loadKnowledge } = require(path.join(DIST, 'src/knowledge/loadKnowledge.js'));
  const { buildIndex } = require(path.join(DIST, 'src/core/buildIndex.js'));
  const { answerQuestion } = require(path.join(DIST, 'src/core/answerQuestion.js'));
  const { createBaseline } = require(path.join(DIST, 'src/eval/baseline.js'));
  const { SEED_FILE, QUESTIONS_FILE } = require(path.join(DIST, 'src/eval/loadQuestions.js'));
  return (async () => {
    const questions = JSON.parse(readFileSync(QUESTIONS_FILE, 'utf8')).map((q) => q.q);
    const loadStart = performance.now();
    const knowledge = await loadKnowledge(path.join(ROOT, 'knowledge'));
    const loadMs = performance.now() - loadStart;
    const indexStart = performance.now();
    const index = buildIndex(knowledge);
    const indexMs = performance.now() - indexStart;
    const baseline = createBaseline(readFileSync(SEED_FILE, 'utf8'), knowledge);
    const contenders = {
      product: (q) => answerQuestion(index, q, {}),
      baseline: (q) => baseline(q),
    };
    const samples = { product: [], baseline: [] };
    const perQuestion = questions.map(() => []);
    const passRates = { product: [], baseline: [] };
    let sink = 0;
    const pass = (name, record) => {
      const fn = contenders[name];
      const passStart = process.hrtime.bigint();
      for (let i = 0; i < questions.length; i++) {
        const q = questions[i];
        const t0 = process.hrtime.bigint();
        const result = fn(q);
        const t1 = process.hrtime.bigint();
        if (result) sink++;
        if (record) {
          const ms = Number(t1 - t0) / 1e6;
          samples[name].push(ms);
          if (name === 'product') perQuestion[i].push(ms);
        }
      }
      const passNs = Number(process.hrtime.bigint() - passStart);
      if (record) passRates[name].push((questions.length * 1e9) / passNs);
    };
    // Warm-up, then product and baseline passes interleaved so both see the same machine.
    for (let p = 0; p < settings.coreWarmupPasses; p++) for (const name of ['product', 'baseline']) pass(name, false);
    for (let p = 0; p < settings.corePasses; p++) for (const name of ['product', 'baseline']) pass(name, true);
    const summarise = (name) => {
      const sorted = samples[name].sort((a, b) => a - b);
      return {
        questionsPerSecond: median(passRates[name]),
        p50Ms: percentile(sorted, 50),
        p99Ms: percentile(sorted, 99),
        maxMs: sorted.at(-1),
        samples: sorted.length,
      };
    };
    return {
      questions: questions.length,
      warmupPasses: settings.coreWarmupPasses,
      passes: settings.corePasses,
      loadKnowledgeMs: loadMs,
      buildIndexMs: indexMs,
      product: summarise('product'),
      baseline: summarise('baseline'),
      /** The questions answerQuestion takes longest on (median over passes). */
      slowest: questions
        .map((q, i) => ({ q, medianMs: median(perQuestion[i]) }))
        .sort((a, b) => b.medianMs - a.medianMs)
        .slice(0, 8),
      /** How many questions take ≥ 1 ms at the median. */
      atLeastOneMs: perQuestion.filter((times) => median(times) >= 1).length,
      checksum: sink,
    };
  })();
}

// ---------------------------------------------------------------------------------------------
// The run

function messagesFromEval() {
  const file = path.join(ROOT, 'tests/eval/questions.json');
  return JSON.parse(readFileSync(file, 'utf8')).map((q) => ({ text: q.q, language: q.lang === 'fr' ? 'fr' : 'en' }));
}

async function main() {
  const options = readOptions();
  const mode = options.quick ? 'quick' : 'full';
  const settings = SETTINGS[mode];
  for (const file of [PRODUCT_MAIN, ECHO_MAIN, path.join(ROOT, 'tests/eval/questions.json')]) {
    if (!existsSync(file)) {
      console.error(`bench: ${path.relative(ROOT, file)} is missing${file === PRODUCT_MAIN ? ': run `npm run build` first' : ''}.`);
      process.exit(2);
    }
  }
  // The product runs from dist/: say so when dist/ is older than the sources it came from.
  const sourceTime = Math.max(newestMtime(path.join(ROOT, 'src')), newestMtime(path.join(ROOT, 'dialogs')));
  const distTime = newestMtime(path.join(DIST, 'src'));
  const distStale = distTime < sourceTime;

  // Watchdog: whatever happens, the run ends.
  const levelsMs = settings.levels.length * settings.rounds * 2 * (settings.warmupMs + settings.measureMs + PAUSE_MS + REQUEST_TIMEOUT_MS);
  const quietWaits = (settings.levels.length * settings.rounds * 2 + settings.coldStarts * 2 + 1) * (QUIET_MAX_WAIT_MS + QUIET_SAMPLE_MS);
  const budgetMs = 120_000 + settings.coldStarts * 2 * COLD_START_TIMEOUT_MS + levelsMs + quietWaits;
  const watchdog = setTimeout(() => {
    console.error(`bench: watchdog: still running after ${Math.round(budgetMs / 1000)} s; stopping.`);
    process.exit(2);
  }, budgetMs);
  watchdog.unref();

  const machine = machineFacts();
  const startedAt = new Date();
  const loadAverageStart = os.loadavg();
  console.log(`mgi-bot bench (${mode}) — ${startedAt.toISOString()}`);
  console.log(`  node ${machine.node}, ${machine.cpuModel}, ${machine.cores} cores, load average ${loadAverageStart.map((n) => n.toFixed(2)).join(' ')}`);
  if (distStale) console.log('  WARNING: dist/ is older than src/ or dialogs/: the product measured is the last build, not the current sources.');

  const messages = messagesFromEval();

  // 1. The core, before any server runs.
  console.log(`\n[core] answerQuestion and the Fuse.js baseline over ${messages.length} questions, ${settings.coreWarmupPasses} warm-up + ${settings.corePasses} passes…`);
  await waitForQuiet();
  const core = await runCore(settings);
  if (options.core) {
    const { product, baseline } = core;
    console.log(`  core: ${Math.round(product.questionsPerSecond)} questions/s, p50 ${product.p50Ms.toFixed(2)} ms, p99 ${product.p99Ms.toFixed(2)} ms (max ${product.maxMs.toFixed(2)}); plain Fuse.js p99 ${baseline.p99Ms.toFixed(2)} ms; index built in ${core.buildIndexMs.toFixed(0)} ms`);
    return;
  }

  const channel = await startChannel();
  let exitCode = 0;
  try {
    // 2. Cold starts, alternated.
    console.log(`[cold start] ${settings.coldStarts} × product, ${settings.coldStarts} × echo, alternated…`);
    const cold = { product: [], echo: [] };
    for (let i = 0; i < settings.coldStarts; i++) {
      const order = i % 2 === 0 ? ['product', 'echo'] : ['echo', 'product'];
      for (const kind of order) {
        cold[kind].push(await coldStart(kind, channel, messages[0].text));
        await sleep(200);
      }
    }

    // 3. Load, on one long-running process per server.
    const servers = {};
    for (const kind of ['product', 'echo']) {
      const server = await spawnServer(kind);
      servers[kind] = server;
      // Ready when one message is answered.
      const agent = new http.Agent({ keepAlive: false });
      const deadline = performance.now() + COLD_START_TIMEOUT_MS;
      for (;;) {
        if (server.exited()) throw new Error(`${kind} exited during start-up:\n${server.log.tail.trim()}`);
        const result = await post(server.url, activityFor(channel, `${kind}~ready`, 'hello', 'en'), agent, 5_000);
        if (result.status === 200) break;
        if (performance.now() > deadline) throw new Error(`${kind} did not answer within ${COLD_START_TIMEOUT_MS / 1000} s`);
        await sleep(50);
      }
      agent.destroy();
      server.rssAfterStartKb = memoryOf(server.pid)?.rssKb;
    }
    const load = {};
    let roundCounter = 0;
    for (const concurrency of settings.levels) {
      load[concurrency] = { product: [], echo: [] };
      for (let r = 0; r < settings.rounds; r++) {
        const order = roundCounter++ % 2 === 0 ? ['product', 'echo'] : ['echo', 'product'];
        for (const kind of order) {
          process.stdout.write(`[load] concurrency ${concurrency}, round ${r + 1}/${settings.rounds}, ${kind}… `);
          const result = await loadRound({
            server: servers[kind],
            channel,
            concurrency,
            warmupMs: settings.warmupMs,
            measureMs: settings.measureMs,
            messages,
            tag: `c${concurrency}-r${r}`,
          });
          load[concurrency][kind].push(result);
          const errorCount = Object.values(result.errors).reduce((a, b) => a + b, 0);
          if (errorCount > 0) exitCode = 1;
          console.log(`${fmt(result.messagesPerSecond, 0)} msg/s, p50 ${fmt(result.p50)} ms, p99 ${fmt(result.p99)} ms${errorCount ? `, ${errorCount} errors ${JSON.stringify(result.errors)}` : ''}`);
          if (servers[kind].exited()) throw new Error(`${kind} exited under load:\n${servers[kind].log.tail.trim()}`);
          await sleep(PAUSE_MS);
        }
      }
    }
    const memory = {};
    for (const kind of ['product', 'echo']) {
      const now = memoryOf(servers[kind].pid);
      memory[kind] = { afterStartKb: servers[kind].rssAfterStartKb, afterRunKb: now?.rssKb, peakKb: now?.peakKb, cpuSeconds: cpuSecondsOf(servers[kind].pid), logWarnings: servers[kind].log.warnOrWorse, logMessages: servers[kind].log.messages };
    }
    const replies = { product: channel.countsOf('product'), echo: channel.countsOf('echo') };
    for (const kind of ['product', 'echo']) await servers[kind].stop();

    // 4. Figures, targets, report.
    const coldMedian = { product: median(cold.product.map((c) => c.ms)), echo: median(cold.echo.map((c) => c.ms)) };
    const coldRatio = coldMedian.product / coldMedian.echo;
    const levelFigures = settings.levels.map((concurrency) => {
      const of = (kind) => {
        const rounds = load[concurrency][kind];
        return {
          messagesPerSecond: median(rounds.map((x) => x.messagesPerSecond)),
          p50Ms: median(rounds.map((x) => x.p50)),
          p95Ms: median(rounds.map((x) => x.p95)),
          p99Ms: median(rounds.map((x) => x.p99)),
          serverCpuMsPerMessage: median(rounds.map((x) => x.serverCpuMsPerMessage)),
          machineBusy: median(rounds.map((x) => x.machineBusy)),
          otherCores: median(rounds.map((x) => x.otherCores)),
          errors: rounds.reduce((n, x) => n + Object.values(x.errors).reduce((a, b) => a + b, 0), 0),
          rounds: rounds.map((x) => ({
            messagesPerSecond: round(x.messagesPerSecond),
            completed: x.completed,
            p50Ms: round(x.p50, 2),
            p95Ms: round(x.p95, 2),
            p99Ms: round(x.p99, 2),
            maxMs: round(x.max, 2),
            serverCpuMsPerMessage: round(x.serverCpuMsPerMessage, 3),
            machineBusy: round(x.machineBusy, 3),
            serverCores: round(x.serverCores, 2),
            clientCores: round(x.clientCores, 2),
            otherCores: round(x.otherCores, 2),
            machineBusyBefore: round(x.quietBefore, 3),
            repliesInWindow: x.repliesInWindow,
            errors: x.errors,
          })),
        };
      };
      const product = of('product');
      const echo = of('echo');
      const ratio = product.messagesPerSecond / echo.messagesPerSecond;
      return { concurrency, product, echo, throughputRatio: ratio, target: { minRatio: TARGETS.throughputShareOfEcho, pass: ratio >= TARGETS.throughputShareOfEcho } };
    });
    const rssExtraMb = (memory.product.afterRunKb - memory.echo.afterRunKb) / 1024;
    const targets = {
      throughput: levelFigures.map((l) => ({ concurrency: l.concurrency, ratio: round(l.throughputRatio, 3), min: TARGETS.throughputShareOfEcho, pass: l.target.pass })),
      coreP99: { ms: round(core.product.p99Ms, 4), max: TARGETS.coreP99Ms, pass: core.product.p99Ms < TARGETS.coreP99Ms },
      coldStart: { ratio: round(coldRatio, 3), max: TARGETS.coldStartRatio, pass: coldRatio <= TARGETS.coldStartRatio },
      rss: { extraMb: round(rssExtraMb), max: TARGETS.rssExtraMb, pass: rssExtraMb <= TARGETS.rssExtraMb },
    };
    const allPass = targets.throughput.every((t) => t.pass) && targets.coreP99.pass && targets.coldStart.pass && targets.rss.pass;
    const loadAverageEnd = os.loadavg();

    const out = [];
    out.push('');
    out.push(`== mgi-bot bench (${mode}) — ${startedAt.toISOString()}`);
    out.push(`   node ${machine.node} · ${machine.cpuModel} · ${machine.cores} cores · ${machine.memoryMb} MB · commit ${machine.commit ?? 'n/a'}${distStale ? ' · dist/ OLDER than src/' : ''}`);
    out.push(`   load average at start ${loadAverageStart.map((n) => n.toFixed(2)).join(' ')}, at end ${loadAverageEnd.map((n) => n.toFixed(2)).join(' ')}`);
    out.push(`   load: ${settings.rounds} round(s) per level per server, ${settings.warmupMs / 1000} s warm-up + ${settings.measureMs / 1000} s measured, product/echo alternated; figures are medians of the rounds`);
    out.push('');
    out.push('-- Throughput and latency (POST /api/messages, closed loop; latency = request sent → 200, after the reply is posted)');
    const rows = [['concurrency', 'server', 'msg/s', 'p50 ms', 'p95 ms', 'p99 ms', 'server CPU ms/msg', 'machine busy', 'others (cores)', 'errors', 'product/echo', 'target ≥0.90']];
    for (const l of levelFigures) {
      for (const kind of ['product', 'echo']) {
        const f = l[kind];
        rows.push([
          kind === 'product' ? String(l.concurrency) : '',
          kind,
          fmt(f.messagesPerSecond, 0),
          fmt(f.p50Ms, 2),
          fmt(f.p95Ms, 2),
          fmt(f.p99Ms, 2),
          fmt(f.serverCpuMsPerMessage, 3),
          `${fmt(100 * f.machineBusy, 0)}%`,
          fmt(f.otherCores, 2),
          String(f.errors),
          kind === 'product' ? fmt(l.throughputRatio, 3) : '',
          kind === 'product' ? verdict(l.target.pass) : '',
        ]);
      }
    }
    out.push(table(rows));
    out.push('   per round msg/s:');
    for (const l of levelFigures) {
      out.push(`     c=${l.concurrency}: product ${l.product.rounds.map((x) => fmt(x.messagesPerSecond, 0)).join(', ')} · echo ${l.echo.rounds.map((x) => fmt(x.messagesPerSecond, 0)).join(', ')}`);
    }
    const busiestOthers = Math.max(...levelFigures.flatMap((l) => [...l.product.rounds, ...l.echo.rounds].map((x) => x.otherCores ?? 0)));
    out.push(
      busiestOthers > 0.2
        ? `   WARNING: other processes used up to ${fmt(busiestOthers, 2)} cores during a measured window: this machine was shared, the figures are noisy (see rounds in the JSON).`
        : `   other processes used at most ${fmt(busiestOthers, 2)} cores during any measured window.`,
    );
    out.push('');
    out.push('-- Cold start (spawn → first reply at the serviceUrl)');
    out.push(
      table([
        ['server', 'median ms', 'all runs ms', 'RSS at first reply'],
        ['product', fmt(coldMedian.product, 0), cold.product.map((c) => fmt(c.ms, 0)).join(', '), `${fmt(median(cold.product.map((c) => c.rssKb)) / 1024)} MB`],
        ['echo', fmt(coldMedian.echo, 0), cold.echo.map((c) => fmt(c.ms, 0)).join(', '), `${fmt(median(cold.echo.map((c) => c.rssKb)) / 1024)} MB`],
      ]),
    );
    out.push(`   product/echo ${fmt(coldRatio, 2)}× (target ≤ ${TARGETS.coldStartRatio}×): ${verdict(targets.coldStart.pass)}`);
    out.push('');
    out.push('-- Memory of the long-running servers (VmRSS from /proc)');
    out.push(
      table([
        ['server', 'after start MB', 'after run MB', 'peak MB', 'CPU s total', 'warn+ log lines', 'replies (message/typing)'],
        ...['product', 'echo'].map((kind) => [
          kind,
          fmt(memory[kind].afterStartKb / 1024),
          fmt(memory[kind].afterRunKb / 1024),
          fmt(memory[kind].peakKb / 1024),
          fmt(memory[kind].cpuSeconds, 1),
          String(memory[kind].logWarnings),
          `${replies[kind].message}/${replies[kind].typing}`,
        ]),
      ]),
    );
    out.push(`   product − echo after run: ${fmt(rssExtraMb)} MB (ratio ${fmt(memory.product.afterRunKb / memory.echo.afterRunKb, 2)}×; target ≤ +${TARGETS.rssExtraMb} MB): ${verdict(targets.rss.pass)}`);
    out.push('');
    out.push(`-- Core alone, in process (${core.questions} eval questions × ${core.passes} passes after ${core.warmupPasses} warm-up; loadKnowledge ${fmt(core.loadKnowledgeMs, 0)} ms, buildIndex ${fmt(core.buildIndexMs, 0)} ms)`);
    out.push(
      table([
        ['', 'questions/s', 'p50 ms', 'p99 ms', 'max ms'],
        ['answerQuestion', fmt(core.product.questionsPerSecond, 0), fmt(core.product.p50Ms, 3), fmt(core.product.p99Ms, 3), fmt(core.product.maxMs, 3)],
        ['Fuse.js baseline', fmt(core.baseline.questionsPerSecond, 0), fmt(core.baseline.p50Ms, 3), fmt(core.baseline.p99Ms, 3), fmt(core.baseline.maxMs, 3)],
      ]),
    );
    out.push(`   answerQuestion p99 ${fmt(core.product.p99Ms, 3)} ms (target < ${TARGETS.coreP99Ms} ms): ${verdict(targets.coreP99.pass)}`);
    out.push(`   ${core.atLeastOneMs} of ${core.questions} questions take ≥ 1 ms (median over passes); slowest:`);
    for (const s of core.slowest.slice(0, 5)) out.push(`     ${fmt(s.medianMs, 2)} ms  ${JSON.stringify(s.q.length > 90 ? `${s.q.slice(0, 90)}…` : s.q)}`);
    out.push('');
    out.push('-- Targets');
    out.push(
      table([
        ['target', 'measured', 'verdict'],
        ...targets.throughput.map((t) => [`throughput c=${t.concurrency} ≥ ${TARGETS.throughputShareOfEcho * 100}% of echo`, `${fmt(100 * t.ratio, 1)}%`, verdict(t.pass)]),
        [`core answerQuestion p99 < ${TARGETS.coreP99Ms} ms`, `${fmt(core.product.p99Ms, 3)} ms`, verdict(targets.coreP99.pass)],
        [`cold start ≤ ${TARGETS.coldStartRatio}× echo`, `${fmt(coldRatio, 2)}×`, verdict(targets.coldStart.pass)],
        [`RSS ≤ echo + ${TARGETS.rssExtraMb} MB`, `+${fmt(rssExtraMb)} MB`, verdict(targets.rss.pass)],
      ]),
    );
    out.push(`   ${allPass ? 'all targets met' : 'some targets missed'}${exitCode ? ' · some requests FAILED (see errors)' : ''}`);
    console.log(out.join('\n'));

    const results = {
      tool: 'scripts/bench.mjs',
      mode,
      date: startedAt.toISOString(),
      durationSeconds: round((Date.now() - startedAt.getTime()) / 1000, 0),
      machine: { ...machine, loadAverageStart: loadAverageStart.map((n) => round(n, 2)), loadAverageEnd: loadAverageEnd.map((n) => round(n, 2)) },
      distOlderThanSources: distStale,
      settings: {
        ...settings,
        requestTimeoutMs: REQUEST_TIMEOUT_MS,
        channelId: 'webchat',
        messages: `tests/eval/questions.json (${messages.length} questions, cycled; each worker starts at its own offset; locale from the question's lang)`,
        product: { command: 'node dist/src/server/main.js', env: SERVERS.product.env, storage: 'memory' },
        echo: { command: 'node bench/echo-bot/index.js' },
        latency: 'request sent → HTTP 200 (replies are posted to the serviceUrl before the 200)',
        conversations: 'one per worker per round',
      },
      targets: { ...targets, allPass },
      throughput: levelFigures.map((l) => ({
        concurrency: l.concurrency,
        throughputRatio: round(l.throughputRatio, 3),
        ...Object.fromEntries(
          ['product', 'echo'].map((kind) => [
            kind,
            {
              messagesPerSecond: round(l[kind].messagesPerSecond),
              p50Ms: round(l[kind].p50Ms, 2),
              p95Ms: round(l[kind].p95Ms, 2),
              p99Ms: round(l[kind].p99Ms, 2),
              serverCpuMsPerMessage: round(l[kind].serverCpuMsPerMessage, 3),
              machineBusy: round(l[kind].machineBusy, 3),
              otherCores: round(l[kind].otherCores, 2),
              errors: l[kind].errors,
              rounds: l[kind].rounds,
            },
          ]),
        ),
      })),
      coldStart: {
        ratio: round(coldRatio, 3),
        product: { medianMs: round(coldMedian.product), runsMs: cold.product.map((c) => round(c.ms)), attempts: cold.product.map((c) => c.attempts), machineBusyBefore: cold.product.map((c) => round(c.quietBefore, 3)) },
        echo: { medianMs: round(coldMedian.echo), runsMs: cold.echo.map((c) => round(c.ms)), attempts: cold.echo.map((c) => c.attempts), machineBusyBefore: cold.echo.map((c) => round(c.quietBefore, 3)) },
      },
      memory: {
        product: { afterStartMb: round(memory.product.afterStartKb / 1024), afterRunMb: round(memory.product.afterRunKb / 1024), peakMb: round(memory.product.peakKb / 1024) },
        echo: { afterStartMb: round(memory.echo.afterStartKb / 1024), afterRunMb: round(memory.echo.afterRunKb / 1024), peakMb: round(memory.echo.peakKb / 1024) },
        differenceMb: round(rssExtraMb),
        ratio: round(memory.product.afterRunKb / memory.echo.afterRunKb, 3),
      },
      replies,
      serverLogWarnings: { product: memory.product.logMessages, echo: memory.echo.logMessages },
      core: {
        questions: core.questions,
        warmupPasses: core.warmupPasses,
        passes: core.passes,
        loadKnowledgeMs: round(core.loadKnowledgeMs),
        buildIndexMs: round(core.buildIndexMs),
        answerQuestion: { questionsPerSecond: round(core.product.questionsPerSecond, 0), p50Ms: round(core.product.p50Ms, 4), p99Ms: round(core.product.p99Ms, 4), maxMs: round(core.product.maxMs, 3) },
        questionsAtLeastOneMs: core.atLeastOneMs,
        slowest: core.slowest.map((s) => ({ q: s.q, medianMs: round(s.medianMs, 3) })),
        fuseBaseline: { questionsPerSecond: round(core.baseline.questionsPerSecond, 0), p50Ms: round(core.baseline.p50Ms, 4), p99Ms: round(core.baseline.p99Ms, 4), maxMs: round(core.baseline.maxMs, 3) },
      },
    };
    const file = options.quick ? QUICK_RESULTS_FILE : RESULTS_FILE;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nresults: ${path.relative(process.cwd(), file).startsWith('..') ? file : path.relative(process.cwd(), file)}`);
  } finally {
    await channel.close();
    for (const child of children) child.kill('SIGKILL');
  }
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`bench: ${error.stack ?? error.message}`);
    process.exit(2);
  },
);
