// Jest global teardown: fails the run when any process of it tried to leave the machine, naming
// each host that was attempted and which process tried.
'use strict';

const fs = require('node:fs');
const { LOG_VARIABLE } = require('./networkGuardRun.cjs');

/** The refusals recorded in `file`, one JSON object a line (a torn last line is skipped). */
function readRefusals(file) {
  if (!file || !fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => {
      try {
        return [JSON.parse(line)];
      } catch {
        return [];
      }
    });
}

function describeRefusals(refusals) {
  const byTarget = new Map();
  for (const { what, where, command } of refusals) {
    const key = `${what} ${where}`;
    const commands = byTarget.get(key) ?? new Set();
    commands.add(command);
    byTarget.set(key, commands);
  }
  return [...byTarget].map(([target, commands]) => `  ${target}  (from: ${[...commands].join('; ')})`).join('\n');
}

module.exports = async function networkGuardTeardown() {
  const refusals = readRefusals(process.env[LOG_VARIABLE]);
  if (refusals.length === 0) return;
  throw new Error(`Network guard: ${refusals.length} attempt(s) to reach a host off this machine during the test run:\n${describeRefusals(refusals)}\nTests must use loopback stand-ins (see tests/support/network-guard.cjs).`);
};
module.exports.readRefusals = readRefusals;
