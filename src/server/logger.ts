// Structured JSON logs (pino). One logger for the process; modules take it as a parameter.
import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      // Never log a credential, even by accident.
      redact: { paths: ['*.authorization', '*.Authorization', '*.password', '*.appPassword', '*.MicrosoftAppPassword', '*.secret'], censor: '[redacted]' },
    },
    destination,
  );
}
