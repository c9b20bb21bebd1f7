// Runs in Node (bench). The booking page under real traffic (issue #18, row 1): each single-use
// link is opened by one invitee, a few times. 10,000 distinct live links, each GET /l/{token}
// twice, all 20,000 in one random order (autocannon, 10 connections, no compression asked for).
// Baseline, same run, in turn with ours (best of rotating rounds): a bare node:http handler
// answering every request with our page's bytes. Measured with the view cache as served and with
// it off, so the table says whether the cache still earns its place on this shape.
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AutocannonRequest } from 'autocannon';
import type { BenchResult } from '../render-results.ts';
import { openBenchDatabases, type BenchDatabases } from '../support/bench-databases.ts';
import { setUpBooking, type BookingSetup } from '../support/booking-setup.ts';
import { bestOf, rotateRounds } from '../support/alternate-rounds.ts';
import { runLoad, type LoadResult } from '../support/run-load.ts';
import { spawnBareServer } from '../support/spawn-bare-server.ts';

const CONNECTIONS = 10;
const OPENS_PER_LINK = 2;

/** Every link's path `OPENS_PER_LINK` times, shuffled (Fisher–Yates with a fixed seed: the same order every run). */
function shuffledPaths(setup: BookingSetup): string[] {
  const paths = setup.links.flatMap((link) => Array.from({ length: OPENS_PER_LINK }, () => `/l/${link.token}`));
  let seed = 0x1f2e3d4c;
  const random = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) >>> 0;
    return seed / 2 ** 32;
  };
  for (let i = paths.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [paths[i], paths[j]] = [paths[j]!, paths[i]!];
  }
  return paths;
}

async function loadPaths(baseUrl: string, paths: string[]): Promise<LoadResult> {
  let next = 0;
  const requests: AutocannonRequest[] = [{ method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }) }];
  const load = await runLoad({ url: baseUrl, connections: CONNECTIONS, amount: paths.length, requests });
  if (load.statuses['200'] !== load.answered || load.answered !== paths.length) throw new Error(`booking page traffic ${baseUrl}: answers ${JSON.stringify(load.statuses)} of ${paths.length}`);
  return load;
}

/** A served side of the comparison: its URL, and how to stop it. */
interface Side {
  baseUrl: string;
  stop(): Promise<void>;
}

async function startOurs(databases: BenchDatabases, links: number, serverEnv: Record<string, string>): Promise<Side & { setup: BookingSetup }> {
  const setup = await setUpBooking(databases, 'sqlite', { links, eventType: 'workday', serverEnv });
  return { setup, baseUrl: setup.server.baseUrl, stop: () => setup.stop() };
}

/**
 * Each side `rounds` times in rotating order (alternate-rounds.ts), best run of each: the bare
 * side answers its requests in a few seconds, and a whole bench has seen its rate drift by a third
 * between runs minutes apart.
 */
async function bestOfRotatingRounds(rounds: number, sides: ReadonlyArray<() => Promise<LoadResult>>): Promise<LoadResult[]> {
  return (await rotateRounds(rounds, sides)).map((sideRuns) => bestOf(sideRuns, (run) => run.rps));
}

export async function runBookingPageTrafficBench({ quick }: { quick: boolean }): Promise<BenchResult> {
  const links = quick ? 300 : 10_000;
  const rounds = quick ? 1 : 2;
  const databases = await openBenchDatabases();
  const started: Side[] = [];
  try {
    const ours = await startOurs(databases, links, {});
    started.push(ours);
    const uncached = await startOurs(databases, links, { PUBLIC_VIEW_CACHE_MS: '0' });
    started.push(uncached);
    // The bare page is our page, byte for byte (the first link's, uncompressed).
    const bodyFile = join(tmpdir(), `bench-booking-traffic-${process.pid}.html`);
    const first = await fetch(`${ours.baseUrl}/l/${ours.setup.links[0]!.token}`, { headers: { 'accept-encoding': 'identity' } });
    await writeFile(bodyFile, Buffer.from(await first.arrayBuffer()));
    const bare = await spawnBareServer({ BARE_MODE: 'fixed', BARE_BODY_FILE: bodyFile });
    started.push(bare);
    const ourPaths = shuffledPaths(ours.setup);
    const uncachedPaths = shuffledPaths(uncached.setup);
    // The bare side answers in a third of our time: three times the requests, so its run is long
    // enough to measure (a 3-second run swung by a third from one run to the next).
    const barePaths = Array.from({ length: 3 * links * OPENS_PER_LINK }, (_, i) => `/l/bare-${i}`);
    // No warm-up: it would open pages of the run before it starts (the JIT warms up on its first
    // requests instead, a small share of 20,000). A second round meets a warm process, but no kept
    // answer: the other sides ran in between, longer than an answer is kept.
    const [cached, uncachedResult, floor] = await bestOfRotatingRounds(rounds, [
      () => loadPaths(ours.baseUrl, ourPaths),
      () => loadPaths(uncached.baseUrl, uncachedPaths),
      () => loadPaths(bare.baseUrl, barePaths),
    ]) as [LoadResult, LoadResult, LoadResult];
    return {
      name: `Booking page under real traffic (${links} distinct links, each opened ${OPENS_PER_LINK}×, random order, ${CONNECTIONS} connections)`,
      rows: [
        { metric: 'requests/s (vs bare fixed page)', value: cached.rps, unit: '/s', baseline: floor.rps, ratio: cached.rps / floor.rps, target: '>= 0.3× bare' },
        { metric: 'latency p99', value: cached.p99, unit: 'ms', baseline: floor.p99, ratio: cached.p99 / Math.max(floor.p99, 1) },
        { metric: 'requests/s, view cache off', value: uncachedResult.rps, unit: '/s', baseline: floor.rps, ratio: uncachedResult.rps / floor.rps },
      ],
    };
  } finally {
    for (const side of started) await side.stop();
    await databases.close();
  }
}
