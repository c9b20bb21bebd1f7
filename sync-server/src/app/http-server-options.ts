// Runs on the server. The Fastify and node:http options that bound what slow or many clients can
// hold: a deadline for the headers and one for the whole request (a body trickled a byte at a time
// is cut off with 408), an idle timeout, and how often node looks for requests past their deadline
// (its default, 30 s, would let a short deadline run far over). Pure, so the mapping is tested alone.
import type { ConnectionLimits } from '../config/load-config.ts';

export interface HttpServerOptions {
  requestTimeout: number;
  connectionTimeout: number;
  http: { headersTimeout: number; connectionsCheckingInterval: number };
}

/** Checks at a quarter of the shortest deadline, between 250 ms and 5 s: a deadline overruns by at most that. */
export function httpServerOptions(limits: ConnectionLimits): HttpServerOptions {
  const shortest = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs);
  return {
    requestTimeout: limits.requestTimeoutMs,
    connectionTimeout: limits.idleTimeoutMs,
    http: {
      headersTimeout: limits.headersTimeoutMs,
      connectionsCheckingInterval: Math.min(5000, Math.max(250, Math.floor(shortest / 4))),
    },
  };
}
