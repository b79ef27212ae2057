#!/usr/bin/env node
// `npm run soak [-- --messages N --conversations C --max-seconds S]`
//
// A load run of the compiled bot (dist/, built by `npm run build`): starts
// `node dist/src/server/main.js` on a free loopback port (state in memory, LOG_LEVEL=warn, rate limits
// raised out of the way) and a local channel server standing in for the Bot Framework connector, then
// sends N messages over C concurrent conversations to /api/messages. Each conversation sends its
// messages one after the other, waiting for the bot's answer before the next, as a person would.
//
// It counts HTTP errors, messages that did not get exactly one answer (matched by replyToId; typing
// activities aside), answers delivered to the wrong conversation, latency percentiles, throughput and
// the bot's memory (VmRSS from /proc), prints a report, and exits 1 if anything was wrong, 2 if it
// could not run. Loopback only; bounded by the message count and a time cap.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOST, cpuSecondsOf, followLines, freePort, machineCpu, memoryOf, newestMtime, percentile, sleep } from './lib/measure.mjs';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MAIN = path.join(ROOT, 'dist/src/server/main.js');
const READY_TIMEOUT_MS = 20_000;
/** One turn that takes longer than this counts as an HTTP error (timeout). */
const REQUEST_TIMEOUT_MS = 30_000;
/** How long after its 200 an answer may still arrive before the message counts as unanswered. */
const REPLY_GRACE_MS = 5_000;
/** Past the time cap plus this, the run is abandoned whatever is still pending. */
const WATCHDOG_EXTRA_MS = REQUEST_TIMEOUT_MS + REPLY_GRACE_MS + 30_000;
const STOP_GRACE_MS = 15_000;
/** Rate limits high enough never to throttle the run (0 would also mean "no limit" but may not be accepted by every version). */
const NO_THROTTLE = '1000000';

// ---------------------------------------------------------------------------------------------
// Options

function usage(problem) {
  if (problem) console.error(`soak: ${problem}\n`);
  console.error('Usage: npm run soak -- [--messages N] [--conversations C] [--max-seconds S]\n  defaults: 10000 messages, 50 conversations, 600 s time cap');
  process.exit(2);
}

function readOptions() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        messages: { type: 'string', default: '10000' },
        conversations: { type: 'string', default: '50' },
        'max-seconds': { type: 'string', default: '600' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    usage(error.message);
  }
  if (values.help) usage();
  const positive = (name, max) => {
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < 1 || n > max) usage(`--${name} must be an integer from 1 to ${max} (got "${values[name]}")`);
    return n;
  };
  const options = { messages: positive('messages', 1_000_000), conversations: positive('conversations', 1_000), maxSeconds: positive('max-seconds', 3_600) };
  if (options.conversations > options.messages) usage('--conversations cannot exceed --messages');
  return options;
}

// ---------------------------------------------------------------------------------------------
// What the conversations say: short scenes, in order (follow-ups need the question before them).
// Every message gets exactly one answer message ("restart" sends two and is left out).

const SCENES = [
  [['What does Manaus offer migrants in health?', 'question-en'], ['and in education?', 'follow-up'], ['what could be improved there?', 'follow-up']],
  [['Qu’offre Manaus aux migrants en matière de santé ?', 'question-fr'], ['et en éducation ?', 'follow-up'], ['que pourrait-on améliorer ?', 'follow-up']],
  [['hello', 'small-talk'], ['thanks', 'small-talk']],
  [['domains', 'command'], ['Partnerships', 'domain']],
  [['What does Lagos offer migrants in health?', 'unknown-place']],
  [['bonjour', 'small-talk'], ['merci', 'small-talk']],
  [['What could Manaus improve in crises?', 'question-en'], ['show in French', 'command']],
  [['domaines', 'command']],
  [['Que propose Tombouctou aux migrants en matière de santé ?', 'unknown-place']],
  [['français', 'command'], ['diaspora', 'question-fr'], ['1', 'choice']],
  [['help', 'command']],
  [['Que couvre le domaine Partenariats ?', 'question-fr'], ['in english', 'command']],
  [['langue', 'command'], ['English', 'choice']],
  [['what about Lagos?', 'unknown-place']],
  [['aide', 'command']],
  [['xyzzy plugh', 'nonsense']],
  [['english', 'command'], ['What does the governance of migration data look like in Manaus?', 'question-en']],
];
const SCRIPT = SCENES.flat();
/** Where conversation `c` starts in the script: conversations say different things at the same time. */
const startOf = (c) => SCENES.slice(0, c % SCENES.length).reduce((n, scene) => n + scene.length, 0);

