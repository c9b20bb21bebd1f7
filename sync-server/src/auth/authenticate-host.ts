// Runs on the server. The bearer-token check in front of every host endpoint: no valid token,
// 401 `{error: 'unauthorized'}` and nothing else (the same answer for missing, malformed, wrong
// and revoked tokens, so the answer reveals nothing).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Host, Store } from '../store/store.ts';
import { hashesEqual, hashToken } from './hash-token.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The host whose token authenticated this request (host endpoints only). */
    authenticatedHost: Host | null;
  }
}

/** Longest token we bother hashing; real ones are 43 characters. */
const MAX_TOKEN_LENGTH = 256;
const BEARER = /^Bearer ([A-Za-z0-9_-]{1,256})$/;

export function readBearerToken(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string' || header.length > MAX_TOKEN_LENGTH + 7) return null;
  return BEARER.exec(header.trim())?.[1] ?? null;
}

export async function findHostByToken(store: Store, token: string): Promise<Host | null> {
  const hash = hashToken(token);
  const found = await store.findHostByTokenHash(hash);
  if (!found || !hashesEqual(found.tokenHash, hash)) return null;
  const { tokenHash: _hidden, ...host } = found;
  return host;
}

/** An onRequest hook: runs before the body is read, so unauthenticated bodies are never parsed. */
export function authenticateHost(store: Store) {
  return async function checkBearerToken(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const token = readBearerToken(request.headers.authorization);
    const host = token ? await findHostByToken(store, token) : null;
    if (!host) {
      await reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'unauthorized' });
      return;
    }
    request.authenticatedHost = host;
  };
}

/** The authenticated host of a request that passed `authenticateHost`. */
export function requireHost(request: FastifyRequest): Host {
  if (!request.authenticatedHost) throw new Error('route is missing the authenticateHost hook');
  return request.authenticatedHost;
}
