// The preload of the Agents Playground (tests/support/playground-preload.cjs), checked in a plain
// node process: listeners end up on 127.0.0.1, and the network guard is part of it.
import { execFile } from 'node:child_process';
import { readRefusals } from '../support/networkGuardTeardown.cjs';
import { PLAYGROUND_PRELOAD } from '../support/playground';
import { privateGuardLog } from '../support/privateGuardLog';

const SCRIPT = String.raw`
const http = require('node:http'), net = require('node:net');
const listen = (server, ...args) => new Promise((resolve) => server.listen(...args, () => resolve(server.address().address)));
(async () => {
  const result = {};
  result.listenNoHost = await listen(http.createServer(), 0);
  result.listenAllInterfaces = await listen(net.createServer(), 0, '0.0.0.0');
  result.listenOptionsIPv6Any = await listen(net.createServer(), { port: 0, host: '::' });
  result.connectMetadata = await new Promise((resolve) => net.connect(80, '169.254.169.254').once('error', (e) => resolve(e.code)).once('connect', () => resolve('connected')));
  process.stdout.write(JSON.stringify(result));
  process.exit(0);
})();
`;

test('the Playground preload keeps a node process listening on loopback, under the network guard', async () => {
  const { env, log } = privateGuardLog();
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(process.execPath, ['-r', PLAYGROUND_PRELOAD, '-e', SCRIPT], { env, timeout: 15_000 }, (error, out, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(out)));
  });
  expect(JSON.parse(stdout)).toEqual({ listenNoHost: '127.0.0.1', listenAllInterfaces: '127.0.0.1', listenOptionsIPv6Any: '127.0.0.1', connectMetadata: 'ECONNREFUSED' });
  expect(readRefusals(log).map((r) => `${r.what} ${r.where}`)).toEqual(['connect 169.254.169.254:80']);
});
