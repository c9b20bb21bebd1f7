// Runs in tests (server side). Slow and many clients: a trickled body or trickled headers are cut
// off at their deadline, a silent socket at the idle timeout, sockets past MAX_CONNECTIONS are
// dropped, and the live stream, quiet between heartbeats, outlives every one of those deadlines.
// Real server over real sockets, with deadlines of a second or two so the test runs in seconds.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectionLimits } from '../config/load-config.ts';
import { startTestServer, type TestHost, type TestServer } from '../testing/start-test-server.ts';
import { httpServerOptions } from './http-server-options.ts';

const LIMITS: ConnectionLimits = { headersTimeoutMs: 1000, requestTimeoutMs: 2000, idleTimeoutMs: 1500, maxConnections: 4 };

interface Watched {
  socket: Socket;
  received(): string;
  closedAfterMs(): Promise<number>;
}

function open(port: number): Promise<Watched> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = connect(port, '127.0.0.1');
    let received = '';
    const closed = new Promise<number>((done) => socket.once('close', () => done(performance.now() - started)));
    socket.on('data', (chunk) => { received += String(chunk); });
    socket.once('error', () => {});
    socket.once('connect', () => resolve({ socket, received: () => received, closedAfterMs: () => closed }));
    socket.once('error', reject);
  });
}

/** Writes `text` one character at a time, `everyMs` apart, while the socket stays open. */
function trickle(socket: Socket, text: string, everyMs: number): void {
  let at = 0;
  const timer = setInterval(() => {
    if (socket.destroyed || at >= text.length) return clearInterval(timer);
    socket.write(text[at] ?? '');
    at += 1;
  }, everyMs);
}

describe('httpServerOptions', () => {
  it('maps the limits and checks deadlines often enough', () => {
    expect(httpServerOptions(LIMITS)).toEqual({ requestTimeout: 2000, connectionTimeout: 1500, http: { headersTimeout: 1000, connectionsCheckingInterval: 250 } });
    expect(httpServerOptions({ headersTimeoutMs: 10_000, requestTimeoutMs: 120_000, idleTimeoutMs: 75_000, maxConnections: 1 }).http.connectionsCheckingInterval).toBe(2500);
  });
});

describe('connection limits (real server)', () => {
  let server: TestServer;
  let host: TestHost;

  beforeAll(async () => {
    server = await startTestServer({ connectionLimits: LIMITS });
    host = await server.createHost();
  });
  afterAll(async () => { await server.close(); });

  it('cuts off a body trickled one byte at a time at the request deadline', async () => {
    const client = await open(server.port);
    client.socket.write(`POST /sync/event_types/push HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${host.token}\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n`);
    trickle(client.socket, '['.padEnd(500, ' '), 300);
    const closedAfter = await client.closedAfterMs();
    expect(closedAfter).toBeGreaterThan(LIMITS.requestTimeoutMs - 100);
    expect(closedAfter).toBeLessThan(LIMITS.requestTimeoutMs + 1500);
    expect(client.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('cuts off headers trickled one byte at a time at the headers deadline', async () => {
    const client = await open(server.port);
    trickle(client.socket, 'GET /api/health HTTP/1.1\r\nHost: x\r\nX-Slow: '.padEnd(400, 'a'), 200);
    const closedAfter = await client.closedAfterMs();
    expect(closedAfter).toBeLessThan(LIMITS.headersTimeoutMs + 1500);
    expect(client.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes a connection that never sends a request at the headers deadline', async () => {
    const client = await open(server.port);
    expect(await client.closedAfterMs()).toBeLessThan(LIMITS.headersTimeoutMs + 1500);
  });

  it('closes a connection gone silent mid-body at the idle timeout, before the request deadline', async () => {
    const client = await open(server.port);
    client.socket.write(`POST /sync/event_types/push HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${host.token}\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n[`);
    const closedAfter = await client.closedAfterMs();
    expect(closedAfter).toBeGreaterThan(LIMITS.idleTimeoutMs - 100);
    expect(closedAfter).toBeLessThan(LIMITS.requestTimeoutMs);
  });

  it('drops connections past MAX_CONNECTIONS, and takes new ones once some close', async () => {
    const held = await Promise.all(Array.from({ length: LIMITS.maxConnections }, () => open(server.port)));
    const extra = await open(server.port);
    extra.socket.write('GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(await extra.closedAfterMs()).toBeLessThan(1000);
    expect(extra.received()).toBe('');
    for (const client of held) client.socket.destroy();
    await Promise.all(held.map((client) => client.closedAfterMs()));
    await expect.poll(async () => (await fetch(`${server.baseUrl}/api/health`).then((r) => r.status).catch(() => 0))).toBe(200);
  });

  it('keeps a quiet live stream open past every deadline', async () => {
    const client = await open(server.port);
    client.socket.write(`GET /sync/stream HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${host.token}\r\n\r\n`);
    await expect.poll(() => client.received()).toContain('event: ready');
    const outcome = await Promise.race([client.closedAfterMs().then(() => 'closed'), new Promise((r) => setTimeout(() => r('open'), LIMITS.requestTimeoutMs + 2000))]);
    expect(outcome).toBe('open');
    client.socket.destroy();
  });
});
