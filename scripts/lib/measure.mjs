// What the load tools (npm run bench, npm run soak) share: free ports, staleness of dist/, and
// reading a process's memory and CPU, and the machine's, from /proc (Linux).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

export const HOST = '127.0.0.1';

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Newest modification time of any file under `dir` (0 if it does not exist). */
export function newestMtime(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = http.createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** VmRSS and VmHWM (peak) of a process, in kB; undefined once it has gone (or off Linux). */
export function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    return { rssKb: kb('VmRSS'), peakKb: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

/** Clock ticks per second of the CPU times in /proc (USER_HZ). */
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8', timeout: 2_000 }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds (user + system) a process has used so far; NaN once it has gone. */
export function cpuSecondsOf(pid) {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}

/** Busy and total CPU seconds of the whole machine (all cores). */
export function machineCpu() {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const total = cpu.reduce((a, b) => a + b, 0) / CLOCK_TICKS;
    const idle = (cpu[3] + (cpu[4] ?? 0)) / CLOCK_TICKS;
    return { busy: total - idle, total };
  } catch {
    return { busy: NaN, total: NaN };
  }
}

/**
 * Follows a child process's stdout and stderr line by line (pino writes one JSON line per log
 * entry); keeps the last few KB for error messages.
 */
export function followLines(child, onLine) {
  let tail = '';
  let pending = '';
  const take = (chunk) => {
    const text = chunk.toString('utf8');
    tail = (tail + text).slice(-4000);
    pending += text;
    const lines = pending.split('\n');
    pending = lines.pop();
    for (const line of lines) onLine(line);
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  return { tail: () => tail };
}
