// The response the Bot Framework adapter writes to. The adapter answers a failure with a 500
// whose body is the raw error message (a URL, a stack line); users and channels get a short
// reference instead, and the message goes to the log under it.
import type { Response as BotFrameworkResponse } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import type { Response } from 'restify';
import type { Logger } from './logger';

export function guardedResponse(res: Response, logger: Logger): BotFrameworkResponse {
  let status = 200;
  let sent = false;
  const fail = (detail: unknown): void => {
    const reference = randomUUID().slice(0, 8);
    logger.error({ event: 'adapter-error', reference, status, detail: String(detail).slice(0, 500) }, 'the adapter failed a request');
    res.send({ error: status === 401 ? 'unauthorized' : 'internal_error', reference });
  };
  return {
    socket: res.socket,
    header: (name: string, value: unknown) => res.header(name, value),
    status(code: number) {
      status = code;
      return res.status(code);
    },
    send(body: unknown) {
      sent = true;
      if (status >= 500) return fail(body);
      if (status === 401) return res.send({ error: 'unauthorized', message: 'A valid Bot Framework token is required.' });
      return res.send(body);
    },
    end() {
      if (!sent && status >= 500) fail('no detail');
      return res.end();
    },
  };
}