// ---------------------------------------------------------------------------------------------
// Helpers


/** CPU seconds used so far by the bot process, and by the whole machine: a slow bot is not a busy machine. */
function cpuTimes(pid) {
  const bot = cpuSecondsOf(pid);
  const machine = machineCpu();
  return Number.isNaN(bot) ? undefined : { bot, machineBusy: machine.busy, machineTotal: machine.total };
}

/** The bot's memory, in kB. */
function memoryOfBot(pid) {
  const memory = memoryOf(pid);
  return memory && { rss: memory.rssKb, peak: memory.peakKb };
}

const percent = (part, whole) => (part === undefined || whole === undefined || !(whole > 0) ? 'n/a' : `${Math.round((100 * part) / whole)}%`);

const mb = (kb) => (kb === undefined || Number.isNaN(kb) ? 'n/a' : `${(kb / 1024).toFixed(1)} MB`);

const ms = (n) => (Number.isNaN(n) ? 'n/a' : `${Math.round(n)}`);

// ---------------------------------------------------------------------------------------------
// The channel: receives the bot's activities, indexed by the message they answer.

function startChannel() {
  const answers = new Map(); // replyToId -> [{ conversationId, at }]
  const typing = new Map(); // replyToId -> [arrival times]
  const waiters = new Map(); // replyToId -> resolve
  const stats = { typing: 0, otherTypes: 0, unmatched: 0, badRequests: 0 };
  let sequence = 0;
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      let body;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      } catch {
        stats.badRequests++;
        res.writeHead(400).end();
        return;
      }
      if (body.type === 'message') {
        const id = body.replyToId;
        if (typeof id !== 'string') stats.unmatched++;
        else {
          const list = answers.get(id) ?? [];
          list.push({ conversationId: body.conversation?.id, at: performance.now() });
          answers.set(id, list);
          waiters.get(id)?.();
        }
      } else if (body.type === 'typing') {
        stats.typing++;
        if (typeof body.replyToId === 'string') typing.set(body.replyToId, [...(typing.get(body.replyToId) ?? []), performance.now()]);
      }
      else stats.otherTypes++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `channel-${++sequence}` }));
    });
  });
  return new Promise((resolve) => {
    server.listen(0, HOST, () => {
      resolve({
        serviceUrl: `http://${HOST}:${server.address().port}`,
        answers,
        typing,
        stats,
        /** Resolves true when an answer to `id` is there, false after `timeoutMs`. */
        waitForAnswer(id, timeoutMs) {
          if (answers.has(id)) return Promise.resolve(true);
          return new Promise((done) => {
            const timer = setTimeout(() => {
              waiters.delete(id);
              done(false);
            }, timeoutMs);
            waiters.set(id, () => {
              clearTimeout(timer);
              waiters.delete(id);
              done(true);
            });
          });
        },
        close: () => new Promise((done) => {
          server.close(() => done());
          server.closeAllConnections();
        }),
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// The bot process

async function startBot() {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const child = spawn(process.execPath, [MAIN], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Only what the run means to test: memory storage, quiet logs, no throttling.
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        PORT: String(port),
        HOST,
        LOG_LEVEL: 'warn',
        RATE_LIMIT_CONVERSATION_PER_MINUTE: NO_THROTTLE,
        RATE_LIMIT_CLIENT_PER_MINUTE: NO_THROTTLE,
      },
    });
    const log = { byLevel: { warn: 0, error: 0, fatal: 0 }, messages: new Map(), other: new Map() };
    const output = followLines(child, (line) => {
      if (!line.trim()) return;
      let entry;
      try {
        entry = JSON.parse(line);
      } catch {
        // Not pino: Node's own warnings (deprecations) and the like. Grouped without the pid.
        const key = line.replace(/^\(node:\d+\)\s*/, '').slice(0, 160);
        log.other.set(key, (log.other.get(key) ?? 0) + 1);
        return;
      }
      const level = entry.level >= 60 ? 'fatal' : entry.level >= 50 ? 'error' : entry.level >= 40 ? 'warn' : undefined;
      if (!level) return;
      log.byLevel[level]++;
      const key = `${level}: ${entry.event ?? ''} ${entry.msg ?? ''} ${entry.err?.message ?? entry.error ?? ''}`.trim().slice(0, 200);
      log.messages.set(key, (log.messages.get(key) ?? 0) + 1);
    });
    Object.defineProperty(log, 'tail', { get: output.tail, enumerable: true });
    const exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => resolve(code ?? signal));
      child.once('error', (error) => resolve(error.message));
    });
    let exitStatus;
    void exited.then((status) => (exitStatus = status));
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);
    const stop = async () => {
      process.removeListener('exit', killOnExit);
      if (exitStatus !== undefined) return exitStatus;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      const status = await exited;
      clearTimeout(timer);
      return status;
    };

    const url = `http://${HOST}:${port}`;
    const deadline = Date.now() + READY_TIMEOUT_MS;
    for (;;) {
      if (exitStatus !== undefined) {
        process.removeListener('exit', killOnExit);
        if (/EADDRINUSE/.test(log.tail) && attempt < 3) break;
        throw new Error(`the bot exited before answering /healthz (${exitStatus}). Its output:\n${log.tail.trim() || '(none)'}`);
      }
      try {
        const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1_000) });
        await response.arrayBuffer();
        if (response.status === 200) return { url, pid: child.pid, log, stop, alive: () => exitStatus === undefined, exitStatus: () => exitStatus };
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`the bot did not answer GET ${url}/healthz within ${READY_TIMEOUT_MS / 1000} s. Its output:\n${log.tail.trim() || '(none)'}`);
      }
      await sleep(100);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The run

