// A minimal load balancer for tests: a node:http reverse proxy on loopback that sends each request
// to the next upstream in turn, skipping an upstream that refuses the connection (a dead instance).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RoundRobinProxy {
  readonly url: string;
  /** Requests answered by each upstream, in the order of the upstreams given. */
  readonly upstreamHits: readonly number[];
  /** Connections each upstream refused (the request then went to the next one). */
  readonly upstreamRefusals: readonly number[];
  /** Index of the upstream that answered each request, in order of arrival. */
  readonly served: readonly number[];
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
/** An upstream that accepts but never answers must not hang a test. */
const UPSTREAM_TIMEOUT_MS = 30_000;
/** Per-connection headers (RFC 9110 §7.6.1) are not forwarded; the length is set from the body. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'proxy-authorization', 'proxy-authenticate', 'host', 'content-length']);

const forwardable = (headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase())));

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startRoundRobinProxy(upstreams: readonly string[]): Promise<RoundRobinProxy> {
  if (upstreams.length === 0) throw new Error('startRoundRobinProxy needs at least one upstream');
  const targets = upstreams.map((u) => new URL(u));
  const upstreamHits = upstreams.map(() => 0);
  const upstreamRefusals = upstreams.map(() => 0);
  const served: number[] = [];
  let cursor = 0;

  /**
   * Sends the request to one upstream. Resolves 'refused' when the connection was never made, the
   * only case in which another upstream may safely get the same request: once an upstream has the
   * request it may have acted on it, so any later failure is answered 502 rather than retried.
   */
  const forward = (index: number, req: http.IncomingMessage, body: Buffer, res: http.ServerResponse): Promise<'done' | 'refused'> =>
    new Promise((resolve) => {
      const target = targets[index]!;
      const upstream = http.request(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers: { ...forwardable(req.headers), host: target.host, 'content-length': String(body.length) },
          // A fresh connection per request: a pooled socket to a killed instance would fail with a
          // reset (ambiguous) instead of a refusal (certain).
          agent: false,
          timeout: UPSTREAM_TIMEOUT_MS,
        },
        (response) => {
          upstreamHits[index]!++;
          served.push(index);
          res.writeHead(response.statusCode ?? 502, forwardable(response.headers));
          response.pipe(res);
          response.on('end', () => resolve('done'));
          response.on('error', () => {
            res.destroy();
            resolve('done');
          });
        },
      );
      upstream.on('timeout', () => upstream.destroy(new Error(`upstream ${target.host} did not answer within ${UPSTREAM_TIMEOUT_MS} ms`)));
      upstream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'ECONNREFUSED') {
          upstreamRefusals[index]!++;
          return resolve('refused');
        }
        if (!res.headersSent) {
          res.writeHead(502, { 'content-type': 'text/plain' });
          res.end(`upstream ${target.host} failed: ${error.message}`);
        } else {
          res.destroy();
        }
        resolve('done');
      });
      upstream.end(body);
    });

  const server = http.createServer(async (req, res) => {
    let body: Buffer;
    try {
      body = await readBody(req);
    } catch {
      res.destroy();
      return;
    }
    for (let tried = 0; tried < targets.length; tried++) {
      const index = cursor++ % targets.length;
      if ((await forward(index, req, body, res)) === 'done') return;
    }
    res.writeHead(502, { 'content-type': 'text/plain' });
    res.end('every upstream refused the connection');
  });
  await new Promise<void>((resolve) => server.listen(0, HOST, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${HOST}:${port}`,
    upstreamHits,
    upstreamRefusals,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
