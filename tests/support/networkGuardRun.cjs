// Puts a whole jest run under the network guard (network-guard.cjs): this process at once, and
// every process it starts — jest's workers, and every server or tool a test spawns — through
// NODE_OPTIONS, which child processes inherit. Refusals are collected in one log file per run;
// the global teardown (networkGuardTeardown.cjs) fails the run if the log is not empty.
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const GUARD = path.join(__dirname, 'network-guard.cjs');
const LOG_VARIABLE = 'MGI_NETWORK_GUARD_LOG';

/** The NODE_OPTIONS that preload the guard, added to what was there. */
function withGuard(nodeOptions = '') {
  const preload = `--require ${JSON.stringify(GUARD)}`;
  return nodeOptions.includes(GUARD) ? nodeOptions : `${nodeOptions} ${preload}`.trim();
}

/** The environment a spawned process needs to stay under the guard and report to this run's log. */
function guardEnvironment(env = process.env) {
  return { NODE_OPTIONS: withGuard(env.NODE_OPTIONS), ...(env[LOG_VARIABLE] ? { [LOG_VARIABLE]: env[LOG_VARIABLE] } : {}) };
}

/** A jest configuration whose run is guarded; a log named by the caller's environment is kept. */
function guardTestRun(config) {
  if (!process.env[LOG_VARIABLE]) {
    process.env[LOG_VARIABLE] = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mgi-network-guard-')), 'refused.jsonl');
  }
  process.env.NODE_OPTIONS = withGuard(process.env.NODE_OPTIONS);
  require(GUARD);
  return { ...config, globalTeardown: path.join(__dirname, 'networkGuardTeardown.cjs') };
}

module.exports = { GUARD, LOG_VARIABLE, guardEnvironment, guardTestRun, withGuard };
