// The network guard (tests/support/network-guard.cjs) that every process of `npm test` runs under:
// nothing a test does reaches a host off this machine, and a run that tries fails, naming the host.
import { execFile, execFileSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { GUARD, guardEnvironment } from '../support/networkGuardRun.cjs';
import { readRefusals } from '../support/networkGuardTeardown.cjs';
import { privateGuardLog } from '../support/privateGuardLog';

jest.setTimeout(60_000);

const ATTEMPTS = String.raw`
const http = require('node:http'), net = require('node:net'), dns = require('node:dns'), dgram = require('node:dgram');
const connect = (...args) => new Promise((resolve) => {
  const socket = net.connect(...args);
  socket.once('connect', () => { socket.destroy(); resolve('connected'); });
  socket.once('error', (error) => resolve(error.code));
});
(async () => {
  const result = {};
  const server = http.createServer((req, res) => res.end('ok'));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  result.connectLoopback = await connect(port, '127.0.0.1');
  result.connectLocalhost = await connect({ port, host: 'localhost' });
  result.fetchLoopback = await fetch('http://127.0.0.1:' + port + '/').then((r) => r.text());
  result.connectMetadata = await connect(80, '169.254.169.254');
  result.connectPrivate = await connect(443, '10.0.0.1');
  result.connectPublicName = await connect({ port: 443, host: 'login.microsoftonline.com' });
  result.fetchPublic = await fetch('https://example.com/').then(() => 'answered', (e) => e.cause && e.cause.code);
  result.httpGetMetadata = await new Promise((resolve) => http.get('http://169.254.169.254/metadata', () => resolve('answered')).on('error', (e) => resolve(e.code)));
  result.lookupPublic = await new Promise((resolve) => dns.lookup('example.com', (e) => resolve(e ? e.code : 'resolved')));
  result.lookupLocalhost = await new Promise((resolve) => dns.lookup('localhost', (e) => resolve(e ? e.code : 'resolved')));
  result.promisesLookupPublic = await dns.promises.lookup('example.com').then(() => 'resolved', (e) => e.code);
  result.resolve4Public = await dns.promises.resolve4('example.com').then(() => 'resolved', (e) => e.code);
  result.udpPublic = await new Promise((resolve) => dgram.createSocket('udp4').send('x', 53, '8.8.8.8', (e) => resolve(e ? e.code : 'sent')));
  process.stdout.write(JSON.stringify(result));
  process.exit(0);
})();
`;

describe('A process under the network guard', () => {
  test('reaches loopback, and is refused every connection, DNS look-up and datagram elsewhere, each named in the run log', async () => {
    const { env, log } = privateGuardLog();
    const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) =>
      execFile(process.execPath, ['--require', GUARD, '-e', ATTEMPTS], { env, timeout: 15_000 }, (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve({ stdout: out, stderr: err }))),
    );
    expect(JSON.parse(stdout)).toEqual({
      connectLoopback: 'connected',
      connectLocalhost: 'connected',
      fetchLoopback: 'ok',
      connectMetadata: 'ECONNREFUSED',
      connectPrivate: 'ECONNREFUSED',
      connectPublicName: 'ECONNREFUSED',
      fetchPublic: 'ECONNREFUSED',
      httpGetMetadata: 'ECONNREFUSED',
      lookupPublic: 'ENOTFOUND',
      lookupLocalhost: 'resolved',
      promisesLookupPublic: 'ENOTFOUND',
      resolve4Public: 'ENOTFOUND',
      udpPublic: 'ECONNREFUSED',
    });
    const refused = readRefusals(log).map((r) => `${r.what} ${r.where}`);
    expect(refused).toEqual([
      'connect 169.254.169.254:80',
      'connect 10.0.0.1:443',
      'connect login.microsoftonline.com:443',
      'connect example.com:443',
      'connect 169.254.169.254:80',
      'dns.lookup example.com',
      'dns.promises.lookup example.com',
      'dns.promises.resolve4 example.com',
      'udp 8.8.8.8:53',
    ]);
    expect(stderr).toContain('[network-guard] refused connect login.microsoftonline.com:443');
  });
});

describe('A test run under the guard', () => {
  test('fails when a test tries to leave the machine, naming each host, including one a spawned process tried', () => {
    const { env } = privateGuardLog();
    const jest = path.resolve(__dirname, '../../node_modules/jest/bin/jest.js');
    const config = path.join(__dirname, 'fixtures', 'leaking-run', 'jest.config.js');
    let status = 0;
    let output = '';
    try {
      output = execFileSync(process.execPath, [jest, '--config', config, '--ci'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 50_000 });
    } catch (error) {
      const failed = error as { status: number; stdout: string; stderr: string };
      status = failed.status;
      output = `${failed.stdout}${failed.stderr}`;
    }
    expect(output).toMatch(/Tests:\s+1 passed/); // the test itself passes: the guard is what fails the run
    expect(status).not.toBe(0);
    expect(output).toMatch(/Network guard: 2 attempt\(s\)/);
    expect(output).toContain('connect example.com:443');
    expect(output).toContain('connect login.microsoftonline.com:443');
  });

  test('covers this jest worker and the processes tests spawn, with the environment they inherit or are given', () => {
    // A jest test runs in a sandbox of its own; the worker's core modules are the ones guarded.
    expect(net.Socket.prototype.connect.name).toBe('connectToLoopbackOnly');
    const probe = ['-e', "process.stdout.write(String(globalThis[Symbol.for('mgi-bot.network-guard')] === true))"];
    expect(execFileSync(process.execPath, probe, { encoding: 'utf8' })).toBe('true');
    // What tests/support/botProcess.ts gives a bot process: a minimal environment plus the guard.
    expect(execFileSync(process.execPath, probe, { encoding: 'utf8', env: { PATH: process.env.PATH, ...guardEnvironment() } })).toBe('true');
  });
});
