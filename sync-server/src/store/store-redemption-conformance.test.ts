// Runs in tests (server side). The store conformance suite, part two: what redemption relies on
// (token look-ups, Store.book and its check-and-set, busy intervals, overlaps), run against both
// stores: SQLite on a temp file and PostgreSQL on a real (embedded) server.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeBooking, makeEventType, makeLink, replicated } from '../../../core/testing/index.ts';
import { generateId, generateToken } from '../../../core/tokens/index.ts';
import { postgresTarget, sqliteTarget } from '../testing/store-targets.ts';
import { uniqueHostInput, useStoreWithHost } from '../testing/use-store-with-host.ts';
import { linkAvailabilityAt } from '../../../core/links/index.ts';
import type { BookingCommand, Host, Store } from './store.ts';
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

    it('finds a link by token with its host, event type and edit seq, in one read', async () => {
      const eventType = replicated(makeEventType());
      const link = replicated(makeLink({ eventTypeId: eventType.id }));
      const orphan = replicated(makeLink({ eventTypeId: 'no-such-event-type' }));
      await store.writeTransaction(host.id, async (tx) => {
        await tx.putDoc('event_types', eventType);
        await tx.putDoc('links', link);
        await tx.putDoc('links', orphan);
      });
      const found = await store.findLinkByToken(link.token);
      expect(found).toEqual({ host, link: { doc: link, seq: expect.any(Number) }, editSeq: found!.link.seq, eventType: { doc: eventType, seq: expect.any(Number) } });
      expect((await store.findLinkByToken(orphan.token))?.eventType).toBeNull();
      expect(await store.findLinkByToken('unknown-token-unknown-token')).toBeNull();
    });

    describe('book: a redemption settled in one transaction', () => {
      const setUp = async (linkOverrides: Parameters<typeof makeLink>[0] = {}) => {
        const eventType = replicated(makeEventType({ slug: `call-${generateId().slice(0, 8)}` }));
        const link = replicated(makeLink({ eventTypeId: eventType.id, maxUses: 1, ...linkOverrides }));
        await store.writeTransaction(host.id, async (tx) => {
          await tx.putDoc('event_types', eventType);
          await tx.putDoc('links', link);
        });
        const read = (await store.findLinkByToken(link.token))!;
        const command = (start = '2026-03-05T10:00:00.000Z', versions: { editSeq?: number; eventTypeSeq?: number } = {}): BookingCommand => {
          const booking = replicated(makeBooking({ start, end: minutes(start, 30), eventTypeId: eventType.id, linkId: link.id }));
          return {
            hostId: host.id,
            eventType: { id: eventType.id, seq: versions.eventTypeSeq ?? read.eventType!.seq },
            link: { id: link.id, editSeq: versions.editSeq ?? read.editSeq },
            now,
            booking,
            server: { blockedStart: booking.start, blockedEnd: booking.end, manageToken: generateToken() },
          };
        };
        return { link, eventType, command };
      };
      const linkOf = async (id: string) => (await store.getDocs(host.id, 'links', [id])).get(id)!;
      /**
       * Books the commands as one group: a transaction holds the host's writer until all have
       * queued. Settled from the start: a store may refuse a document before it queues.
       */
      const bookInOneGroup = async (commands: BookingCommand[]) => {
        let release = (): void => {};
        const holding = store.writeTransaction(host.id, () => new Promise<void>((resolve) => { release = resolve; }));
        const booking = Promise.allSettled(commands.map((c) => store.book(c)));
        await new Promise((resolve) => setTimeout(resolve, 50));
        release();
        await holding;
        return booking;
      };

      it('books: the booking, the link recording it with the next seq, and the use spent', async () => {
        const { link, command } = await setUp({ maxUses: 2 });
        const c = command();
        expect(await store.book(c)).toBe('booked');
        const booking = (await store.getDocs(host.id, 'bookings', [c.booking.id])).get(c.booking.id)!;
        const storedLink = await linkOf(link.id);
        expect(booking.doc).toEqual(c.booking);
        expect(storedLink.doc).toEqual({ ...link, useCount: 1, bookingIds: [c.booking.id], lastBookedAt: now });
        expect(storedLink.seq).toBe(booking.seq + 1);
        expect(await store.listBusyIntervals(host.id, { start: c.booking.start, end: c.booking.end })).toHaveLength(1);
        // The booking's bookkeeping is not an edit: a second booking drafted from the first read still books.
        const second = command('2026-03-05T12:00:00.000Z');
        expect(await store.book(second)).toBe('booked');
        expect((await linkOf(link.id)).doc).toMatchObject({ useCount: 2, bookingIds: [c.booking.id, second.booking.id] });
        // Now used up: the check-and-set refuses a third.
        expect(await store.book(command('2026-03-05T14:00:00.000Z'))).toBe('stale');
      });

      it('books a standard-link booking (no link) against the event type as read', async () => {
        const { eventType, command } = await setUp();
        const c = { ...command(), link: null, booking: { ...command().booking, linkId: null } };
        expect(await store.book(c)).toBe('booked');
        expect((await store.getDocs(host.id, 'bookings', [c.booking.id])).get(c.booking.id)!.doc.linkId).toBeNull();
        await store.writeTransaction(host.id, (tx) => tx.putDoc('event_types', { ...eventType, name: 'Renamed' }));
        expect(await store.book({ ...c, booking: { ...c.booking, id: generateId(), start: '2026-03-05T16:00:00.000Z', end: '2026-03-05T16:30:00.000Z' }, server: { blockedStart: '2026-03-05T16:00:00.000Z', blockedEnd: '2026-03-05T16:30:00.000Z', manageToken: generateToken() } })).toBe('stale');
      });

      it('says stale, and writes nothing, when the host edited the link or event type since the read', async () => {
        const { link, eventType, command } = await setUp({ maxUses: 3 });
        const drafted = command('2026-03-05T10:00:00.000Z');
        await store.writeTransaction(host.id, (tx) => tx.putDoc('links', { ...link, note: 'edited' }));
        expect(await store.book(drafted)).toBe('stale');
        const fresh = (await store.findLinkByToken(link.token))!;
        const afterLinkEdit = { ...command('2026-03-05T11:00:00.000Z'), link: { id: link.id, editSeq: fresh.editSeq } };
        await store.writeTransaction(host.id, (tx) => tx.putDoc('event_types', { ...eventType, durationMinutes: 45 }));
        expect(await store.book(afterLinkEdit)).toBe('stale');
        expect((await store.pull(host.id, 'bookings', null, 10)).documents).toHaveLength(0);
        expect((await linkOf(link.id)).doc.useCount).toBe(0);
      });

      it('holds its check-and-set to core\'s link rule, on each state a link can be in', async () => {
        const at = Date.parse(now);
        await fc.assert(fc.asyncProperty(
          fc.record({
            deleted: fc.boolean(),
            revoked: fc.boolean(),
            expiresIn: fc.option(fc.integer({ min: -3, max: 3 }), { nil: null }),
            maxUses: fc.integer({ min: 1, max: 3 }),
            usedShare: fc.integer({ min: 0, max: 3 }),
          }),
          async ({ deleted, revoked, expiresIn, maxUses, usedShare }) => {
            const useCount = Math.min(usedShare, maxUses);
            const fields = {
              maxUses, useCount, bookingIds: Array.from({ length: useCount }, () => generateId()),
              revokedAt: revoked ? minutes(now, -10) : null,
              // Minutes from now; 0 = expiring at this very instant (expired).
              expiresAt: expiresIn === null ? null : minutes(now, expiresIn),
            };
            const { link, command } = await setUp(fields);
            if (deleted) await store.writeTransaction(host.id, (tx) => tx.putDoc('links', { ...link, _deleted: true }));
            const read = (await store.findLinkByToken(link.token))!;
            const expected = linkAvailabilityAt(read.link.doc, at) === 'live' ? 'booked' : 'stale';
            // A start of its own per run: the property is about the link, never an overlap.
            const start = minutes('2026-04-01T00:00:00.000Z', Math.floor(Math.random() * 400_000) * 30);
            expect(await store.book({ ...command(start), link: { id: link.id, editSeq: read.editSeq } })).toBe(expected);
          },
        ), { numRuns: 60 });
      });

      it('says overlap, and writes nothing, when a confirmed booking is in the way', async () => {
        const first = await setUp();
        expect(await store.book(first.command('2026-03-05T10:00:00.000Z'))).toBe('booked');
        const second = await setUp();
        const clash = second.command('2026-03-05T10:15:00.000Z');
        expect(await store.book(clash)).toBe('overlap');
        expect((await store.getDocs(host.id, 'bookings', [clash.booking.id])).size).toBe(0);
        // Its use is still there.
        expect(await store.book(second.command('2026-03-05T16:00:00.000Z'))).toBe('booked');
      });

      it('refuses a booking document the clients\' schema would refuse, before writing anything', async () => {
        const { link, command } = await setUp();
        const bad = command();
        await expect(store.book({ ...bad, booking: { ...bad.booking, invitee: { ...bad.booking.invitee, email: 'x'.repeat(400) } } })).rejects.toThrow();
        expect((await linkOf(link.id)).doc.useCount).toBe(0);
      });

      it('in a group: bookings of different links each book, in order, as if alone after the ones before', async () => {
        const links = await Promise.all(Array.from({ length: 6 }, () => setUp()));
        const commands = [
          links[0]!.command('2026-03-07T08:00:00.000Z'),
          links[1]!.command('2026-03-07T09:00:00.000Z'),
          // Overlaps the one before it in the same group: that one was first.
          links[2]!.command('2026-03-07T09:15:00.000Z'),
          // Drafted before the host edited the link.
          links[3]!.command('2026-03-07T10:00:00.000Z', { editSeq: 999_999 }),
          // A blocked range the store refuses: this one fails, alone.
          { ...links[4]!.command('2026-03-07T11:00:00.000Z'), server: { blockedStart: '2026-03-07T11:00:00.000Z', blockedEnd: '2026-03-07T10:00:00.000Z', manageToken: generateToken() } },
          links[5]!.command('2026-03-07T12:00:00.000Z'),
        ];
        // On PostgreSQL one statement: the overlap is with a row of that same statement.
        const outcomes = await bookInOneGroup(commands);
        expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : 'refused'))).toEqual(['booked', 'booked', 'overlap', 'stale', 'refused', 'booked']);
        const stored = await store.getDocs(host.id, 'bookings', commands.map((c) => c.booking.id));
        expect([...stored.keys()].sort()).toEqual([commands[0]!.booking.id, commands[1]!.booking.id, commands[5]!.booking.id].sort());
        const seqs: number[] = [];
        for (const k of [0, 1, 5]) {
          const c = commands[k]!;
          const booking = stored.get(c.booking.id)!;
          const link = await linkOf(c.link!.id);
          expect(booking.doc).toEqual(c.booking);
          expect(link.doc).toMatchObject({ useCount: 1, bookingIds: [c.booking.id], lastBookedAt: now });
          expect(link.seq).toBe(booking.seq + 1);
          seqs.push(booking.seq, link.seq);
        }
        expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
        // Only the booked links spent their use.
        for (const k of [2, 3, 4]) expect((await linkOf(commands[k]!.link!.id)).doc.useCount).toBe(0);
        // A pull after the group sees every booking once, in seq order.
        expect((await store.pull(host.id, 'bookings', null, 20)).documents.map((d) => d.id)).toEqual([commands[0]!.booking.id, commands[1]!.booking.id, commands[5]!.booking.id]);
      });

      it('in a group: concurrent bookings of one read of a single-use link book exactly once', async () => {
        const { command } = await setUp();
        const outcomes = await Promise.all(Array.from({ length: 10 }, (_v, i) => store.book(command(`2026-03-06T${String(8 + i).padStart(2, '0')}:00:00.000Z`))));
        expect(outcomes.filter((o) => o === 'booked')).toHaveLength(1);
        expect(outcomes.filter((o) => o === 'stale')).toHaveLength(9);
        expect((await store.pull(host.id, 'bookings', null, 20)).documents).toHaveLength(1);
      });

      it('in a group: one booking failing in the database fails alone, the others of its group book', async () => {
        // A booking id that exists already: the store finds it only when it writes.
        const taken = await setUp();
        const existing = taken.command('2026-03-08T06:00:00.000Z');
        expect(await store.book(existing)).toBe('booked');
        const links = await Promise.all(Array.from({ length: 8 }, () => setUp()));
        const commands = links.map((l, k) => l.command(`2026-03-08T${String(8 + k).padStart(2, '0')}:00:00.000Z`));
        const clashing = { ...commands[3]!, booking: { ...commands[3]!.booking, id: existing.booking.id } };
        commands[3] = clashing;
        const outcomes = (await bookInOneGroup(commands)).map((o) => (o.status === 'fulfilled' ? o.value : 'failed'));
        expect(outcomes).toEqual(['booked', 'booked', 'booked', 'failed', 'booked', 'booked', 'booked', 'booked']);
        expect((await linkOf(clashing.link!.id)).doc.useCount).toBe(0);
      });

      it('meeting limits: books while a range holds fewer than max confirmed bookings of the event type, alone or in one group', async () => {
        const { command } = await setUp({ maxUses: 50 });
        const day = { start: '2026-03-04T23:00:00.000Z', end: '2026-03-05T23:00:00.000Z', max: 2 };
        const limited = (start: string, limits = [day]) => ({ ...command(start), limits });
        expect(await store.book(limited('2026-03-05T08:00:00.000Z'))).toBe('booked');
        // Another event type's booking and a canceled one do not count.
        const foreign = replicated(makeBooking({ start: '2026-03-05T09:00:00.000Z' }));
        const canceled = replicated(makeBooking({ start: '2026-03-05T10:00:00.000Z', status: 'canceled' }));
        await store.writeTransaction(host.id, async (tx) => {
          await tx.insertBooking(foreign, { blockedStart: foreign.start, blockedEnd: foreign.end, manageToken: generateToken() });
          await tx.insertBooking({ ...canceled, eventTypeId: limited('2026-03-05T10:00:00.000Z').eventType.id }, { blockedStart: canceled.start, blockedEnd: canceled.end, manageToken: generateToken() });
        });
        // One place left and five bookings queued in one group: only the first goes in.
        const outcomes = (await bookInOneGroup(['11', '12', '13', '14', '15'].map((h) => limited(`2026-03-05T${h}:00:00.000Z`)))).map((o) => (o.status === 'fulfilled' ? o.value : 'failed'));
        expect(outcomes).toEqual(['booked', 'limit_reached', 'limit_reached', 'limit_reached', 'limit_reached']);
        // Outside the range (the next local day) it books; a week range counts the whole week.
        expect(await store.book(limited('2026-03-05T23:00:00.000Z', [{ start: '2026-03-05T23:00:00.000Z', end: '2026-03-06T23:00:00.000Z', max: 2 }]))).toBe('booked');
        const week = { start: '2026-03-01T23:00:00.000Z', end: '2026-03-08T23:00:00.000Z', max: 3 };
        expect(await store.book(limited('2026-03-06T10:00:00.000Z', [week]))).toBe('limit_reached');
      });

      it('replaces: the old booking canceled as rescheduled, the new one booked, no use spent, the old time free at once', async () => {
        const { link, command } = await setUp({ maxUses: 1 });
        const original = command('2026-03-05T10:00:00.000Z');
        expect(await store.book(original)).toBe('booked');
        const spent = (await linkOf(link.id)).doc;
        const reschedule = (start: string, extra: Partial<BookingCommand> = {}): BookingCommand => {
          const c = command(start);
          return { ...c, link: null, replaces: { bookingId: original.booking.id, canceledBy: 'invitee' }, ...extra };
        };
        // Overlapping the original itself is fine: its own time is not busy for its reschedule.
        const moved = reschedule('2026-03-05T10:15:00.000Z');
        expect(await store.book(moved)).toBe('booked');
        const old = (await store.getDocs(host.id, 'bookings', [original.booking.id])).get(original.booking.id)!;
        const next = (await store.getDocs(host.id, 'bookings', [moved.booking.id])).get(moved.booking.id)!;
        expect(old.doc).toMatchObject({ status: 'canceled', cancelReason: 'rescheduled', canceledBy: 'invitee', canceledAt: now, rescheduledToId: moved.booking.id });
        expect(next.doc).toMatchObject({ status: 'confirmed', rescheduledFromId: original.booking.id, linkId: link.id });
        expect(old.seq).toBe(next.seq - 1);
        expect((await linkOf(link.id)).doc).toEqual(spent);
        expect((await store.listBusyIntervals(host.id, { start: '2026-03-05T00:00:00.000Z', end: '2026-03-06T00:00:00.000Z' })).map((b) => b.bookingId)).toEqual([moved.booking.id]);
        // The original is gone now: a second reschedule of it is refused, nothing written.
        expect(await store.book(reschedule('2026-03-05T14:00:00.000Z'))).toBe('gone');
      });

      it('replaces: an overlap, a limit or a stale event type writes nothing and leaves the original confirmed', async () => {
        const { command } = await setUp({ maxUses: 5 });
        const original = command('2026-03-05T10:00:00.000Z');
        const blocker = command('2026-03-05T12:00:00.000Z');
        expect(await store.book(original)).toBe('booked');
        expect(await store.book(blocker)).toBe('booked');
        const reschedule = (start: string, extra: Partial<BookingCommand> = {}): BookingCommand => ({ ...command(start), link: null, replaces: { bookingId: original.booking.id, canceledBy: 'host' }, ...extra });
        expect(await store.book(reschedule('2026-03-05T12:00:00.000Z'))).toBe('overlap');
        // The blocker holds the day's one place (the original's own does not count for its reschedule).
        expect(await store.book(reschedule('2026-03-05T14:00:00.000Z', { limits: [{ start: '2026-03-04T23:00:00.000Z', end: '2026-03-05T23:00:00.000Z', max: 1 }] }))).toBe('limit_reached');
        const c = reschedule('2026-03-05T15:00:00.000Z');
        expect(await store.book({ ...c, eventType: { ...c.eventType, seq: c.eventType.seq + 100 } })).toBe('stale');
        expect(await store.book({ ...reschedule('2026-03-05T16:00:00.000Z'), now: '2026-03-05T10:05:00.000Z' })).toBe('gone');
        const old = (await store.getDocs(host.id, 'bookings', [original.booking.id])).get(original.booking.id)!;
        expect(old.doc).toEqual(original.booking);
        // With two places, the original and the blocker fill the day, yet the original may move within it.
        expect(await store.book(reschedule('2026-03-05T14:00:00.000Z', { limits: [{ start: '2026-03-04T23:00:00.000Z', end: '2026-03-05T23:00:00.000Z', max: 2 }] }))).toBe('booked');
      });
    });

    it('inserts bookings, lists busy intervals (half-open, buffers included) and refuses overlaps', async () => {
      const a = replicated(makeBooking({ start: '2026-03-03T09:00:00.000Z' }));
      const server = { blockedStart: '2026-03-03T08:45:00.000Z', blockedEnd: '2026-03-03T09:45:00.000Z', manageToken: generateToken() };
      const seq = await store.writeTransaction(host.id, (tx) => tx.insertBooking(a, server));
      expect((await store.pull(host.id, 'bookings', null, 10)).documents).toEqual([a]);
      expect((await store.getDocs(host.id, 'bookings', [a.id])).get(a.id)).toEqual({ doc: a, seq });
      const busy = { bookingId: a.id, eventTypeId: a.eventTypeId, start: a.start, end: a.end, blockedStart: server.blockedStart, blockedEnd: server.blockedEnd };
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
