// Graceful stop: on SIGTERM the server stops accepting requests, lets the turns in flight
// finish (up to a grace period), then closes. New requests meanwhile get a 503.
import type { Request, Response, Next, Server } from 'restify';
import type { Logger } from './logger';

export interface Drain {
  /** Stops accepting, waits for requests in flight (at most `graceMs`), closes the server. */
  drain(graceMs: number): Promise<{ unfinished: number }>;
  readonly inFlight: number;
}

export function trackInFlight(server: Server, logger: Logger): Drain {
  let inFlight = 0;
  let draining = false;
  server.pre((req: Request, res: Response, next: Next) => {
    if (draining) {
      res.header('Connection', 'close');
      res.status(503);
      res.json({ error: 'shutting_down', message: 'The server is restarting; try again in a moment.' });
      return next(false);
    }
    inFlight++;
    let done = false;
    const finish = (): void => {
      if (!done) {
        done = true;
        inFlight--;
      }
    };
    res.once('finish', finish);
    res.once('close', finish);
    void req;
    return next();
  });
  return {
    get inFlight() {
      return inFlight;
    },
    async drain(graceMs) {
      draining = true;
      logger.info({ event: 'draining', inFlight }, 'stopping: finishing the turns in flight');
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive connections would hold close() open; idle ones can go now.
      (server.server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      const deadline = Date.now() + graceMs;
      while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      (server.server as { closeAllConnections?: () => void }).closeAllConnections?.();
      await closed;
      return { unfinished: inFlight };
    },
  };
}
