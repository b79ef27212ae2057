// For tests that try to leave the machine on purpose, to show the guard refusing: their refusals go
// to a log of their own, read by the test, instead of the run's log (which would fail the run).
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LOG_VARIABLE } from './networkGuardRun.cjs';

/** The environment of a child process whose refusals are its own, and the log they go to. */
export function privateGuardLog(): { env: NodeJS.ProcessEnv; log: string } {
  const log = path.join(mkdtempSync(path.join(os.tmpdir(), 'mgi-guard-private-')), 'refused.jsonl');
  return { env: { ...process.env, [LOG_VARIABLE]: log }, log };
}
