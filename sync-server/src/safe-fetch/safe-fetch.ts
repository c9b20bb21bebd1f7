// Runs on the server. A fetch of a URL someone outside gave us (calendar feeds, webhooks): only
// http(s), only public addresses (unless allowPrivate), connected to the very address that was
// checked (no second DNS answer, no rebinding), a deadline for the whole exchange, a body limit
// enforced while streaming, and at most a few redirects, each checked the same way.
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { resolveAllowedAddress, resolveWithDns, type ResolveHost, type ResolvedAddress } from './resolve-allowed-address.ts';
import { SafeFetchError } from './safe-fetch-error.ts';

export interface SafeFetchOptions {
  /** ALLOW_PRIVATE_FETCH: loopback and private addresses are reachable (tests, closed networks). */
  allowPrivate: boolean;
  method?: 'GET' | 'POST';
  /** Passed as they are, e.g. If-None-Match / If-Modified-Since for a conditional GET. */
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** For the whole exchange, redirects and body included. */
  timeoutMs?: number;
  /** Bodies over this are refused (by Content-Length at once, otherwise as the bytes arrive). */
  maxBytes?: number;
  /** Redirects followed for GET; a POST's redirect is answered as it is (a webhook treats it as a failure). */
  maxRedirects?: number;
  resolve?: ResolveHost;
}

export interface SafeFetchResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** The URL that answered, after redirects. */
  url: string;
}

export const DEFAULT_FETCH_TIMEOUT_MS = 10_000;
export const DEFAULT_FETCH_MAX_BYTES = 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 3;

export async function safeFetch(url: string, options: SafeFetchOptions): Promise<SafeFetchResponse> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const deadline = AbortSignal.timeout(timeoutMs);
  let current = url;
  for (let redirects = 0; ; redirects += 1) {
    const target = parseTarget(current);
    const address = await raceDeadline(resolveAllowedAddress(target.hostname, options.allowPrivate, options.resolve ?? resolveWithDns), deadline, timeoutMs);
    const response = await requestOnce(target, address, options, deadline, timeoutMs);
    const location = response.headers.location;
    const isRedirect = [301, 302, 303, 307, 308].includes(response.status) && typeof location === 'string';
    if (!isRedirect || (options.method ?? 'GET') !== 'GET') return response;
    if (redirects >= maxRedirects) {
      throw new SafeFetchError('too_many_redirects', `refused: more than ${maxRedirects} redirects`);
    }
    current = new URL(location, target).toString();
  }
}

function parseTarget(raw: string): URL {
  let target: URL;
  try {
    target = new URL(raw);
  } catch {
    throw new SafeFetchError('invalid_url', `refused: "${raw.slice(0, 200)}" is not a URL`);
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new SafeFetchError('refused_scheme', `refused: only http and https URLs are fetched (got ${target.protocol})`);
  }
  return target;
}

function raceDeadline<T>(work: Promise<T>, deadline: AbortSignal, timeoutMs: number): Promise<T> {
  if (deadline.aborted) return Promise.reject(timeoutError(timeoutMs));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(timeoutError(timeoutMs));
    deadline.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => (deadline.removeEventListener('abort', onAbort), resolve(value)),
      (error: unknown) => (deadline.removeEventListener('abort', onAbort), reject(error)),
    );
  });
}

function timeoutError(timeoutMs: number): SafeFetchError {
  return new SafeFetchError('timeout', `timed out after ${Math.round(timeoutMs / 1000)} s`);
}

function requestOnce(target: URL, address: ResolvedAddress, options: SafeFetchOptions, deadline: AbortSignal, timeoutMs: number): Promise<SafeFetchResponse> {
  const maxBytes = options.maxBytes ?? DEFAULT_FETCH_MAX_BYTES;
  // The socket connects to the checked address whatever the name resolves to now; TLS still
  // verifies the certificate against the URL's host name (servername comes from `hostname`).
  const pinnedLookup: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, [address]);
    else callback(null, address.address, address.family);
  };
  const requester = target.protocol === 'https:' ? https : http;
  return new Promise<SafeFetchResponse>((resolve, reject) => {
    if (deadline.aborted) return reject(timeoutError(timeoutMs));
    let settled = false;
    const fail = (error: SafeFetchError) => {
      if (settled) return;
      settled = true;
      deadline.removeEventListener('abort', onAbort);
      request.destroy();
      reject(error);
    };
    const onAbort = () => fail(timeoutError(timeoutMs));
    const request = requester.request(
      target,
      {
        method: options.method ?? 'GET',
        lookup: pinnedLookup,
        agent: false,
        headers: { 'user-agent': '1x-sync-server', 'accept-encoding': 'identity', ...options.headers },
      },
      (response) => {
        const declared = Number(response.headers['content-length']);
        if (Number.isFinite(declared) && declared > maxBytes) return fail(tooLarge(maxBytes));
        const chunks: Buffer[] = [];
        let received = 0;
        response.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received > maxBytes) return fail(tooLarge(maxBytes));
          chunks.push(chunk);
        });
        response.on('error', (error) => fail(new SafeFetchError('network', `the connection failed: ${error.message}`)));
        response.on('end', () => {
          if (settled) return;
          settled = true;
          deadline.removeEventListener('abort', onAbort);
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks), url: target.toString() });
        });
      },
    );
    deadline.addEventListener('abort', onAbort, { once: true });
    request.on('error', (error) => fail(new SafeFetchError('network', `the connection failed: ${error.message}`)));
    request.end(options.body);
  });
}

function tooLarge(maxBytes: number): SafeFetchError {
  return new SafeFetchError('too_large', `refused: the answer is larger than ${formatBytes(maxBytes)}`);
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}
