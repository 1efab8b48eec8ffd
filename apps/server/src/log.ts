import pino, { type DestinationStream } from 'pino';

/**
 * The structured logger. Redaction is a second line of defence: code logs ids and codes only, and
 * these paths are blanked should personal data ever slip into a log call.
 */
export const createLog = (level: string, destination?: DestinationStream) =>
  pino(
    {
    level,
    base: { service: 'driehoek' },
    redact: { paths: ['email', 'name', 'password', 'token', 'phone', 'input', '*.email', '*.password', '*.token'], censor: '[redacted]' },
    },
    destination,
  );
