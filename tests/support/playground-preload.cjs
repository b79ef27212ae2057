// Preloaded into the Microsoft 365 Agents Playground process (`node -r` / NODE_OPTIONS --require)
// to keep it on loopback:
//  (a) every net.Server listens on 127.0.0.1 (the Playground listens on all interfaces otherwise);
//  (b) every outbound TCP connection that is not to loopback is refused: the socket emits an
//      ECONNREFUSED error instead of connecting (the Playground probes the cloud metadata address
//      169.254.169.254 and sends Application Insights telemetry even with --disable-telemetry);
//  (c) DNS look-ups and queries of anything but localhost are refused;
//  (d) UDP datagrams to anything but loopback are dropped with an error.
// Each refusal is logged to stderr as one line starting with `[playground-preload] refused`, so a
// test can count them.
'use strict';

const GUARD = Symbol.for('mgi-bot.playground-preload');
if (globalThis[GUARD]) return;
globalThis[GUARD] = true;

const net = require('node:net');
const dns = require('node:dns');
const dgram = require('node:dgram');

const LOOPBACK_HOST = '127.0.0.1';
const PREFIX = '[playground-preload]';

function log(message) {
  try {
    process.stderr.write(`${PREFIX} ${message}\n`);
  } catch {
    // stderr closed: nothing to report to.
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
  const error = new Error(`${syscall} ${where} refused: only loopback is allowed in this test run`);
  error.code = 'ECONNREFUSED';
  error.errno = -111;
  error.syscall = syscall;
  error.address = String(host);
  if (port !== undefined) error.port = port;
  return error;
}

// (a) listen on loopback only.
const originalListen = net.Server.prototype.listen;
net.Server.prototype.listen = function listenOnLoopback(...args) {
  const [first] = args;
  if (first !== null && typeof first === 'object' && !Array.isArray(first)) {
    // listen(options[, cb]); leave handles (`_handle`/`fd`) and IPC paths alone.
    if (first.path === undefined && first._handle === undefined && first.fd === undefined && first.handle === undefined) {
      if (first.host !== undefined && first.host !== LOOPBACK_HOST) log(`listen host ${first.host} -> ${LOOPBACK_HOST}`);
      args[0] = { ...first, host: LOOPBACK_HOST, ipv6Only: false };
    }
  } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    // listen(port[, host][, backlog][, cb])
    if (typeof args[1] === 'string') {
      if (args[1] !== LOOPBACK_HOST) log(`listen host ${args[1]} -> ${LOOPBACK_HOST}`);
      args[1] = LOOPBACK_HOST;
    } else {
      args.splice(1, 0, LOOPBACK_HOST);
    }
  } else if (first === undefined || typeof first === 'function') {
    // listen([cb]): a random port on all interfaces by default.
    args.splice(0, 0, 0, LOOPBACK_HOST);
  }
  return originalListen.apply(this, args);
};

// (b) outbound TCP to loopback only.
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
  log(`refused connect ${host}:${port}`);
  const error = refusal('connect', host, port);
  // The connect listener never runs: the socket is destroyed with the error instead.
  process.nextTick(() => this.destroy(error));
  return this;
};

// (c) DNS: localhost only.
function refusedLookup(original, name) {
  return function lookupLocalhostOnly(hostname, ...rest) {
    if (isLoopback(hostname)) return original.call(this, hostname, ...rest);
    log(`refused ${name} ${hostname}`);
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
    log(`refused ${name} ${hostname}`);
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

// (d) UDP: loopback only.
const originalSend = dgram.Socket.prototype.send;
dgram.Socket.prototype.send = function sendToLoopbackOnly(...args) {
  // send(msg[, offset, length], port[, address][, callback])
  const numbers = args.slice(1).filter((a) => typeof a === 'number');
  const port = numbers[numbers.length - 1];
  const address = args.slice(1).find((a) => typeof a === 'string');
  if (address === undefined || isLoopback(address)) return originalSend.apply(this, args);
  log(`refused udp ${address}:${port}`);
  const callback = args.find((a) => typeof a === 'function');
  if (callback) process.nextTick(() => callback(refusal('send', address, port)));
  return undefined;
};
const originalUdpConnect = dgram.Socket.prototype.connect;
dgram.Socket.prototype.connect = function udpConnectLoopbackOnly(port, address, callback) {
  if (typeof address !== 'string' || isLoopback(address)) return originalUdpConnect.apply(this, arguments);
  log(`refused udp connect ${address}:${port}`);
  const error = refusal('connect', address, port);
  process.nextTick(() => (typeof callback === 'function' ? callback(error) : this.emit('error', error)));
  return undefined;
};
