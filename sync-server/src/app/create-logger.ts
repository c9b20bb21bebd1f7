// Runs on the server. The structured (pino) logger: JSON lines, with secrets kept out. Request
// logs carry method, the URL redacted from its route's parameters (redact-url.ts) and client
// address, never headers; anything logged under a secret-looking key is censored.
import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import type { LogLevel } from '../config/load-config.ts';
import { redactUrl, type MatchedRoute } from './redact-url.ts';

interface LoggedRequest {
  method: string;
  url: string;
  ip?: string;
  socket?: { remoteAddress?: string };
  /** Fastify's request: the route it took and the router's (decoded) parameters. */
  routeOptions?: { url?: string };
  params?: unknown;
}

/** The matched route of a Fastify request, when the router found one (see redact-url.ts). */
function routeOf(request: LoggedRequest): MatchedRoute | undefined {
  const pattern = request.routeOptions?.url;
  if (typeof pattern !== 'string' || pattern === '') return undefined;
  const params = typeof request.params === 'object' && request.params !== null ? (request.params as Record<string, unknown>) : {};
  return { pattern, params };
}

export const LOGGER_REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'authorization',
  'token',
  'tokenHash',
  'manageToken',
  '*.token',
  '*.tokenHash',
  '*.manageToken',
  '*.authorization',
];

export function loggerOptions(level: LogLevel): LoggerOptions {
  return {
    level,
    redact: { paths: LOGGER_REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      req: (request: LoggedRequest) => ({
        method: request.method,
        url: redactUrl(request.url, routeOf(request)),
        remoteAddress: request.ip ?? request.socket?.remoteAddress,
      }),
    },
  };
}

export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return destination ? pino(loggerOptions(level), destination) : pino(loggerOptions(level));
}
