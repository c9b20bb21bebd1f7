// Runs in tests (server side). A local HTTP server that plays a calendar provider: each path
// answers what the test sets (a body with an ETag, honouring If-None-Match; a redirect; a status),
// and it counts requests and records the conditional headers it was sent.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type FeedAnswer =
  | { kind: 'calendar'; body: string; etag?: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'status'; status: number; body?: string };

export interface FeedServer {
  url(path: string): string;
  set(path: string, answer: FeedAnswer): void;
  requests: { path: string; ifNoneMatch: string | undefined }[];
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const answers = new Map<string, FeedAnswer>();
  const requests: FeedServer['requests'] = [];
  const server = http.createServer((request, response) => {
    const path = request.url ?? '/';
    const ifNoneMatch = request.headers['if-none-match'];
    requests.push({ path, ifNoneMatch });
    const answer = answers.get(path);
    if (!answer) return response.writeHead(404).end('not found');
    if (answer.kind === 'redirect') return response.writeHead(302, { location: answer.location }).end();
    if (answer.kind === 'status') return response.writeHead(answer.status).end(answer.body ?? '');
    if (answer.etag && ifNoneMatch === answer.etag) return response.writeHead(304, { etag: answer.etag }).end();
    response.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8', ...(answer.etag ? { etag: answer.etag } : {}) }).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    set: (path, answer) => void answers.set(path, answer),
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** ICS date-time in UTC (20261205T100000Z). */
export function icsUtc(iso: string): string {
  return iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** A feed of opaque events in UTC, one VEVENT each; `extra` adds raw lines inside the calendar. */
export function calendarOf(events: { uid: string; start: string; end: string; rrule?: string }[], extra = ''): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//1x tests//EN'];
  for (const event of events) {
    lines.push('BEGIN:VEVENT', `UID:${event.uid}`, 'DTSTAMP:20260101T000000Z', `DTSTART:${icsUtc(event.start)}`, `DTEND:${icsUtc(event.end)}`);
    if (event.rrule) lines.push(`RRULE:${event.rrule}`);
    lines.push('SUMMARY:Busy', 'END:VEVENT');
  }
  if (extra) lines.push(extra);
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}
