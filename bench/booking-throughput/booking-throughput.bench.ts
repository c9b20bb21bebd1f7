// Runs in Node (bench). Booking throughput: many invitees (autocannon) each booking a different
// single-use link of one host at a different time, for a fixed time, on SQLite and on PostgreSQL.
// Reported: confirmed bookings (201s) per second. Baseline, same run and database: a bare
// node:http handler doing one durable transaction per request (conditional UPDATE of the link row
// + INSERT of the booking): the limit the database sets. Both servers are up side by side and
// loaded in turn (never at once), best run of each.
//
// Why 64 clients: throughput is what a server does when there is always work waiting. At 16
// clients the bare handler is already at its limit (it does no better with more) but ours is
// not: a host's writes run one group at a time (invariant 4), so with few clients in flight ours
// waits on that chain with CPU to spare (1.4 of 2 cores busy), and 16 measured our latency, not
// our capacity. At 64 both are saturated. The bare handler gets a PostgreSQL connection per
// client, so its pool never holds it back (at 64 clients, 10 connections cost it 15%). The 16-client figures
// stay in the table, without a target.
import type { AutocannonRequest } from 'autocannon';
import type { BenchResult, BenchRow } from '../render-results.ts';
import { alternateRounds, bestOf } from '../support/alternate-rounds.ts';
import { openBenchDatabases, type DatabaseKind } from '../support/bench-databases.ts';
import { bookingBody, setUpBooking } from '../support/booking-setup.ts';
import { runLoad, type LoadResult } from '../support/run-load.ts';
import { spawnBareServer } from '../support/spawn-bare-server.ts';

/** The load the target applies to: enough that both servers always have work waiting. */
const CLIENTS = 64;
/** Also reported: a lighter load, where ours is bound by the host's serial chain. */
const FEW_CLIENTS = 16;

/** `counter` carries on across runs, so a warm-up and the measured run never reuse a link or a time. */
function bookDistinctLinks(url: string, clients: number, pathOf: (n: number) => string, seconds: number, startAt: (n: number) => string, counter: { n: number }): Promise<LoadResult> {
  return runLoad({
    url,
    connections: clients,
    duration: seconds,
    requests: [{
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      setupRequest: (request: AutocannonRequest) => {
        counter.n += 1;
        const n = counter.n;
        return { ...request, path: pathOf(n), body: bookingBody(startAt(n), n) };
      },
    }],
  });
}

const bookedPerSecond = (run: LoadResult): number => (run.statuses['201'] ?? 0) / run.durationS;

export async function runBookingThroughputBench({ quick }: { quick: boolean }): Promise<BenchResult> {
  const seconds = quick ? 1 : 5;
  // Each side's best of `rounds` runs counts (alternate-rounds.ts).
  const rounds = quick ? 1 : 2;
  // More links than any run can use: running out would turn bookings into 410s (ours at 5,000 /s
  // would take 55,000). Below the 67,200 distinct times spreadStartAt has, so none repeats.
  const links = quick ? 10_000 : 60_000;
  const loads = quick ? [CLIENTS] : [CLIENTS, FEW_CLIENTS];
  const databases = await openBenchDatabases();
  const rows: BenchRow[] = [];
  try {
    for (const kind of ['sqlite', 'postgres'] as DatabaseKind[]) {
      for (const clients of loads) {
        // A fresh database per load: every run books links and times nobody booked before.
        const setup = await setUpBooking(databases, kind, { links });
        const oursRuns: LoadResult[] = [];
        const bareRuns: LoadResult[] = [];
        try {
          const bare = await spawnBareServer({ BARE_MODE: 'durable-insert', DATABASE_URL: setup.url, BARE_LINKS: String(links * 4), BARE_POOL: String(clients) });
          try {
            const ours = { n: -1 };
            const theirs = { n: -1 };
            const pathOf = (n: number) => `/api/public/links/${setup.links[n % links]!.token}/bookings`;
            const runOurs = (s: number) => bookDistinctLinks(setup.server.baseUrl, clients, pathOf, s, setup.spreadStartAt, ours);
            const runBare = (s: number) => bookDistinctLinks(bare.baseUrl, clients, (n) => `/redeem/${n}`, s, setup.spreadStartAt, theirs);
            if (!quick) {
              // Warm-up (JIT, pools) of both.
              await runOurs(1);
              await runBare(1);
            }
            const runs = await alternateRounds(rounds, () => runOurs(seconds), () => runBare(seconds));
            oursRuns.push(...runs.ours);
            bareRuns.push(...runs.theirs);
          } finally {
            await bare.stop();
          }
        } finally {
          await setup.stop();
        }
        for (const run of oursRuns) {
          const others = Object.entries(run.statuses).filter(([status]) => status !== '201');
          if (others.length > 0) throw new Error(`throughput on ${kind}, ${clients} clients: answers other than 201: ${JSON.stringify(Object.fromEntries(others))}`);
        }
        const server = bestOf(oursRuns, bookedPerSecond);
        const floor = bestOf(bareRuns, bookedPerSecond);
        const booked = bookedPerSecond(server);
        const floorBooked = bookedPerSecond(floor);
        const target = clients === CLIENTS ? { target: '>= 0.5× bare' } : {};
        rows.push({ metric: `${kind}: bookings/s, ${clients} clients (vs bare insert handler)`, value: booked, unit: '/s', baseline: floorBooked, ratio: booked / floorBooked, ...target });
        if (clients === CLIENTS) rows.push({ metric: `${kind}: booking latency p99, ${clients} clients`, value: server.p99, unit: 'ms', baseline: floor.p99, ratio: server.p99 / Math.max(floor.p99, 1) });
      }
    }
  } finally {
    await databases.close();
  }
  return { name: `Booking throughput (distinct links, best of ${rounds} × ${seconds} s)`, rows };
}
