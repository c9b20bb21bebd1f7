// Runs on the server (CLI). `create-host`, `list-hosts`, `rotate-token`: each opens the store of
// DATABASE_URL (migrating it), does its one thing and prints JSON lines (the token line last).
import type { ServerConfig } from '../config/load-config.ts';
import { createHost, HostInputError } from '../hosts/create-host.ts';
import { rotateHostToken } from '../hosts/rotate-host-token.ts';
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import { CliError } from './cli-error.ts';
import type { CliIo } from './cli-io.ts';
import { parseCommandOptions } from './parse-command-options.ts';

async function withStore<T>(config: ServerConfig, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(config.database);
  try {
    return await work(store);
  } catch (error) {
    if (error instanceof HostInputError) throw new CliError(error.message);
    throw error;
  } finally {
    await store.close();
  }
}

export async function createHostCommand(args: string[], config: ServerConfig, io: CliIo): Promise<void> {
  const options = parseCommandOptions('create-host', args, ['name', 'slug', 'timezone'], ['name', 'slug', 'timezone']);
  const { host, token } = await withStore(config, (store) =>
    createHost(store, { name: options.name ?? '', slug: options.slug ?? '', timezone: options.timezone ?? '' }));
  io.out(`Created host "${host.name}" (${host.slug}). The token below is shown only once; keep it secret.`);
  io.out(JSON.stringify({ hostId: host.id, slug: host.slug, token }));
}

export async function listHostsCommand(args: string[], config: ServerConfig, io: CliIo): Promise<void> {
  parseCommandOptions('list-hosts', args, [], []);
  const hosts = await withStore(config, (store) => store.listHosts());
  for (const host of hosts) {
    io.out(JSON.stringify({ hostId: host.id, name: host.name, slug: host.slug, timezone: host.timezone, createdAt: host.createdAt }));
  }
  if (hosts.length === 0) io.err('no hosts yet: create one with create-host --name NAME --slug SLUG --timezone TZ');
}

export async function rotateTokenCommand(args: string[], config: ServerConfig, io: CliIo): Promise<void> {
  const options = parseCommandOptions('rotate-token', args, ['slug'], ['slug']);
  const { host, token } = await withStore(config, (store) => rotateHostToken(store, options.slug ?? ''));
  io.out(`New token for "${host.slug}"; the old one no longer works. It is shown only once; keep it secret.`);
  io.out(JSON.stringify({ hostId: host.id, slug: host.slug, token }));
}
