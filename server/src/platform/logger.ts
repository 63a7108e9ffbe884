import { pino, type Logger, type LoggerOptions } from 'pino';

export type { Logger } from 'pino';

/**
 * Fields that may carry personal data. They are censored wherever they appear in a log
 * line (one or two levels deep), so a careless `logger.info({ employee })` leaks nothing.
 */
const personalFields = [
  'email',
  'workEmail',
  'personalEmail',
  'firstName',
  'lastName',
  'displayName',
  'phone',
  'address',
  'birthDate',
  'nationalId',
  'bankAccount',
  'iban',
  'salary',
  'password',
  'token',
  'samlResponse',
  'SAMLResponse',
];

export const redactPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-xsrf-token"]',
  'res.headers["set-cookie"]',
  ...personalFields.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]),
];

export function createLogger(options: { level: LoggerOptions['level']; destination?: pino.DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      base: { service: 'portico' },
      redact: { paths: redactPaths, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination,
  );
}
