// The guard preloaded into the Agents Playground (tests/support/playground-preload.cjs), checked in
// a plain node process: listeners end up on 127.0.0.1, and anything not loopback is refused
// before a connection or DNS query is made.
import { execFile } from 'node:child_process';
import { PLAYGROUND_PRELOAD } from '../support/playground';

const SCRIPT = String.raw`
const http = require('node:http'), net = require('node:net'), dns = require('node:dns');
const listen = (server, ...args) => new Promise((resolve) => server.listen(...args, () => resolve(server.address().address)));
const connect = (...args) => new Promise((resolve) => {
  const socket = net.connect(...args);
  socket.once('connect', () => { socket.destroy(); resolve('connected'); });
  socket.once('error', (error) => resolve(error.code));
});
(async () => {
  const result = {};
  const server = http.createServer((req, res) => res.end('ok'));
  result.listenNoHost = await listen(server, 0);
  const port = server.address().port;
  result.listenAllInterfaces = await listen(net.createServer(), 0, '0.0.0.0');
  result.listenOptionsIPv6Any = await listen(net.createServer(), { port: 0, host: '::' });
  result.connectLoopback = await connect(port, '127.0.0.1');
  result.connectLocalhost = await connect({ port, host: 'localhost' });
  result.fetchLoopback = await fetch('http://127.0.0.1:' + port + '/').then((r) => r.text());
  result.connectMetadata = await connect(80, '169.254.169.254');
  result.connectPublicName = await connect({ port: 443, host: 'dc.services.visualstudio.com' });
  result.fetchPublic = await fetch('https://example.com/').then(() => 'answered', (e) => e.cause && e.cause.code);
  result.httpGetMetadata = await new Promise((resolve) => http.get('http://169.254.169.254/metadata', () => resolve('answered')).on('error', (e) => resolve(e.code)));
  result.lookupPublic = await new Promise((resolve) => dns.lookup('example.com', (e) => resolve(e ? e.code : 'resolved')));
  result.lookupLocalhost = await new Promise((resolve) => dns.lookup('localhost', (e) => resolve(e ? e.code : 'resolved')));
  result.promisesLookupPublic = await dns.promises.lookup('example.com').then(() => 'resolved', (e) => e.code);
  result.resolve4Public = await dns.promises.resolve4('example.com').then(() => 'resolved', (e) => e.code);
  process.stdout.write(JSON.stringify(result));
  process.exit(0);
})();
`;

function run(): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-r', PLAYGROUND_PRELOAD, '-e', SCRIPT], { timeout: 15_000 }, (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve({ stdout, stderr })));
  });
}

test('the Playground preload keeps a node process on loopback', async () => {
  const { stdout, stderr } = await run();
  expect(JSON.parse(stdout)).toEqual({
    listenNoHost: '127.0.0.1',
    listenAllInterfaces: '127.0.0.1',
    listenOptionsIPv6Any: '127.0.0.1',
    connectLoopback: 'connected',
    connectLocalhost: 'connected',
    fetchLoopback: 'ok',
    connectMetadata: 'ECONNREFUSED',
    connectPublicName: 'ECONNREFUSED',
    fetchPublic: 'ECONNREFUSED',
    httpGetMetadata: 'ECONNREFUSED',
    lookupPublic: 'ENOTFOUND',
    lookupLocalhost: 'resolved',
    promisesLookupPublic: 'ENOTFOUND',
    resolve4Public: 'ENOTFOUND',
  });
  const refused = stderr.split('\n').filter((line) => line.startsWith('[playground-preload] refused'));
  expect(refused).toEqual([
    '[playground-preload] refused connect 169.254.169.254:80',
    '[playground-preload] refused connect dc.services.visualstudio.com:443',
    '[playground-preload] refused connect example.com:443',
    '[playground-preload] refused connect 169.254.169.254:80',
    '[playground-preload] refused dns.lookup example.com',
    '[playground-preload] refused dns.promises.lookup example.com',
    '[playground-preload] refused dns.promises.resolve4 example.com',
  ]);
});
