// renderer: the host's reschedule, asked of the server at once with the host's token
// (POST /api/bookings/{id}/reschedule; GET /api/bookings/{id}/slots for the picker). Not a push:
// whether the new time is free is the server's to decide in one transaction (invariant 8), and
// the host must hear now whether it was. The moved booking and its replacement then arrive by
// replication like any other change. Every outcome says what happened in words.
import type { BookingDoc } from '../../../core/schemas/index.ts';

export interface SlotDay {
  date: string;
  slots: { start: string; end: string }[];
}

export type RescheduleAnswer =
  | { ok: true; booking: BookingDoc }
  | { ok: false; problem: 'taken' | 'gone' | 'unreachable' | 'unauthorized' | 'server'; message: string };

export type SlotsAnswer = { ok: true; days: SlotDay[] } | { ok: false; message: string };

export interface ServerCall {
  serverUrl: string;
  token: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

const GONE: Record<string, string> = {
  canceled: 'This booking was canceled meanwhile.',
  rescheduled: 'This booking was moved meanwhile.',
  started: 'This booking has already begun.',
  unavailable: 'Its event type is archived or deleted.',
};

async function call(c: ServerCall, path: string, init: RequestInit): Promise<{ status: number; body: unknown } | null> {
  const fetchFn = c.fetch ?? globalThis.fetch.bind(globalThis);
  try {
    const response = await fetchFn(`${c.serverUrl}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${c.token}`, accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}) },
      cache: 'no-store',
      signal: AbortSignal.timeout(c.timeoutMs ?? 10_000),
    });
    return { status: response.status, body: await response.json().catch(() => null) };
  } catch {
    return null;
  }
}

export async function listRescheduleSlots(c: ServerCall, bookingId: string, from: string, to: string, timezone: string): Promise<SlotsAnswer> {
  const query = new URLSearchParams({ from, to, timezone });
  const answer = await call(c, `/api/bookings/${encodeURIComponent(bookingId)}/slots?${query}`, { method: 'GET' });
  if (!answer) return { ok: false, message: `Cannot reach the server at ${c.serverUrl}: moving a booking needs a connection.` };
  const days = (answer.body as { days?: unknown } | null)?.days;
  if (answer.status === 200 && Array.isArray(days)) return { ok: true, days: days as SlotDay[] };
  if (answer.status === 410) return { ok: false, message: GONE[String((answer.body as { reason?: unknown }).reason)] ?? 'This booking can no longer be moved.' };
  return { ok: false, message: `The server could not list open times (HTTP ${answer.status}).` };
}

export async function rescheduleOnServer(c: ServerCall, bookingId: string, start: string, timezone: string): Promise<RescheduleAnswer> {
  const answer = await call(c, `/api/bookings/${encodeURIComponent(bookingId)}/reschedule`, { method: 'POST', body: JSON.stringify({ start, timezone }) });
  if (!answer) return { ok: false, problem: 'unreachable', message: `Cannot reach the server at ${c.serverUrl}: moving a booking needs a connection. Nothing was changed.` };
  const booking = (answer.body as { booking?: unknown } | null)?.booking;
  if (answer.status === 201 && booking) return { ok: true, booking: booking as BookingDoc };
  if (answer.status === 409) return { ok: false, problem: 'taken', message: 'That time is no longer open. Nothing was changed; pick another.' };
  if (answer.status === 410) return { ok: false, problem: 'gone', message: GONE[String((answer.body as { reason?: unknown }).reason)] ?? 'This booking can no longer be moved.' };
  if (answer.status === 401) return { ok: false, problem: 'unauthorized', message: 'The server no longer accepts this device\'s token. Connect again in Settings.' };
  return { ok: false, problem: 'server', message: `The server could not move the booking (HTTP ${answer.status}). Nothing was changed.` };
}
