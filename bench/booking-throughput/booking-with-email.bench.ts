// Runs in Node (bench). Does email slow redemption? (issue #15: bookings/s with email on >= 0.9×
// with it off.) The same load as the throughput bench (64 clients, each booking a different
// single-use link of one host) against the real server process, with the outbox worker sending
// every booking's messages to a local SMTP server (`smtp-server` in a process of its own, which
// only counts what it receives) and with OUTBOX_WORKER=off (the messages are queued in the booking's
// transaction either way: that is invariant 7, not an option). A fresh database per run; on and
// off alternate, best of each.
import type { AutocannonRequest } from 'autocannon';
import type { BenchResult, BenchRow } from '../render-results.ts';
import { alternateRounds, bestOf } from '../support/alternate-rounds.ts';
import { openBenchDatabases, type DatabaseKind } from '../support/bench-databases.ts';
import { bookingBody, setUpBooking } from '../support/booking-setup.ts';
import { runLoad, type LoadResult } from '../support/run-load.ts';
import { spawnSmtpSink } from '../support/spawn-smtp-sink.ts';

const CLIENTS = 64;

interface EmailRun {
  load: LoadResult;
  /** Messages the sink had received by the end of the load. */
  sent: number;
}

export async function runBookingWithEmailBench({ quick }: { quick: boolean }): Promise<BenchResult> {
  const seconds = quick ? 1 : 5;
  const rounds = quick ? 1 : 2;
  const links = quick ? 5_000 : 20_000;
  const databases = await openBenchDatabases();
  const sink = await spawnSmtpSink();
  const rows: BenchRow[] = [];
  try {
    for (const kind of ['sqlite', 'postgres'] as DatabaseKind[]) {
      const runWith = async (email: boolean): Promise<EmailRun> => {
        const setup = await setUpBooking(databases, kind, {
          links, hostEmail: 'host@example.org',
          serverEnv: email ? { SMTP_URL: sink.url, OUTBOX_POLL_MS: '200' } : { OUTBOX_WORKER: 'off' },
        });
        try {
          const before = await sink.received();
          const counter = { n: -1 };
          const request = (r: AutocannonRequest) => {
            counter.n += 1;
            return { ...r, path: `/api/public/links/${setup.links[counter.n % links]!.token}/bookings`, body: bookingBody(setup.spreadStartAt(counter.n), counter.n) };
          };
          if (!quick) await runLoad({ url: setup.server.baseUrl, connections: CLIENTS, duration: 1, requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: request }] });
          const load = await runLoad({ url: setup.server.baseUrl, connections: CLIENTS, duration: seconds, requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: request }] });
          const others = Object.entries(load.statuses).filter(([status]) => status !== '201');
          if (others.length > 0) throw new Error(`email ${email ? 'on' : 'off'} on ${kind}: answers other than 201: ${JSON.stringify(Object.fromEntries(others))}`);
          return { load, sent: (await sink.received()) - before };
        } finally {
          await setup.stop();
        }
      };
      const runs = await alternateRounds(rounds, () => runWith(true), () => runWith(false));
      const perSecond = (run: EmailRun) => (run.load.statuses['201'] ?? 0) / run.load.durationS;
      const on = bestOf(runs.ours, perSecond);
      const off = bestOf(runs.theirs, perSecond);
      if (!quick && on.sent === 0) throw new Error(`email on (${kind}): the SMTP sink received nothing during the load`);
      rows.push({ metric: `${kind}: bookings/s, ${CLIENTS} clients, email on (SMTP to a local sink) vs off`, value: perSecond(on), unit: '/s', baseline: perSecond(off), ratio: perSecond(on) / perSecond(off), target: '>= 0.9× off' });
      // Whether the worker keeps up: each booking queues an invitee confirmation and a host notice,
      // so a worker that keeps pace receives about two emails per booking made.
      const emailsPerSecond = on.sent / on.load.durationS;
      rows.push({ metric: `${kind}: emails received by the sink during the email-on load vs bookings made in it`, value: emailsPerSecond, unit: '/s', baseline: perSecond(on), ratio: emailsPerSecond / perSecond(on) });
    }
  } finally {
    await sink.stop();
    await databases.close();
  }
  return { name: `Booking throughput with email (best of ${rounds} × ${seconds} s)`, rows };
}
