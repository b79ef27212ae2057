// A clean install and a quiet start: the dependency tree has no peer conflict (React 18 is what
// Web Chat's own react-redux accepts), and the server starts without a warning from Node (restify's
// optional SPDY support, with its deprecated process.binding, is replaced by vendor/spdy-not-used).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { startBotProcess } from '../support/botProcess';

jest.setTimeout(60_000);
const ROOT = path.resolve(__dirname, '../..');

test('the installed dependency tree is valid: no missing, invalid or conflicting peer dependency (npm ls)', async () => {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(npm, ['ls', '--all', '--json'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, timeout: 30_000 }, (_error, out, err) => resolve({ code: child.exitCode, stdout: out, stderr: err }));
  });
  expect(stderr).toBe('');
  expect(JSON.parse(stdout).problems ?? []).toEqual([]);
  expect(code).toBe(0);
});

test('the server starts without any warning from Node (no DEP0111 from restify)', async () => {
  const bot = await startBotProcess({ LOG_LEVEL: 'info' });
  await bot.stop();
  expect(bot.output()).toMatch(/mgi-bot listening/);
  expect(bot.output()).not.toMatch(/Warning|DEP0\d+/);
});

test('restify’s SPDY server option, unused by the bot, fails loudly instead of half-working', () => {
  const spdy = require(require.resolve('spdy', { paths: [path.join(ROOT, 'node_modules', 'restify')] })) as { createServer(): unknown };
  expect(() => spdy.createServer()).toThrow(/SPDY is not available in mgi-bot/);
});
