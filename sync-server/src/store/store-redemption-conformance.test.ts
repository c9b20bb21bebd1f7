// Runs in tests (server side). The store conformance suite, part two: what redemption relies on
// (token look-ups, the check-and-set, bookLink, busy intervals, overlaps), run against both
// stores: SQLite on a temp file and PostgreSQL on a real (embedded) server.
import { beforeEach, describe, expect, it } from 'vitest';
import { makeBooking, makeEventType, makeLink, replicated } from '../../../core/testing/index.ts';
import { generateId, generateToken } from '../../../core/tokens/index.ts';
import { postgresTarget, sqliteTarget } from '../testing/store-targets.ts';
import { uniqueHostInput, useStoreWithHost } from '../testing/use-store-with-host.ts';
import type { Host, LinkBooking, Store } from './store.ts';
import { BookingOverlapError } from './store-errors.ts';

const targets = [sqliteTarget(), postgresTarget()];

const hostInput = (slug?: string) => uniqueHostInput('Europe/Berlin', slug);

const minutes = (iso: string, delta: number) => new Date(Date.parse(iso) + delta * 60_000).toISOString();

describe.each(targets)('$name store', (target) => {
  const env = useStoreWithHost(target, () => hostInput());
  let store: Store;
  let host: Host;
  beforeEach(() => ({ store, host } = env));

  describe('what redemption needs', () => {
    const now = '2026-03-02T08:00:00.000Z';

    it('finds a link by token, inside and outside a transaction, only for its host', async () => {
      const link = replicated(makeLink());
      await store.writeTransaction(host.id, (tx) => tx.putDoc('links', link));
      expect(await store.findLinkByToken(link.token)).toEqual({ hostId: host.id, link: { doc: link, seq: expect.any(Number) } });
      expect(await store.findLinkByToken('unknown-token-unknown-token')).toBeNull();
      expect((await store.writeTransaction(host.id, (tx) => tx.findLinkByToken(link.token)))?.doc).toEqual(link);
      const other = await store.createHost(hostInput());
      expect(await store.writeTransaction(other.id, (tx) => tx.findLinkByToken(link.token))).toBeNull();
    });

    it('consumes a use only while the link is live and has uses left', async () => {
      const link = replicated(makeLink({ maxUses: 2 }));
      const revoked = replicated(makeLink({ revokedAt: now }));
      const expired = replicated(makeLink({ expiresAt: minutes(now, -1) }));
      const later = replicated(makeLink({ expiresAt: minutes(now, 1) }));
      const deleted = replicated(makeLink(), true);
      await store.writeTransaction(host.id, async (tx) => {
        for (const l of [link, revoked, expired, later, deleted]) await tx.putDoc('links', l);
      });
      const consume = (id: string, hostId = host.id) => store.writeTransaction(hostId, (tx) => tx.consumeLinkUse(id, now));
      expect([await consume(link.id), await consume(link.id), await consume(link.id)]).toEqual([true, true, false]);
      expect([await consume(revoked.id), await consume(expired.id), await consume(deleted.id), await consume(later.id)]).toEqual([false, false, false, true]);
      const other = await store.createHost(hostInput());
      expect(await consume(later.id, other.id)).toBe(false);
    });

    it('claims a use by token in one step: link and event type as they were, and whether this call got the use', async () => {
      const eventType = replicated(makeEventType());
      const link = replicated(makeLink({ eventTypeId: eventType.id, maxUses: 1 }));
      const orphan = replicated(makeLink({ eventTypeId: 'no-such-event-type' }));
      const revoked = replicated(makeLink({ eventTypeId: eventType.id, revokedAt: now }));
      const expired = replicated(makeLink({ eventTypeId: eventType.id, expiresAt: minutes(now, -1) }));
      await store.writeTransaction(host.id, async (tx) => {
        await tx.putDoc('event_types', eventType);
        for (const l of [link, orphan, revoked, expired]) await tx.putDoc('links', l);
      });
      const claim = (token: string, hostId = host.id) => store.writeTransaction(hostId, (tx) => tx.claimLinkUse(token, now));
      const first = await claim(link.token);
      expect(first).toEqual({ link: { doc: link, seq: expect.any(Number) }, eventType: { doc: eventType, seq: expect.any(Number) }, claimed: true });
      // The document is the caller's to update; the use is spent in the column.
      expect(await claim(link.token)).toMatchObject({ link: { doc: { useCount: 0 } }, claimed: false });
      expect(await claim(orphan.token)).toMatchObject({ eventType: null, claimed: true });
      expect((await claim(revoked.token))?.claimed).toBe(false);
      expect((await claim(expired.token))?.claimed).toBe(false);
      expect(await claim('unknown-token-unknown-token')).toBeNull();
      const other = await store.createHost(hostInput());
      expect(await claim(revoked.token, other.id)).toBeNull();
    });

    describe('bookLink: a whole redemption in one step', () => {
      const setUp = async (linkOverrides: Parameters<typeof makeLink>[0] = {}) => {
        const eventType = replicated(makeEventType({ slug: `call-${generateId().slice(0, 8)}` }));
        const link = replicated(makeLink({ eventTypeId: eventType.id, maxUses: 1, ...linkOverrides }));
        await store.writeTransaction(host.id, async (tx) => {
          await tx.putDoc('event_types', eventType);
          await tx.putDoc('links', link);
        });
        const read = await store.findLinkByToken(link.token);
        const etSeq = (await store.getDocs(host.id, 'event_types', [eventType.id])).get(eventType.id)!.seq;
        const request = (start = '2026-03-05T10:00:00.000Z', overrides: { linkSeq?: number; eventTypeSeq?: number } = {}) => {
          const booking = replicated(makeBooking({ start, eventTypeId: eventType.id, linkId: link.id }));
          return {
            linkId: link.id,
            linkSeq: overrides.linkSeq ?? read!.link.seq,
            eventTypeId: eventType.id,
            eventTypeSeq: overrides.eventTypeSeq ?? etSeq,
            now,
            booking,
            server: { blockedStart: booking.start, blockedEnd: booking.end, manageToken: generateToken() },
            linkAfter: { ...link, useCount: link.useCount + 1, bookingIds: [booking.id], lastBookedAt: now },
          };
        };
        return { link, request };
      };
      // As the one-write redemption calls it: the work, and the same booking as data (PostgreSQL
      // books a group's queued bookings of different links in one statement).
      const book = (r: LinkBooking) => store.writeTransaction(host.id, (tx) => tx.bookLink(r), { singleWrite: true, linkBooking: r });

      it('books: the booking, the link after it with the next seqs, and the use spent', async () => {
        const { link, request } = await setUp();
        const r = request();
        expect(await book(r)).toBe('booked');
        const booking = (await store.getDocs(host.id, 'bookings', [r.booking.id])).get(r.booking.id)!;
        const storedLink = (await store.getDocs(host.id, 'links', [link.id])).get(link.id)!;
        expect(booking.doc).toEqual(r.booking);
        expect(storedLink.doc).toEqual(r.linkAfter);
        expect(storedLink.seq).toBe(booking.seq + 1);
        expect(await store.listBusyIntervals(host.id, { start: r.booking.start, end: r.booking.end })).toHaveLength(1);
        // The column says used up too: the use is spent.
        expect(await store.writeTransaction(host.id, (tx) => tx.consumeLinkUse(link.id, now))).toBe(false);
      });

      it('says changed, and writes nothing, when the link or event type moved on or the link has no use left', async () => {
        const { link, request } = await setUp();
        const stale = request('2026-03-05T10:00:00.000Z', { linkSeq: 999_999 });
        expect(await book(stale)).toBe('changed');
        expect(await book(request('2026-03-05T11:00:00.000Z', { eventTypeSeq: 999_999 }))).toBe('changed');
        expect((await store.getDocs(host.id, 'bookings', [stale.booking.id])).size).toBe(0);
        const revoked = await setUp({ revokedAt: now });
        expect(await book(revoked.request('2026-03-05T12:00:00.000Z'))).toBe('changed');
        const expired = await setUp({ expiresAt: minutes(now, -1) });
        expect(await book(expired.request('2026-03-05T13:00:00.000Z'))).toBe('changed');
        expect(await book(request('2026-03-05T14:00:00.000Z'))).toBe('booked');
        // The link has moved on (new seq): the same read cannot book it again.
        expect(await book(request('2026-03-05T15:00:00.000Z'))).toBe('changed');
        expect((await store.pull(host.id, 'bookings', null, 10)).documents).toHaveLength(1);
        expect((await store.getDocs(host.id, 'links', [link.id])).get(link.id)!.doc.useCount).toBe(1);
      });

      it('says overlap, and writes nothing, when a confirmed booking is in the way', async () => {
        const first = await setUp();
        expect(await book(first.request('2026-03-05T10:00:00.000Z'))).toBe('booked');
        const second = await setUp();
        const clash = second.request('2026-03-05T10:15:00.000Z');
        expect(await book(clash)).toBe('overlap');
        expect((await store.getDocs(host.id, 'bookings', [clash.booking.id])).size).toBe(0);
        // Its use is still there.
        expect(await book(second.request('2026-03-05T16:00:00.000Z'))).toBe('booked');
      });

      it('in a group: bookLinks of different links each book, in order, as if alone after the ones before', async () => {
        const links = await Promise.all(Array.from({ length: 6 }, () => setUp()));
        const requests = [
          links[0]!.request('2026-03-07T08:00:00.000Z'),
          links[1]!.request('2026-03-07T09:00:00.000Z'),
          // Overlaps the one before it in the same group: that one was first.
          links[2]!.request('2026-03-07T09:15:00.000Z'),
          // Read before the link moved on.
          links[3]!.request('2026-03-07T10:00:00.000Z', { linkSeq: 999_999 }),
          // A document the store refuses: this one fails, alone.
          { ...links[4]!.request('2026-03-07T11:00:00.000Z'), server: { blockedStart: '2026-03-07T11:00:00.000Z', blockedEnd: '2026-03-07T10:00:00.000Z', manageToken: generateToken() } },
          links[5]!.request('2026-03-07T12:00:00.000Z'),
        ];
        // A transaction holds the host's writer until all six have queued: they run as one group
        // (on PostgreSQL, one statement; the overlap is with a row of that same statement).
        let release = (): void => {};
        const holding = store.writeTransaction(host.id, () => new Promise<void>((resolve) => { release = resolve; }));
        // Settled from the start: a store may refuse a document before it queues (PostgreSQL does).
        const booking = Promise.allSettled(requests.map((r) => book(r)));
        await new Promise((resolve) => setTimeout(resolve, 50));
        release();
        await holding;
        const outcomes = await booking;
        expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : 'refused'))).toEqual(['booked', 'booked', 'overlap', 'changed', 'refused', 'booked']);
        const stored = await store.getDocs(host.id, 'bookings', requests.map((r) => r.booking.id));
        expect([...stored.keys()].sort()).toEqual([requests[0]!.booking.id, requests[1]!.booking.id, requests[5]!.booking.id].sort());
        const seqs: number[] = [];
        for (const k of [0, 1, 5]) {
          const booking = stored.get(requests[k]!.booking.id)!;
          const link = (await store.getDocs(host.id, 'links', [requests[k]!.linkId])).get(requests[k]!.linkId)!;
          expect(booking.doc).toEqual(requests[k]!.booking);
          expect(link.doc).toEqual(requests[k]!.linkAfter);
          expect(link.seq).toBe(booking.seq + 1);
          seqs.push(booking.seq, link.seq);
        }
        expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
        // Only the booked links spent their use.
        for (const k of [2, 3, 4]) expect((await store.getDocs(host.id, 'links', [requests[k]!.linkId])).get(requests[k]!.linkId)!.doc.useCount).toBe(0);
        // A pull after the group sees every booking once, in seq order.
        expect((await store.pull(host.id, 'bookings', null, 20)).documents.map((d) => d.id)).toEqual([requests[0]!.booking.id, requests[1]!.booking.id, requests[5]!.booking.id]);
      });

      it('in a group: concurrent bookLinks of one read of a single-use link book exactly once', async () => {
        const { request } = await setUp();
        const outcomes = await Promise.all(Array.from({ length: 10 }, (_v, i) => book(request(`2026-03-06T${String(8 + i).padStart(2, '0')}:00:00.000Z`))));
        expect(outcomes.filter((o) => o === 'booked')).toHaveLength(1);
        expect(outcomes.filter((o) => o === 'changed')).toHaveLength(9);
        expect((await store.pull(host.id, 'bookings', null, 20)).documents).toHaveLength(1);
      });
    });

    it('does not spend a use when the transaction rolls back', async () => {
      const link = replicated(makeLink());
      await store.writeTransaction(host.id, (tx) => tx.putDoc('links', link));
      await expect(store.writeTransaction(host.id, async (tx) => {
        expect(await tx.consumeLinkUse(link.id, now)).toBe(true);
        throw new Error('insert failed');
      })).rejects.toThrow('insert failed');
      expect(await store.writeTransaction(host.id, (tx) => tx.consumeLinkUse(link.id, now))).toBe(true);
    });

    it('inserts bookings, lists busy intervals (half-open, buffers included) and refuses overlaps', async () => {
      const a = replicated(makeBooking({ start: '2026-03-03T09:00:00.000Z' }));
      const server = { blockedStart: '2026-03-03T08:45:00.000Z', blockedEnd: '2026-03-03T09:45:00.000Z', manageToken: generateToken() };
      const seq = await store.writeTransaction(host.id, (tx) => tx.insertBooking(a, server));
      expect((await store.pull(host.id, 'bookings', null, 10)).documents).toEqual([a]);
      expect((await store.getDocs(host.id, 'bookings', [a.id])).get(a.id)).toEqual({ doc: a, seq });
      const busy = { bookingId: a.id, start: a.start, end: a.end, blockedStart: server.blockedStart, blockedEnd: server.blockedEnd };
      expect(await store.listBusyIntervals(host.id, { start: '2026-03-03T09:44:00.000Z', end: '2026-03-03T10:00:00.000Z' })).toEqual([busy]);
      expect(await store.listBusyIntervals(host.id, { start: '2026-03-03T09:45:00.000Z', end: '2026-03-03T10:00:00.000Z' })).toEqual([]);
      expect(await store.writeTransaction(host.id, (tx) => tx.listBusyIntervals({ start: '2026-03-03T00:00:00.000Z', end: '2026-03-04T00:00:00.000Z' }))).toEqual([busy]);

      const overlapping = replicated(makeBooking({ start: '2026-03-03T09:30:00.000Z' }));
      const overlapServer = { blockedStart: '2026-03-03T09:30:00.000Z', blockedEnd: '2026-03-03T10:00:00.000Z', manageToken: generateToken() };
      await expect(store.writeTransaction(host.id, (tx) => tx.insertBooking(overlapping, overlapServer))).rejects.toBeInstanceOf(BookingOverlapError);
      const adjacent = replicated(makeBooking({ start: '2026-03-03T09:45:00.000Z' }));
      await store.writeTransaction(host.id, (tx) => tx.insertBooking(adjacent, { blockedStart: adjacent.start, blockedEnd: adjacent.end, manageToken: generateToken() }));
      const other = await store.createHost(hostInput());
      await store.writeTransaction(other.id, (tx) => tx.insertBooking(overlapping, { ...overlapServer, manageToken: generateToken() }));
    });

    it('frees the slot when a booking is canceled, and finds it by manage token', async () => {
      const a = replicated(makeBooking());
      const manageToken = generateToken();
      await store.writeTransaction(host.id, (tx) => tx.insertBooking(a, { blockedStart: a.start, blockedEnd: a.end, manageToken }));
      expect((await store.findBookingByManageToken(manageToken))?.booking.doc).toEqual(a);
      expect(await store.findBookingByManageToken('other')).toBeNull();
      const canceled = { ...a, status: 'canceled' as const, canceledAt: now, canceledBy: 'invitee' as const, updatedAt: now };
      await store.writeTransaction(host.id, async (tx) => {
        expect((await tx.findBookingByManageToken(manageToken))?.doc).toEqual(a);
        await tx.putDoc('bookings', canceled);
      });
      expect(await store.listBusyIntervals(host.id, { start: a.start, end: a.end })).toEqual([]);
      const b = replicated(makeBooking({ start: a.start }));
      await store.writeTransaction(host.id, (tx) => tx.insertBooking(b, { blockedStart: b.start, blockedEnd: b.end, manageToken: generateToken() }));
      // Confirming the canceled one again would overlap b.
      await expect(store.writeTransaction(host.id, (tx) => tx.putDoc('bookings', a))).rejects.toBeInstanceOf(BookingOverlapError);
      await expect(store.writeTransaction(host.id, (tx) => tx.putDoc('bookings', replicated(makeBooking())))).rejects.toThrow('insertBooking');
    });
  });
});
