// Starts the real server (src/server/main.ts) on a free loopback port, quietly.
import type { DestinationStream } from 'pino';
import { start } from '../../src/server/main';
import { freePort, startChannel, type Channel } from './channel';

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

export interface ServerAndChannel {
  readonly server: RunningServer;
  readonly channel: Channel;
}

/**
 * A server and a channel (its serviceUrl) for the tests of a describe block or file: started in
 * beforeAll, stopped in afterAll. Read them inside tests, once started.
 */
export function useServerAndChannel(env: Record<string, string> = {}): ServerAndChannel {
  let server: RunningServer | undefined;
  let channel: Channel | undefined;
  beforeAll(async () => {
    channel = await startChannel();
    server = await startServer(env);
  });
  afterAll(async () => {
    await server?.close();
    await channel?.close();
  });
  const started = <T>(value: T | undefined, name: string): T => {
    if (!value) throw new Error(`${name} is not started yet: use it inside a test`);
    return value;
  };
  return {
    get server() {
      return started(server, 'server');
    },
    get channel() {
      return started(channel, 'channel');
    },
  };
}
