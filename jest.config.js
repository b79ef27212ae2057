// Every process of the run (jest, its workers, every server or tool a test spawns) runs under the
// network guard: a connection or DNS look-up off this machine is refused and fails the run.
const { guardTestRun } = require('./tests/support/networkGuardRun.cjs');

/** @type {import('jest').Config} */
module.exports = guardTestRun({
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  testTimeout: 20000,
});
