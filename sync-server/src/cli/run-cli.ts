// Runs on the server (CLI). Dispatches `node sync-server/src/main.ts [command] [options]` and
// turns every expected failure into one line on stderr and exit code 1.
import { ConfigError } from '../config/config-error.ts';
import { loadConfig } from '../config/load-config.ts';
import { DatabaseUnavailableError } from '../store/store-errors.ts';
import { CliError } from './cli-error.ts';
import type { CliIo } from './cli-io.ts';
import { createHostCommand, listHostsCommand, rotateTokenCommand, updateHostCommand } from './host-commands.ts';
import { createLinkCommand } from './link-commands.ts';
import { serveCommand } from './serve-command.ts';

export const USAGE = [
  'usage: node sync-server/src/main.ts [command]',
  '  (no command) | serve                                   run the sync server',
  '  create-host --name NAME --slug SLUG --timezone TZ [--email EMAIL]',
  '                                                         create a host; prints {"hostId","slug","token"} last',
  '  list-hosts                                             one JSON line per host',
  '  rotate-token --slug SLUG                               new token for a host; prints {"hostId","slug","token"} last',
  '  update-host --slug SLUG [--name NAME --email EMAIL --timezone TZ --new-slug SLUG]',
  '                                                         change a host\'s profile; prints the host as JSON last',
  '  create-link --slug HOSTSLUG --event EVENTSLUG [--name NAME --email EMAIL --max-uses N --expires ISO]',
  '                                                         mint a link; prints its URL last',
  'environment: PORT (8787), HOST (127.0.0.1), DATABASE_URL (sqlite:./data/scheduler.sqlite | postgres://...),',
  '             PUBLIC_URL, LOG_LEVEL (info), SYNC_HEARTBEAT_SECONDS (20), TRUST_PROXY (false),',
  '             HEADERS_TIMEOUT_SECONDS (10), REQUEST_TIMEOUT_SECONDS (120), IDLE_TIMEOUT_SECONDS (75), MAX_CONNECTIONS (10000)',
].join('\n');

/** Resolves to the exit code, or null while the server keeps running. */
export async function runCli(argv: string[], io: CliIo): Promise<number | null> {
  const [command = 'serve', ...args] = argv;
  try {
    if (command === '--help' || command === '-h' || command === 'help') {
      io.out(USAGE);
      return 0;
    }
    const config = loadConfig(io.env);
    switch (command) {
      case 'serve':
        if (args.length > 0) throw new CliError(`serve takes no arguments (got ${args.join(' ')})`);
        await serveCommand(config);
        return null;
      case 'create-host':
        await createHostCommand(args, config, io);
        return 0;
      case 'list-hosts':
        await listHostsCommand(args, config, io);
        return 0;
      case 'rotate-token':
        await rotateTokenCommand(args, config, io);
        return 0;
      case 'update-host':
        await updateHostCommand(args, config, io);
        return 0;
      case 'create-link':
        await createLinkCommand(args, config, io);
        return 0;
      default:
        throw new CliError(`unknown command "${command}" (try --help)`);
    }
  } catch (error) {
    if (error instanceof CliError || error instanceof ConfigError || error instanceof DatabaseUnavailableError) {
      io.err(`error: ${error.message}`);
      return 1;
    }
    io.err(`error: ${(error as Error).message?.split('\n')[0] ?? String(error)}`);
    return 1;
  }
}
