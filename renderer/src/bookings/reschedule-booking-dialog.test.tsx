// test (dom, real server over HTTP): the Reschedule dialog lists the booking's open times in the
// host's zone, its own time among them, moves it on "Move to …", and says so when the picked
// time was taken meanwhile, changing nothing.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BookingDoc } from '../../../core/schemas/index.ts';
import { request } from '../../../sync-server/src/testing/http-client.ts';
import { startTestServer, type TestHost, type TestServer } from '../../../sync-server/src/testing/start-test-server.ts';
import { seedEventType, seedLinks, startInDays } from '../../../sync-server/src/booking/testing/seed-booking-data.ts';
import { dayjs } from '../components/dayjs.ts';
import { renderWithProviders } from '../testing/render-with-providers.tsx';
import { RescheduleBookingDialog } from './reschedule-booking-dialog.tsx';

let server: TestServer;
let host: TestHost;

beforeAll(async () => {
  server = await startTestServer();
  host = await server.createHost({ name: 'Ada Lovelace', timezone: 'UTC' });
});
afterAll(async () => { await server?.close(); });

async function bookTwo(first: string, second: string): Promise<BookingDoc> {
  const eventType = await seedEventType(server.store, host.hostId);
  const links = await seedLinks(server.store, host.hostId, eventType.id, 2);
  const one = await request<{ booking: { id: string } }>(`${server.baseUrl}/api/public/links/${links[0]!.token}/bookings`, { method: 'POST', json: { start: first, name: 'Bo', email: 'bo@example.com', timezone: 'UTC' } });
  await request(`${server.baseUrl}/api/public/links/${links[1]!.token}/bookings`, { method: 'POST', json: { start: second, name: 'Cy', email: 'cy@example.com', timezone: 'UTC' } });
  return (await server.store.getDocs(host.hostId, 'bookings', [one.body.booking.id])).get(one.body.booking.id)!.doc;
}

const hhmm = (iso: string) => iso.slice(11, 16);

/** The button of that time under its own day's heading (every day has a 16:00). */
async function slotButton(iso: string): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { name: dayjs(iso).tz('UTC').format('ddd, MMM D') });
  return within(heading.parentElement!).getByRole('button', { name: hhmm(iso) });
}

describe('RescheduleBookingDialog', () => {
  it('moves the booking to a picked time of this week', async () => {
    const user = userEvent.setup();
    const booking = await bookTwo(startInDays(2, 10), startInDays(2, 12));
    const onDone = vi.fn<(moved: BookingDoc) => void>();
    renderWithProviders(<RescheduleBookingDialog booking={booking} timezone="UTC" server={{ serverUrl: server.baseUrl, token: host.token }} onClose={() => {}} onDone={onDone} />);
    // Its own time is offered; the other booking's is not.
    expect(await slotButton(startInDays(2, 10))).toBeInTheDocument();
    const heading = screen.getByRole('heading', { name: dayjs(startInDays(2, 12)).tz('UTC').format('ddd, MMM D') });
    expect(within(heading.parentElement!).queryByRole('button', { name: hhmm(startInDays(2, 12)) })).toBeNull();
    await user.click(await slotButton(startInDays(2, 15)));
    await user.click(screen.getByRole('button', { name: /^Move to/ }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(onDone.mock.calls[0]![0]).toMatchObject({ start: startInDays(2, 15), rescheduledFromId: booking.id, status: 'confirmed' });
    expect((await server.store.getDocs(host.hostId, 'bookings', [booking.id])).get(booking.id)!.doc.status).toBe('canceled');
  });

  it('says a time taken meanwhile is no longer open, and changes nothing', async () => {
    const user = userEvent.setup();
    const booking = await bookTwo(startInDays(3, 10), startInDays(4, 10));
    renderWithProviders(<RescheduleBookingDialog booking={booking} timezone="UTC" server={{ serverUrl: server.baseUrl, token: host.token }} onClose={() => {}} onDone={() => {}} />);
    const contested = startInDays(3, 16);
    await user.click(await slotButton(contested));
    const [link] = await seedLinks(server.store, host.hostId, booking.eventTypeId, 1);
    expect((await request(`${server.baseUrl}/api/public/links/${link!.token}/bookings`, { method: 'POST', json: { start: contested, name: 'Di', email: 'di@example.com', timezone: 'UTC' } })).status).toBe(201);
    await user.click(screen.getByRole('button', { name: /^Move to/ }));
    expect(await screen.findByText('That time is no longer open. Nothing was changed; pick another.')).toBeInTheDocument();
    expect((await server.store.getDocs(host.hostId, 'bookings', [booking.id])).get(booking.id)!.doc.status).toBe('confirmed');
  });
});
