// Runs in Node (bench). Redemption storm: 1,000 invitees press "Confirm" on one single-use link
// at the same instant (autocannon, one connection each, each asking for its own start), on
// SQLite and on PostgreSQL. Reported: time until every request is answered, p50/p99 latency and
// the number of 201s (must be exactly 1). All requests leave at once on open connections, so the
// slowest answer's latency is the time until every invitee has theirs. Baseline, same run and database: the same storm
// against a bare node:http handler doing the check-and-set as one durable transaction.
import type { AutocannonRequest } from 'autocannon';
import type { BenchResult, BenchRow } from '../render-results.ts';
import { openBenchDatabases, type DatabaseKind } from '../support/bench-databases.ts';
import { bookingBody, setUpBooking } from '../support/booking-setup.ts';
import { runLoad, type LoadResult } from '../support/run-load.ts';
import { spawnBareServer } from '../support/spawn-bare-server.ts';

function storm(url: string, path: string, invitees: number, startAt: (n: number) => string): Promise<LoadResult> {
  let n = 0;
  return runLoad({
    url,
    connections: invitees,
    amount: invitees,
    timeout: 30,
    requests: [{
      method: 'POST',
      path,
      headers: { 'content-type': 'application/json' },
      setupRequest: (request: AutocannonRequest) => {
        n += 1;
        return { ...request, body: bookingBody(startAt(n % 96), n) };
      },
    }],
  });
}

export async function runRedemptionStormBench({ quick }: { quick: boolean }): Promise<BenchResult> {
  const invitees = quick ? 200 : 1000;
  const databases = await openBenchDatabases();
  const rows: BenchRow[] = [];
  try {
    for (const kind of ['sqlite', 'postgres'] as DatabaseKind[]) {
      const setup = await setUpBooking(databases, kind, { links: 1 });
      let server: LoadResult;
      try {
        server = await storm(setup.server.baseUrl, `/api/public/links/${setup.links[0]!.token}/bookings`, invitees, setup.startAt);
      } finally {
        await setup.stop();
      }
      const bare = await spawnBareServer({ BARE_MODE: 'durable-insert', DATABASE_URL: setup.url, BARE_LINKS: '1' });
      let floor: LoadResult;
      try {
        floor = await storm(bare.baseUrl, '/redeem/0', invitees, setup.startAt);
      } finally {
        await bare.stop();
      }
      const created = server.statuses['201'] ?? 0;
      const unanswered = invitees - server.answered;
      if (unanswered > 0 || server.statuses['500'] || server.statuses['503']) {
        throw new Error(`storm on ${kind}: ${unanswered} unanswered, statuses ${JSON.stringify(server.statuses)}`);
      }
      rows.push(
        { metric: `${kind}: all ${invitees} answered (slowest answer)`, value: server.max, unit: 'ms', baseline: floor.max, ratio: server.max / Math.max(floor.max, 1), target: '< 2000 ms' },
        { metric: `${kind}: latency p50`, value: server.p50, unit: 'ms', baseline: floor.p50, ratio: server.p50 / Math.max(floor.p50, 1) },
        { metric: `${kind}: latency p99`, value: server.p99, unit: 'ms', baseline: floor.p99, ratio: server.p99 / Math.max(floor.p99, 1) },
        { metric: `${kind}: 201 answers`, value: created, unit: '', baseline: floor.statuses['201'] ?? 0, ratio: created / Math.max(floor.statuses['201'] ?? 0, 1), target: 'exactly 1' },
      );
    }
  } finally {
    await databases.close();
  }
  return { name: `Redemption storm (${invitees} confirmations, one single-use link)`, rows };
}
