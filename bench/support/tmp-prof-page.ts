// Runs in Node (bench). TEMPORARY profiling harness (to be deleted).
import { openBenchDatabases } from './bench-databases.ts';
import { setUpBooking } from './booking-setup.ts';
import { runLoad } from './run-load.ts';
const what = process.argv[2] ?? 'page';
const databases = await openBenchDatabases();
process.env['NODE_OPTIONS'] = '--cpu-prof --cpu-prof-dir=/tmp/hprof';
const setup = await setUpBooking(databases, 'sqlite', { links: 1, eventType: 'workday' });
const path = `/l/${setup.links[0]!.token}`;
const r = await runLoad({ url: `${setup.server.baseUrl}${path}`, connections: 10, duration: 5 });
console.log(what, r.rps, r.p99);
await setup.stop();
await databases.close();
