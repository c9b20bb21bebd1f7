// Runs in tests (server side). ONE suite, run against both stores: SQLite on a temp file and
// PostgreSQL on a real (embedded) server. Whatever replication relies on is here; what redemption
// relies on is in store-redemption-conformance.test.ts.
import { beforeEach, describe, expect, it } from 'vitest';
import { makeBooking, makeEventType, makeLink, replicated } from '../../../core/testing/index.ts';
import { generateId, generateToken } from '../../../core/tokens/index.ts';
import { postgresTarget, sqliteTarget } from '../testing/store-targets.ts';
import { uniqueHostInput, useStoreWithHost } from '../testing/use-store-with-host.ts';
import type { ChangeNotice, Checkpoint, Host, PullResult, Store } from './store.ts';
import { HostNotFoundError, InvalidDocumentError, UniqueViolationError } from './store-errors.ts';

const targets = [sqliteTarget(), postgresTarget()];

const hostInput = (slug?: string) => uniqueHostInput('Europe/Berlin', slug);


describe.each(targets)('$name store', (target) => {
  const env = useStoreWithHost(target, () => hostInput());
  const { open } = env;
  let store: Store;
  let host: Host;
  beforeEach(() => ({ store, host } = env));

  describe('migrations', () => {
    it('reopens a migrated database and keeps its data', async () => {
      await store.close();
      const again = await open();
      expect(await again.findHostById(host.id)).toEqual(host);
    });

    it('lets two stores migrate a fresh database at the same moment', async () => {
      const fresh = await target.freshDatabase();
      const [a, b] = await Promise.all([open(fresh), open(fresh)]);
      const created = await a.createHost(hostInput('together'));
      expect(await b.findHostBySlug('together')).toEqual(created);
    });
  });

  describe('hosts', () => {
    it('finds a host by id, slug and token hash, and lists hosts', async () => {
      const input = hostInput('ada');
      const ada = await store.createHost(input);
      expect(ada).toMatchObject({ name: input.name, slug: 'ada', timezone: 'Europe/Berlin' });
      expect(Date.parse(ada.createdAt)).not.toBeNaN();
      expect(await store.findHostById(ada.id)).toEqual(ada);
      expect(await store.findHostBySlug('ada')).toEqual(ada);
      expect(await store.findHostByTokenHash(input.tokenHash)).toEqual({ ...ada, tokenHash: input.tokenHash });
      expect(await store.findHostByTokenHash('nope')).toBeNull();
      expect((await store.listHosts()).map((h) => h.slug).sort()).toEqual(['ada', host.slug].sort());
    });

    it('refuses a second host with the same slug', async () => {
      await expect(store.createHost(hostInput(host.slug))).rejects.toMatchObject({ name: 'UniqueViolationError', field: 'slug' });
    });

    it('replaces the token hash, so the old one no longer finds the host', async () => {
      const input = hostInput('rotating');
      await store.createHost(input);
      const updated = await store.setHostTokenHash('rotating', 'new-hash');
      expect(updated?.slug).toBe('rotating');
      expect(await store.findHostByTokenHash(input.tokenHash)).toBeNull();
      expect((await store.findHostByTokenHash('new-hash'))?.slug).toBe('rotating');
      expect(await store.setHostTokenHash('nobody', 'x')).toBeNull();
    });

    it('keeps a host’s email, \'\' when none was given', async () => {
      expect(host.email).toBe('');
      const withEmail = await store.createHost({ ...hostInput('mailed'), email: 'ada@example.org' });
      expect(withEmail.email).toBe('ada@example.org');
      expect(await store.findHostBySlug('mailed')).toEqual(withEmail);
    });

    it('updates only the given profile fields; the link read sees the new values at once', async () => {
      const et = replicated(makeEventType());
      const link = replicated(makeLink({ eventTypeId: et.id }));
      await store.writeTransaction(host.id, async (tx) => { await tx.putDoc('event_types', et); await tx.putDoc('links', link); });
      expect((await store.findLinkByToken(link.token))?.host).toEqual(host);

      const renamed = await store.updateHost(host.id, { name: 'Ada Lovelace', email: 'ada@example.org' });
      expect(renamed).toEqual({ ...host, name: 'Ada Lovelace', email: 'ada@example.org' });
      const moved = await store.updateHost(host.id, { timezone: 'America/New_York', slug: 'ada-l' });
      expect(moved).toEqual({ ...host, name: 'Ada Lovelace', email: 'ada@example.org', timezone: 'America/New_York', slug: 'ada-l' });
      expect(await store.updateHost(host.id, {})).toEqual(moved);
      expect(await store.findHostById(host.id)).toEqual(moved);
      expect(await store.findHostBySlug('ada-l')).toEqual(moved);
      expect(await store.findHostBySlug(host.slug)).toBeNull();
      expect((await store.findLinkByToken(link.token))?.host).toEqual(moved);
      expect(await store.updateHost('no-such-host', { name: 'X' })).toBeNull();
    });

    it('refuses a slug another host has, changing nothing', async () => {
      const other = await store.createHost(hostInput('taken'));
      await expect(store.updateHost(host.id, { name: 'Changed', slug: 'taken' })).rejects.toMatchObject({ name: 'UniqueViolationError', field: 'slug' });
      expect(await store.findHostById(host.id)).toEqual(host);
      expect(await store.findHostById(other.id)).toEqual(other);
      // Its own slug is no conflict.
      expect((await store.updateHost(host.id, { slug: host.slug }))?.slug).toBe(host.slug);
    });

    it('announces a profile change as a notice of the host with no collections', async () => {
      const notices: ChangeNotice[] = [];
      store.onCommit((n) => notices.push(n));
      await store.updateHost(host.id, { name: 'Announced' });
      // Heard before updateHost resolved: the view cache drops the host's pages before the answer goes out.
      expect(notices).toEqual([{ hostId: host.id, collections: [] }]);
      await store.updateHost(host.id, {});
      expect(notices).toHaveLength(1);
    });

    // Only PostgreSQL has other server processes to tell (SQLite serves one process).
    if (target.name === 'postgres') {
      it('announces a profile change to the other server processes too', async () => {
        const other = await open();
        const heard = new Promise<ChangeNotice>((resolve) => other.onCommit(resolve));
        await store.updateHost(host.id, { name: 'Heard elsewhere' });
        expect(await heard).toEqual({ hostId: host.id, collections: [] });
      });
    }
  });

  describe('documents and pulls', () => {
    it('returns exactly the stored document plus _deleted, in (seq, id) order', async () => {
      const et = replicated(makeEventType());
      const link = replicated(makeLink({ eventTypeId: et.id }));
      const seqs = await store.writeTransaction(host.id, async (tx) => [await tx.putDoc('event_types', et), await tx.putDoc('links', link)]);
      expect(seqs[1]).toBeGreaterThan(seqs[0] as number);
      const pulled = await store.pull(host.id, 'links', null, 100);
      expect(pulled.documents).toEqual([link]);
      expect(Object.keys(pulled.documents[0] as object).sort()).toEqual(Object.keys(link).sort());
      expect(pulled.checkpoint).toEqual({ seq: seqs[1], id: link.id });
      expect((await store.getDocs(host.id, 'event_types', [et.id, 'missing'])).get(et.id)).toEqual({ doc: et, seq: seqs[0] });
    });

    it('pages with checkpoints and returns the given checkpoint when nothing is new', async () => {
      const docs = Array.from({ length: 7 }, () => replicated(makeEventType({ slug: `e-${generateId().slice(0, 8)}` })));
      await store.writeTransaction(host.id, async (tx) => { for (const d of docs) await tx.putDoc('event_types', d); });
      const seen: string[] = [];
      let checkpoint: Checkpoint | null = null;
      for (;;) {
        const page: PullResult<'event_types'> = await store.pull(host.id, 'event_types', checkpoint, 3);
        seen.push(...page.documents.map((d) => d.id));
        if (page.documents.length === 0) {
          expect(page.checkpoint).toEqual(checkpoint);
          break;
        }
        checkpoint = page.checkpoint;
      }
      expect(seen).toEqual(docs.map((d) => d.id));
      expect((await store.pull(host.id, 'links', null, 10)).checkpoint).toEqual({ seq: 0, id: '' });
    });

    it('filters by host and collection before the limit', async () => {
      const other = await store.createHost(hostInput());
      await store.writeTransaction(other.id, async (tx) => {
        for (let i = 0; i < 20; i += 1) await tx.putDoc('event_types', replicated(makeEventType({ slug: `o-${i}` })));
      });
      const mine = replicated(makeEventType());
      await store.writeTransaction(host.id, async (tx) => {
        await tx.putDoc('links', replicated(makeLink()));
        await tx.putDoc('event_types', mine);
      });
      const page = await store.pull(host.id, 'event_types', null, 1);
      expect(page.documents).toEqual([mine]);
      expect(await store.getDocs(other.id, 'event_types', [mine.id])).toEqual(new Map());
    });

    it('stores deletions and rewrites with a new seq', async () => {
      const et = replicated(makeEventType());
      const first = await store.writeTransaction(host.id, (tx) => tx.putDoc('event_types', et));
      const second = await store.writeTransaction(host.id, (tx) => tx.putDoc('event_types', { ...et, _deleted: true }));
      expect(second).toBeGreaterThan(first);
      const page = await store.pull(host.id, 'event_types', { seq: first, id: et.id }, 10);
      expect(page.documents).toEqual([{ ...et, _deleted: true }]);
    });

    it('keeps event type slugs unique among a host’s live event types', async () => {
      const a = replicated(makeEventType({ slug: 'intro' }));
      await store.writeTransaction(host.id, (tx) => tx.putDoc('event_types', a));
      const b = replicated(makeEventType({ slug: 'intro' }));
      await expect(store.writeTransaction(host.id, (tx) => tx.putDoc('event_types', b))).rejects.toMatchObject({ name: 'UniqueViolationError', field: 'slug' });
      await store.writeTransaction(host.id, (tx) => tx.putDoc('event_types', { ...a, _deleted: true }));
      await store.writeTransaction(host.id, (tx) => tx.putDoc('event_types', b));
      expect((await store.findEventTypeBySlug(host.id, 'intro'))?.doc).toEqual(b);
      const other = await store.createHost(hostInput());
      await store.writeTransaction(other.id, (tx) => tx.putDoc('event_types', replicated(makeEventType({ slug: 'intro' }))));
    });

    it('refuses to store a document the clients’ schema would refuse', async () => {
      const et = replicated(makeEventType());
      const attempts = [{ ...et, durationMinutes: 0 }, { ...et, seq: 7 }, { ...et, _meta: { lwt: 1 } }];
      for (const doc of attempts) {
        await expect(store.writeTransaction(host.id, (tx) => tx.putDoc('event_types', doc))).rejects.toBeInstanceOf(InvalidDocumentError);
      }
      const booking = replicated(makeBooking({ status: 'canceled', canceledAt: null }));
      await expect(store.writeTransaction(host.id, (tx) => tx.insertBooking(booking, { blockedStart: booking.start, blockedEnd: booking.end, manageToken: generateToken() })))
        .rejects.toMatchObject({ name: 'InvalidDocumentError', fields: [expect.objectContaining({ field: 'canceledAt' })] });
      expect((await store.pull(host.id, 'event_types', null, 10)).documents).toEqual([]);
    });

    it('keeps link tokens unique across hosts', async () => {
      const link = replicated(makeLink());
      await store.writeTransaction(host.id, (tx) => tx.putDoc('links', link));
      const other = await store.createHost(hostInput());
      const copy = replicated(makeLink({ token: link.token }));
      await expect(store.writeTransaction(other.id, (tx) => tx.putDoc('links', copy))).rejects.toBeInstanceOf(UniqueViolationError);
      await expect(store.writeTransaction(other.id, (tx) => tx.putDoc('links', copy))).rejects.toMatchObject({ field: 'token' });
    });
  });

  describe('write transactions', () => {
    it('rolls back everything when the work throws, and tells no one', async () => {
      const notices: ChangeNotice[] = [];
      store.onCommit((n) => notices.push(n));
      const et = replicated(makeEventType());
      await expect(store.writeTransaction(host.id, async (tx) => {
        await tx.putDoc('event_types', et);
        expect((await tx.getDocs('event_types', [et.id])).get(et.id)?.doc).toEqual(et);
        throw new Error('boom');
      })).rejects.toThrow('boom');
      expect(await store.getDocs(host.id, 'event_types', [et.id])).toEqual(new Map());
      expect((await store.pull(host.id, 'event_types', null, 10)).documents).toEqual([]);
      await new Promise((r) => setTimeout(r, 100));
      expect(notices).toEqual([]);
    });

    it('rolls back when a failed method was caught inside the work', async () => {
      await store.writeTransaction(host.id, (tx) => tx.putDoc('event_types', replicated(makeEventType({ slug: 'taken' }))));
      const fresh = replicated(makeEventType({ slug: 'fresh' }));
      await expect(store.writeTransaction(host.id, async (tx) => {
        await tx.putDoc('event_types', fresh);
        await tx.putDoc('event_types', replicated(makeEventType({ slug: 'taken' }))).catch(() => 'swallowed');
        return 'done';
      })).rejects.toBeInstanceOf(UniqueViolationError);
      expect(await store.findEventTypeBySlug(host.id, 'fresh')).toBeNull();
    });

    it('announces a commit with the collections it touched, after the commit', async () => {
      const notices: ChangeNotice[] = [];
      const seenAtNotice: number[] = [];
      store.onCommit((n) => {
        notices.push(n);
        void store.pull(host.id, 'links', null, 10).then((p) => seenAtNotice.push(p.documents.length));
      });
      await store.writeTransaction(host.id, async (tx) => {
        await tx.putDoc('links', replicated(makeLink()));
        await tx.putDoc('event_types', replicated(makeEventType()));
      });
      await store.writeTransaction(host.id, async (tx) => tx.getDocs('links', []));
      await expect.poll(() => notices.length).toBe(1);
      expect(notices[0]?.hostId).toBe(host.id);
      expect([...(notices[0]?.collections ?? [])].sort()).toEqual(['event_types', 'links']);
      await expect.poll(() => seenAtNotice).toEqual([1]);
    });

    it('serializes one host’s writers: sequence order is commit order, uncommitted writes stay invisible', async () => {
      const slow = replicated(makeEventType({ slug: 'slow' }));
      const fast = replicated(makeEventType({ slug: 'fast' }));
      let releaseSlow!: () => void;
      const slowMayCommit = new Promise<void>((r) => { releaseSlow = r; });
      let slowWrote!: () => void;
      const slowHasWritten = new Promise<void>((r) => { slowWrote = r; });
      const slowTx = store.writeTransaction(host.id, async (tx) => {
        const seq = await tx.putDoc('event_types', slow);
        slowWrote();
        await slowMayCommit;
        return seq;
      });
      await slowHasWritten;
      const fastTx = store.writeTransaction(host.id, (tx) => tx.putDoc('event_types', fast));
      await new Promise((r) => setTimeout(r, 50));
      expect((await store.pull(host.id, 'event_types', null, 10)).documents).toEqual([]);
      releaseSlow();
      const [slowSeq, fastSeq] = await Promise.all([slowTx, fastTx]);
      expect(fastSeq).toBeGreaterThan(slowSeq);
      expect((await store.pull(host.id, 'event_types', null, 10)).documents.map((d) => d.slug)).toEqual(['slow', 'fast']);
    });

    it('refuses a transaction of an unknown host', async () => {
      await expect(store.writeTransaction('no-such-host', async () => 1)).rejects.toBeInstanceOf(HostNotFoundError);
    });
  });
});