async function converse({ c, count, runId, bot, channel, deadline, results }) {
  const conversationId = `soak-${runId}-${c}`;
  const start = startOf(c);
  for (let i = 0; i < count; i++) {
    if (Date.now() > deadline) return;
    const [text, kind] = SCRIPT[(start + i) % SCRIPT.length];
    const id = `${conversationId}-${i}`;
    const activity = {
      type: 'message',
      id,
      timestamp: new Date().toISOString(),
      channelId: 'webchat',
      serviceUrl: channel.serviceUrl,
      from: { id: `${conversationId}-user`, name: `Soak ${c}` },
      recipient: { id: 'mgi-bot', name: 'MGI' },
      conversation: { id: conversationId },
      text,
      locale: c % 2 ? 'fr-FR' : 'en-US',
    };
    const result = { id, conversationId, kind, status: 0, error: undefined, latency: NaN, sentAt: performance.now() };
    results.push(result);
    try {
      const response = await fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      await response.arrayBuffer();
      result.status = response.status;
      result.respondedAt = performance.now();
    } catch (error) {
      result.error = error.name === 'TimeoutError' ? `timeout after ${REQUEST_TIMEOUT_MS} ms` : `${error.message}${error.cause ? ` (${error.cause.code ?? error.cause.message})` : ''}`;
    }
    // The answer is posted to the channel before the 200 (per the protocol); the wait covers a late one.
    await channel.waitForAnswer(id, result.status === 200 ? REPLY_GRACE_MS : 0);
    // The turn's latency: until both the 200 and the answer are in. The next message only after that.
    result.doneAt = performance.now();
    result.latency = result.doneAt - result.sentAt;
  }
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => '    ' + r.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ')).join('\n');
}

