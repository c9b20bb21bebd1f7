// Runs on the server. One shape for every error answer: `{error: code, ...}`. Client mistakes
// (broken JSON, wrong content type, too large) get a 4xx naming what is wrong; anything else is
// logged and answered with a bare 500, never a stack trace or internal message. A database that
// cannot be reached is not a bug: 503 `{error: 'database_unavailable'}` with Retry-After.
import type { FastifyError, FastifyInstance } from 'fastify';
import { isDatabaseUnavailable } from './is-database-unavailable.ts';

/** Seconds a client should wait before retrying while the database is away. */
const UNAVAILABLE_RETRY_AFTER_SECONDS = 2;

interface ValidationIssue {
  instancePath?: string;
  params?: Record<string, unknown>;
  message?: string;
}

function fieldsOf(error: FastifyError): { field: string; message: string }[] {
  const issues = (error.validation ?? []) as ValidationIssue[];
  const where = error.validationContext ?? 'body';
  if (issues.length === 0) return [{ field: where, message: error.message }];
  return issues.map((issue) => {
    const missing = typeof issue.params?.['missingProperty'] === 'string' ? `/${issue.params['missingProperty']}` : '';
    const path = `${issue.instancePath ?? ''}${missing}`.split('/').filter(Boolean).join('.');
    return { field: path ? `${where}.${path}` : where, message: issue.message ?? 'is invalid' };
  });
}

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      return reply.code(503).header('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS)).send({ error: 'database_unavailable' });
    }
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.code(500).send({ error: 'internal_error' });
    }
    if (status === 413) return reply.code(413).send({ error: 'payload_too_large' });
    if (status === 415) return reply.code(415).send({ error: 'unsupported_media_type', message: 'send application/json' });
    if (status === 429) return reply.code(429).send({ error: 'rate_limited' });
    if (status === 401) return reply.code(401).send({ error: 'unauthorized' });
    if (status === 404) return reply.code(404).send({ error: 'not_found' });
    return reply.code(status).send({ error: 'invalid_input', fields: fieldsOf(error) });
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'not_found' }));
}
