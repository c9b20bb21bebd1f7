// Runs in Node (bench), as a child process: the baselines' bare node:http servers, no framework.
//   BARE_MODE=fixed          answers every request with the bytes of BARE_BODY_FILE (BARE_CONTENT_TYPE)
//   BARE_MODE=durable-insert POST /redeem/{n}: one durable transaction in DATABASE_URL: a conditional
//                            UPDATE of link n (uses < 1) and, when it took, an INSERT of the booking;
//                            201 or 410. The floor under a booking on the same database.
// Prints `listening PORT` once ready.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openBareDatabase } from './bare-durable-insert.ts';

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => { body += chunk; });
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

const mode = process.env['BARE_MODE'];
let handler: Parameters<typeof createServer>[1];
if (mode === 'fixed') {
  const body = readFileSync(process.env['BARE_BODY_FILE']!);
  const contentType = process.env['BARE_CONTENT_TYPE'] ?? 'text/html; charset=utf-8';
  handler = (_request, response) => {
    response.writeHead(200, { 'content-type': contentType, 'content-length': body.length });
    response.end(body);
  };
} else if (mode === 'durable-insert') {
  const db = await openBareDatabase(process.env['DATABASE_URL']!, Number(process.env['BARE_LINKS'] ?? '1'));
  handler = (request, response) => {
    void (async () => {
      const body = await readBody(request);
      const n = Number(/^\/redeem\/(\d+)$/.exec(request.url ?? '')?.[1] ?? '-1');
      const parsed = JSON.parse(body) as { start: string; name: string; email: string };
      const booked = await db.redeem(n, parsed);
      const answer = JSON.stringify(booked ? { booking: { id: booked, start: parsed.start } } : { error: 'link_unavailable' });
      response.writeHead(booked ? 201 : 410, { 'content-type': 'application/json' });
      response.end(answer);
    })().catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  };
} else {
  throw new Error(`BARE_MODE must be fixed or durable-insert (got ${mode})`);
}
const server = createServer(handler);
server.listen(0, '127.0.0.1', () => {
  console.log(`listening ${(server.address() as AddressInfo).port}`);
});
