// Runs on the server. Serving the public GETs' answers through the view cache, compressed ones
// included: browsers always ask for br or gzip, and compressing a 37 KB page costs several times
// what serving it does, so each answer is compressed once per encoding and kept beside the plain
// one (same host, same end). The scope's compression hook leaves a body that already has a
// Content-Encoding alone; answers it would not compress (under its 1 KB threshold, or for clients
// that take neither br nor gzip) go out plain and are its business, as before.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyReply } from 'fastify';
import type { CachedAnswer, PublicViewCache } from './public-view-cache.ts';

export type CachedEncoding = 'br' | 'gzip';

/** @fastify/compress's threshold in the public scope: smaller bodies are sent as they are. */
const COMPRESS_THRESHOLD = 1024;

/** br when the client takes it, else gzip, else null (RFC 9110 Accept-Encoding, q=0 refuses). */
export function preferredEncoding(acceptEncoding: string | string[] | undefined): CachedEncoding | null {
  if (typeof acceptEncoding !== 'string' || acceptEncoding === '') return null;
  const quality = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    quality.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const accepts = (name: string) => (quality.get(name) ?? quality.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return null;
}

function encode(body: Buffer, encoding: CachedEncoding): Buffer {
  // The same settings as the compression hook's (brotli quality 4, gzip's default level).
  if (encoding === 'br') return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  return gzipSync(body);
}

export interface AnswerBytes {
  body: Buffer;
  /** null: the plain body. */
  encoding: CachedEncoding | null;
}

function variantKey(key: string, encoding: CachedEncoding): string {
  return `${key}:${encoding}`;
}

/** The bytes for this client from the kept plain answer (compressed now, and kept, if need be). */
function bytesFor(views: PublicViewCache, key: string, plain: CachedAnswer, encoding: CachedEncoding | null, now: number): AnswerBytes {
  if (encoding === null || plain.body.length < COMPRESS_THRESHOLD) return { body: plain.body, encoding: null };
  // Compressing is synchronous: no commit can come between reading `plain` and keeping its variant.
  const body = encode(plain.body, encoding);
  views.put(variantKey(key, encoding), { ...plain, body }, views.ticket(), now);
  return { body, encoding };
}

/** A kept answer in the client's encoding, or undefined. */
export function lookUpAnswer(views: PublicViewCache, key: string, acceptEncoding: string | string[] | undefined, now: number): AnswerBytes | undefined {
  if (!views.enabled) return undefined;
  const encoding = preferredEncoding(acceptEncoding);
  const variant = encoding === null ? undefined : views.get(variantKey(key, encoding), now);
  if (variant && encoding !== null) return { body: variant.body, encoding };
  const plain = views.get(key, now);
  return plain ? bytesFor(views, key, plain, encoding, now) : undefined;
}

/** Keeps a freshly built answer (refused if a commit overtook it) and returns the client's bytes. */
export function keepAnswer(views: PublicViewCache, key: string, answer: CachedAnswer, ticket: number, now: number, acceptEncoding: string | string[] | undefined): AnswerBytes {
  // Not kept (cache off, raced, too big): the compression hook compresses per request, as before.
  if (!views.put(key, answer, ticket, now)) return { body: answer.body, encoding: null };
  return bytesFor(views, key, answer, preferredEncoding(acceptEncoding), now);
}

/** Marks a compressed body as such; the caller sends it. */
export function withEncoding(reply: FastifyReply, bytes: AnswerBytes): FastifyReply {
  if (bytes.encoding !== null) reply.header('content-encoding', bytes.encoding).header('vary', 'accept-encoding');
  return reply;
}
