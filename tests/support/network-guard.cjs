// The network guard: preloaded (`node --require` / NODE_OPTIONS) into every Node process of the
// test run — jest itself, its workers, and every server or tool the tests spawn — so that nothing
// a test does can reach a host that is not this machine:
//  (a) every outbound TCP connection that is not to loopback (127.0.0.0/8, ::1, localhost) is
//      refused: the socket is destroyed with an ECONNREFUSED error before any packet is sent;
//  (b) DNS look-ups and queries of anything but localhost are refused (ENOTFOUND);
//  (c) UDP datagrams to anything but loopback are dropped with an error.
// Each refusal is written to stderr as one line `[network-guard] refused <what> <host[:port]>`,
// and, when MGI_NETWORK_GUARD_LOG names a file, appended to it as one JSON line, so that the run
// can fail afterwards naming every host (see tests/support/networkGuardTeardown.cjs).
'use strict';

const GUARD = Symbol.for('mgi-bot.network-guard');
if (globalThis[GUARD]) return;
globalThis[GUARD] = true;

const fs = require('node:fs');
const net = require('node:net');
const dns = require('node:dns');
const dgram = require('node:dgram');

const PREFIX = '[network-guard]';

/** Writes the refusal to stderr and to the run's log; never throws. */
function report(what, where) {
  try {
    process.stderr.write(`${PREFIX} refused ${what} ${where}\n`);
  } catch {
    // stderr closed: the log below still has it.
  }
  const file = process.env.MGI_NETWORK_GUARD_LOG;
  if (!file) return;
  try {
    const entry = { what, where, pid: process.pid, command: process.argv.slice(1, 3).join(' '), at: new Date().toISOString() };
    fs.appendFileSync(file, `${JSON.stringify(entry)}\n`);
  } catch {
    // An unwritable log must not break the process under test; stderr has the line.
  }
}

/** Literal loopback addresses and the name localhost (resolved from /etc/hosts). */
function isLoopback(host) {
  if (host === undefined || host === null || host === '') return true; // Node's default host is localhost.
  let h = String(host).toLowerCase();
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  if (h.endsWith('.')) h = h.slice(0, -1);
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  const v4 = h.startsWith('::ffff:') ? h.slice('::ffff:'.length) : h;
  return net.isIPv4(v4) && v4.split('.')[0] === '127';
}

function refusal(syscall, host, port) {
  const where = port === undefined ? String(host) : `${host}:${port}`;
  const error = new Error(`${syscall} ${where} refused by the network guard: only loopback is allowed in the test run`);
  error.code = 'ECONNREFUSED';
  error.errno = -111;
  error.syscall = syscall;
  error.address = String(host);
  if (port !== undefined) error.port = port;
  return error;
}

// (a) outbound TCP to loopback only.
const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connectToLoopbackOnly(...args) {
  // Node passes pre-normalised [options, cb] arrays internally (net.connect -> socket.connect).
  const normalised = Array.isArray(args[0]) ? args[0] : args;
  const [first] = normalised;
  let host;
  let port;
  let path;
  if (first !== null && typeof first === 'object') {
    ({ host, port, path } = first);
  } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    port = first;
    host = typeof normalised[1] === 'string' ? normalised[1] : undefined;
  } else if (typeof first === 'string') {
    path = first; // unix socket / pipe
  }
  if (path !== undefined && path !== null) return originalConnect.apply(this, args);
  if (isLoopback(host)) return originalConnect.apply(this, args);
  report('connect', `${host}:${port}`);
  const error = refusal('connect', host, port);
  // The connect listener never runs: the socket is destroyed with the error instead.
  process.nextTick(() => this.destroy(error));
  return this;
};

// (b) DNS: localhost only.
function refusedLookup(original, name) {
  return function lookupLocalhostOnly(hostname, ...rest) {
    if (isLoopback(hostname)) return original.call(this, hostname, ...rest);
    report(name, String(hostname));
    const callback = rest.find((a) => typeof a === 'function');
    const error = refusal('getaddrinfo', hostname);
    error.code = 'ENOTFOUND';
    error.errno = -3008;
    error.hostname = String(hostname);
    if (callback) process.nextTick(() => callback(error));
    return {};
  };
}

function refusedPromise(original, name) {
  return function lookupLocalhostOnly(hostname, ...rest) {
    if (isLoopback(hostname)) return original.call(this, hostname, ...rest);
    report(name, String(hostname));
    const error = refusal('getaddrinfo', hostname);
    error.code = 'ENOTFOUND';
    error.hostname = String(hostname);
    return Promise.reject(error);
  };
}

const RESOLVE_METHODS = ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse'];

dns.lookup = refusedLookup(dns.lookup, 'dns.lookup');
for (const method of RESOLVE_METHODS) {
  if (typeof dns[method] === 'function') dns[method] = refusedLookup(dns[method], `dns.${method}`);
  if (dns.Resolver && typeof dns.Resolver.prototype[method] === 'function') dns.Resolver.prototype[method] = refusedLookup(dns.Resolver.prototype[method], `dns.Resolver.${method}`);
}
const dnsPromises = dns.promises;
dnsPromises.lookup = refusedPromise(dnsPromises.lookup, 'dns.promises.lookup');
for (const method of RESOLVE_METHODS) {
  if (typeof dnsPromises[method] === 'function') dnsPromises[method] = refusedPromise(dnsPromises[method], `dns.promises.${method}`);
  if (dnsPromises.Resolver && typeof dnsPromises.Resolver.prototype[method] === 'function') dnsPromises.Resolver.prototype[method] = refusedPromise(dnsPromises.Resolver.prototype[method], `dns.promises.Resolver.${method}`);
}

// (c) UDP: loopback only.
const originalSend = dgram.Socket.prototype.send;
dgram.Socket.prototype.send = function sendToLoopbackOnly(...args) {
  // send(msg[, offset, length], port[, address][, callback])
  const numbers = args.slice(1).filter((a) => typeof a === 'number');
  const port = numbers[numbers.length - 1];
  const address = args.slice(1).find((a) => typeof a === 'string');
  if (address === undefined || isLoopback(address)) return originalSend.apply(this, args);
  report('udp', `${address}:${port}`);
  const callback = args.find((a) => typeof a === 'function');
  if (callback) process.nextTick(() => callback(refusal('send', address, port)));
  return undefined;
};
const originalUdpConnect = dgram.Socket.prototype.connect;
dgram.Socket.prototype.connect = function udpConnectLoopbackOnly(port, address, callback) {
  if (typeof address !== 'string' || isLoopback(address)) return originalUdpConnect.apply(this, arguments);
  report('udp connect', `${address}:${port}`);
  const error = refusal('connect', address, port);
  process.nextTick(() => (typeof callback === 'function' ? callback(error) : this.emit('error', error)));
  return undefined;
};

module.exports = { isLoopback };
