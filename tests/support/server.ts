// Starts the real server (src/server/main.ts) on a free loopback port, quietly.
import { start } from '../../src/server/main';
import { freePort } from './channel';

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  return start({ PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env });
}
