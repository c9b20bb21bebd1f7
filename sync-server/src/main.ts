// Runs on the server. The sync server's command line: `node sync-server/src/main.ts` (=
// `npm run server`) serves; `create-host`, `list-hosts` and `rotate-token` manage hosts.
import { processIo } from './cli/cli-io.ts';
import { runCli } from './cli/run-cli.ts';

const code = await runCli(process.argv.slice(2), processIo);
if (code !== null) process.exitCode = code;
