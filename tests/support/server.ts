// Starts the real server (src/server/main.ts) on a free loopback port, quietly.
import type { DestinationStream } from 'pino';
import { start } from '../../src/server/main';
import { freePort } from './channel';

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function startServer(env: Record<string, string> = {}, logDestination?: DestinationStream): Promise<RunningServer> {
  const port = await freePort();
  // Suites fire many requests from one client; rate limits are off unless a test sets them.
  const defaults = { PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: logDestination ? 'info' : 'silent', RATE_LIMIT_CLIENT_PER_MINUTE: '0', RATE_LIMIT_CONVERSATION_PER_MINUTE: '0' };
  return start({ ...defaults, ...env }, { logDestination });
}
