// Preloaded into the Microsoft 365 Agents Playground process (`node -r` / NODE_OPTIONS --require)
// to keep it on loopback: the network guard (network-guard.cjs: outbound connections, DNS and UDP
// to loopback only), and every net.Server listening on 127.0.0.1 (the Playground listens on all
// interfaces otherwise).
'use strict';

const GUARD = Symbol.for('mgi-bot.playground-preload');
if (globalThis[GUARD]) return;
globalThis[GUARD] = true;

require('./network-guard.cjs');
const net = require('node:net');

const LOOPBACK_HOST = '127.0.0.1';

function log(message) {
  try {
    process.stderr.write(`[playground-preload] ${message}\n`);
  } catch {
    // stderr closed: nothing to report to.
  }
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
