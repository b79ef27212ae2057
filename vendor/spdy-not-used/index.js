'use strict';
// See package.json: restify requires spdy at load time; mgi-bot never creates a SPDY server.
function notAvailable() {
  throw new Error('SPDY is not available in mgi-bot: restify\'s `spdy` option is not supported (use a reverse proxy for HTTP/2).');
}
module.exports = { createServer: notAvailable, Server: notAvailable, Agent: notAvailable, createAgent: notAvailable };