async function main() {
  const options = readOptions();
  if (!existsSync(MAIN)) {
    console.error('soak: dist/src/server/main.js is missing: run `npm run build` first.');
    process.exit(2);
  }
  const sourceTime = Math.max(newestMtime(path.join(ROOT, 'src')), newestMtime(path.join(ROOT, 'dialogs')));
  if (statSync(MAIN).mtimeMs < sourceTime) {
    // A soak of an older build would report on code that is no longer the code.
    console.error('soak: dist/ is older than src/ or dialogs/: run `npm run build` first.');
    process.exit(2);
  }

  const runId = Date.now().toString(36);
  const channel = await startChannel();
  let bot;
  try {
    bot = await startBot();
  } catch (error) {
    await channel.close();
    console.error(`soak: ${error.message}`);
    process.exit(2);
  }

  const capMs = options.maxSeconds * 1000;
  const watchdog = setTimeout(() => {
    console.error(`soak: abandoned, still running ${(capMs + WATCHDOG_EXTRA_MS) / 1000} s after the start`);
    process.exit(1); // the 'exit' hook kills the bot
  }, capMs + WATCHDOG_EXTRA_MS);
  const stopOnSignal = () => {
    console.error('soak: interrupted');
    process.exit(130);
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);

  const memoryBefore = memoryOfBot(bot.pid);
  const cpuBefore = cpuTimes(bot.pid);
  const ownCpuBefore = process.cpuUsage();
  console.log(`soak: ${options.messages} messages over ${options.conversations} conversations to ${bot.url}/api/messages (pid ${bot.pid}, memory storage, LOG_LEVEL=warn); time cap ${options.maxSeconds} s`);

  // Progress, memory and CPU, sampled four times a second; progress printed every 10 s.
  const results = [];
  const samples = [];
  const startedAt = performance.now();
  const sampler = setInterval(() => {
    const memory = memoryOfBot(bot.pid);
    const done = results.filter((r) => r.doneAt !== undefined).length;
    samples.push({ at: performance.now() - startedAt, done, rss: memory?.rss, cpu: cpuTimes(bot.pid) });
    if (samples.length % 40 === 0) console.log(`  … ${((performance.now() - startedAt) / 1000).toFixed(0)} s: ${done} answered, bot RSS ${mb(memory?.rss)}`);
  }, 250);

  const deadline = Date.now() + capMs;
  const perConversation = Math.floor(options.messages / options.conversations);
  const remainder = options.messages % options.conversations;
  await Promise.all(
    Array.from({ length: options.conversations }, (_, c) =>
      converse({ c, count: perConversation + (c < remainder ? 1 : 0), runId, bot, channel, deadline, results }),
    ),
  );
  const wallMs = performance.now() - startedAt;
  clearInterval(sampler);
  const memoryAfter = memoryOfBot(bot.pid);
  const cpuAfter = cpuTimes(bot.pid);
  const ownCpu = process.cpuUsage(ownCpuBefore);

  // A moment for any late or extra answer still on its way (and for the bot to sit idle), then count per message.
  const idle = 3_000;
  await sleep(idle);
  const memoryIdle = memoryOfBot(bot.pid);
  const healthAfter = await fetch(`${bot.url}/healthz`, { signal: AbortSignal.timeout(2_000) }).then((r) => r.status, (e) => e.message);
  const aliveAtEnd = bot.alive();
  const exitStatus = await bot.stop();
  await channel.close();
  clearTimeout(watchdog);

  const httpErrors = results.filter((r) => r.status !== 200);
  const errorKinds = new Map();
  for (const r of httpErrors) {
    const key = r.error ?? `HTTP ${r.status}`;
    errorKinds.set(key, (errorKinds.get(key) ?? 0) + 1);
  }
  const sentIds = new Set(results.map((r) => r.id));
  let lost = 0;
  let extra = 0;
  let misrouted = 0;
  for (const r of results) {
    const got = channel.answers.get(r.id) ?? [];
    if (got.length === 0) lost++;
    if (got.length > 1) extra++;
    if (got.some((a) => a.conversationId !== r.conversationId)) misrouted++;
  }
  // A typing indicator that reaches the channel after the answer it announces makes the client show
  // "typing…" when nothing is coming (Web Chat: for seconds, until the next message).
  let typingAfterAnswer = 0;
  let typingAfterTurn = 0;
  for (const r of results) {
    const typed = channel.typing.get(r.id) ?? [];
    const answeredAt = channel.answers.get(r.id)?.[0]?.at;
    if (answeredAt !== undefined && typed.some((t) => t > answeredAt)) typingAfterAnswer++;
    if (r.respondedAt !== undefined && typed.some((t) => t > r.respondedAt)) typingAfterTurn++;
  }
  const strays = [...channel.answers.keys()].filter((id) => !sentIds.has(id)).length + channel.stats.unmatched;
  const notSent = options.messages - results.length;

  const okLatencies = results.filter((r) => r.status === 200).map((r) => r.latency).sort((a, b) => a - b);
  const byKind = new Map();
  for (const r of results) byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), r.latency]);
  // Over time: results in tenths of the run, by when they finished.
  const tenths = Array.from({ length: 10 }, () => []);
  for (const r of results) if (r.doneAt !== undefined) tenths[Math.min(9, Math.floor(((r.doneAt - startedAt) / wallMs) * 10))].push(r.latency);
  const rssAt = (t) => samples.filter((s) => s.at <= t).at(-1)?.rss;
  const sampleAt = (t) => (t <= 0 ? { at: 0, cpu: cpuBefore } : t >= wallMs ? { at: wallMs, cpu: cpuAfter } : samples.filter((s) => s.at <= t).at(-1) ?? { at: 0, cpu: cpuBefore });
  /** Bot CPU as a share of one core, and the machine's busy share of all cores, between two moments of the run. */
  const cpuBetween = (from, to) => {
    const a = sampleAt(from);
    const b = sampleAt(to);
    const seconds = (b.at - a.at) / 1000;
    if (!a.cpu || !b.cpu || seconds <= 0) return ['n/a', 'n/a'];
    return [percent(b.cpu.bot - a.cpu.bot, seconds), percent(b.cpu.machineBusy - a.cpu.machineBusy, b.cpu.machineTotal - a.cpu.machineTotal)];
  };
  const ownCpuSeconds = (ownCpu.user + ownCpu.system) / 1e6;

  // Typing after the answer is reported, not failed on: a cosmetic glitch, not a lost or wrong answer.
  const failed = httpErrors.length > 0 || lost > 0 || extra > 0 || misrouted > 0 || strays > 0 || notSent > 0 || !aliveAtEnd;
  const lines = [
    '',
    `mgi-bot soak report`,
    `  bot              node dist/src/server/main.js, pid ${bot.pid}, memory storage, LOG_LEVEL=warn, rate limits ${NO_THROTTLE}/min`,
    `  load             ${options.messages} messages, ${options.conversations} conversations in parallel (each: one message at a time, waiting for the answer)`,
    `  sent             ${results.length}${notSent ? ` (${notSent} NOT SENT: time cap of ${options.maxSeconds} s reached)` : ''}`,
    `  wall time        ${(wallMs / 1000).toFixed(1)} s`,
    `  throughput       ${(results.length / (wallMs / 1000)).toFixed(1)} messages/s`,
    `  latency (ms)     p50 ${ms(percentile(okLatencies, 50))}  p95 ${ms(percentile(okLatencies, 95))}  p99 ${ms(percentile(okLatencies, 99))}  max ${ms(okLatencies.at(-1) ?? NaN)}  (POST /api/messages until its 200 and its answer)`,
    `  HTTP errors      ${httpErrors.length}${[...errorKinds].map(([k, n]) => `\n                     ${n} × ${k}`).join('')}`,
    `  answers          ${results.length - lost - extra} exactly one, ${lost} lost (none), ${extra} with more than one, ${misrouted} to the wrong conversation, ${strays} not matching any message`,
    `  typing           ${channel.stats.typing} typing activities; ${typingAfterAnswer} messages had one arrive after their answer, ${typingAfterTurn} after their turn's 200`,
    `  CPU              bot ${cpuBefore && cpuAfter ? `${(cpuAfter.bot - cpuBefore.bot).toFixed(1)} s (${percent(cpuAfter.bot - cpuBefore.bot, wallMs / 1000)} of one core, ${((1000 * (cpuAfter.bot - cpuBefore.bot)) / Math.max(1, results.length)).toFixed(1)} ms a message)` : 'n/a'}; this load generator ${ownCpuSeconds.toFixed(1)} s; machine busy ${cpuBefore && cpuAfter ? percent(cpuAfter.machineBusy - cpuBefore.machineBusy, cpuAfter.machineTotal - cpuBefore.machineTotal) : 'n/a'} of ${os.availableParallelism()} cores`,
    `  bot RSS          before ${mb(memoryBefore?.rss)}, after ${mb(memoryAfter?.rss)}, after ${idle / 1000} s idle ${mb(memoryIdle?.rss)}, peak ${mb(memoryIdle?.peak ?? memoryAfter?.peak)}`,
    `  bot at the end   ${aliveAtEnd ? `running, /healthz ${healthAfter}` : `EXITED during the run (${bot.exitStatus()})`}; after SIGTERM: exit ${exitStatus}`,
    `  bot log          ${bot.log.byLevel.fatal} fatal, ${bot.log.byLevel.error} error, ${bot.log.byLevel.warn} warn lines${bot.log.other.size ? `; other output: ${[...bot.log.other.values()].reduce((a, b) => a + b, 0)} lines` : ''}`,
    ...[...bot.log.messages].slice(0, 8).map(([k, n]) => `                     ${n} × ${k}`),
    ...[...bot.log.other].slice(0, 4).map(([k, n]) => `                     ${n} × ${k}`),
    '',
    '  latency by kind of message (ms)',
    table([
      ['kind', 'count', 'p50', 'p95', 'p99', 'max'],
      ...[...byKind].sort(([a], [b]) => a.localeCompare(b)).map(([kind, list]) => {
        const sorted = list.filter((n) => !Number.isNaN(n)).sort((a, b) => a - b);
        return [kind, list.length, ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(percentile(sorted, 99)), ms(sorted.at(-1) ?? NaN)];
      }),
    ]),
    '',
    '  over the run, by tenths of the wall time (answers finished in each; bot CPU in % of one core; machine: all cores, other processes included)',
    table([
      ['tenth', 'answers', 'p50', 'p95', 'p99', 'max', 'bot CPU', 'machine', 'RSS at end'],
      ...tenths.map((list, i) => {
        const sorted = list.filter((n) => !Number.isNaN(n)).sort((a, b) => a - b);
        return [`${i + 1}`, list.length, ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(percentile(sorted, 99)), ms(sorted.at(-1) ?? NaN), ...cpuBetween((i / 10) * wallMs, ((i + 1) / 10) * wallMs), mb(rssAt(((i + 1) / 10) * wallMs))];
      }),
    ]),
    '',
    failed ? 'RESULT: FAIL' : 'RESULT: PASS',
  ];
  console.log(lines.join('\n'));
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(`soak: ${error?.stack ?? error}`);
  process.exit(2);
});
