// Runs on the server (CLI). `create-host`, `list-hosts`, `rotate-token`, `update-host`: each opens
// the store of DATABASE_URL (migrating it), does its one thing and prints JSON lines (the token
// line, or the updated host, last).
import type { ServerConfig } from '../config/load-config.ts';
import { createHost, HostInputError } from '../hosts/create-host.ts';
import { rotateHostToken } from '../hosts/rotate-host-token.ts';
import { updateHostProfile } from '../hosts/update-host-profile.ts';
import { openStore } from '../store/open-store.ts';
import type { Host, HostPatch, Store } from '../store/store.ts';
import { CliError } from './cli-error.ts';
import type { CliIo } from './cli-io.ts';
import { parseCommandOptions } from './parse-command-options.ts';

function hostLine(host: Host) {
  return { hostId: host.id, name: host.name, slug: host.slug, timezone: host.timezone, email: host.email, createdAt: host.createdAt };
}

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
  const options = parseCommandOptions('create-host', args, ['name', 'slug', 'timezone', 'email'], ['name', 'slug', 'timezone']);
  const { host, token } = await withStore(config, (store) =>
    createHost(store, { name: options.name ?? '', slug: options.slug ?? '', timezone: options.timezone ?? '', email: options.email ?? '' }));
  io.out(`Created host "${host.name}" (${host.slug}). The token below is shown only once; keep it secret.`);
  io.out(JSON.stringify({ hostId: host.id, slug: host.slug, token }));
}

export async function listHostsCommand(args: string[], config: ServerConfig, io: CliIo): Promise<void> {
  parseCommandOptions('list-hosts', args, [], []);
  const hosts = await withStore(config, (store) => store.listHosts());
  for (const host of hosts) {
    io.out(JSON.stringify(hostLine(host)));
  }
  if (hosts.length === 0) io.err('no hosts yet: create one with create-host --name NAME --slug SLUG --timezone TZ');
}

export async function rotateTokenCommand(args: string[], config: ServerConfig, io: CliIo): Promise<void> {
  const options = parseCommandOptions('rotate-token', args, ['slug'], ['slug']);
  const { host, token } = await withStore(config, (store) => rotateHostToken(store, options.slug ?? ''));
  io.out(`New token for "${host.slug}"; the old one no longer works. It is shown only once; keep it secret.`);
  io.out(JSON.stringify({ hostId: host.id, slug: host.slug, token }));
}

export async function updateHostCommand(args: string[], config: ServerConfig, io: CliIo): Promise<void> {
  const options = parseCommandOptions('update-host', args, ['slug', 'name', 'email', 'timezone', 'new-slug'], ['slug']);
  const patch: HostPatch = {
    ...(options.name === undefined ? {} : { name: options.name }),
    ...(options.email === undefined ? {} : { email: options.email }),
    ...(options.timezone === undefined ? {} : { timezone: options.timezone }),
    ...(options['new-slug'] === undefined ? {} : { slug: options['new-slug'] }),
  };
  if (Object.keys(patch).length === 0) throw new CliError('update-host: nothing to change (give --name, --email, --timezone or --new-slug)');
  const slug = options.slug ?? '';
  const host = await withStore(config, async (store) => {
    const found = await store.findHostBySlug(slug);
    if (!found) throw new CliError(`no host with slug "${slug}"`);
    const result = await updateHostProfile(store, found.id, patch);
    if (result.ok) return result.host;
    if (result.problem === 'invalid_input') throw new CliError(result.errors.map((e) => `${e.field === 'slug' ? 'new-slug' : e.field} ${e.message}`).join('; '));
    if (result.problem === 'slug_taken') throw new CliError(`slug "${patch.slug ?? ''}" is already taken`);
    throw new CliError(`no host with slug "${slug}"`);
  });
  io.out(`Updated host "${host.name}" (${host.slug}).`);
  io.out(JSON.stringify(hostLine(host)));
}
