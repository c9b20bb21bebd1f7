// Runs on the server (CLI). `create-link --slug HOSTSLUG --event EVENTSLUG [--name --email
// --max-uses --expires]`: mints a link with the same function as `POST /api/links`
// (links/mint-link.ts), so it follows the same rules and replicates to the desktop like any other
// link, and prints its URL as the last line of stdout (for scripts: `| tail -1`).
import type { ServerConfig } from '../config/load-config.ts';
import { mintLink } from '../links/mint-link.ts';
import { openStore } from '../store/open-store.ts';
import { CliError } from './cli-error.ts';
import type { CliIo } from './cli-io.ts';
import { parseCommandOptions } from './parse-command-options.ts';

/** The option each body field came from, so an error names what the operator typed. */
const OPTION_OF: Record<string, string> = { maxUses: '--max-uses', expiresAt: '--expires', 'contact.name': '--name', 'contact.email': '--email', eventTypeSlug: '--event' };

/** A whole number becomes a number; anything else goes on as text, for the check to name. */
const maxUsesOf = (text: string | undefined): unknown => (text === undefined ? undefined : /^\d{1,9}$/.test(text) ? Number(text) : text);

export async function createLinkCommand(args: string[], config: ServerConfig, io: CliIo): Promise<void> {
  const options = parseCommandOptions('create-link', args, ['slug', 'event', 'name', 'email', 'max-uses', 'expires'], ['slug', 'event']);
  const store = await openStore(config.database);
  try {
    const host = await store.findHostBySlug(options.slug ?? '');
    if (!host) throw new CliError(`create-link: no host with slug "${options.slug}" (see list-hosts)`);
    const body = {
      eventTypeSlug: options.event,
      contact: { name: options.name ?? '', email: options.email ?? '' },
      ...(options['max-uses'] !== undefined ? { maxUses: maxUsesOf(options['max-uses']) } : {}),
      ...(options.expires !== undefined ? { expiresAt: options.expires } : {}),
    };
    const outcome = await mintLink(store, { hostId: host.id, publicUrl: config.publicUrl, body });
    if (outcome.kind === 'event_type_not_found') throw new CliError(`create-link: host "${host.slug}" has no event type with slug "${options.event}"`);
    if (outcome.kind === 'invalid') {
      throw new CliError(`create-link: ${outcome.fields.map((f) => `${OPTION_OF[f.field] ?? f.field} ${f.message}`).join('; ')}`);
    }
    const { link } = outcome;
    const uses = link.maxUses === 1 ? 'single-use' : `${link.maxUses} uses`;
    io.out(`Created a ${uses} link for "${host.slug}" (${options.event})${link.expiresAt ? `, expiring ${link.expiresAt}` : ''}; id ${link.id}.`);
    io.out(outcome.url);
  } finally {
    await store.close();
  }
}
