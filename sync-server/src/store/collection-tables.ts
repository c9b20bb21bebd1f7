// Runs on the server. Which table holds which collection; the names are fixed here so SQL that
// interpolates a table name only ever sees one of these constants.
import type { CollectionName } from '../../../core/schemas/index.ts';
import type { HostPatch } from './store.ts';

export const COLLECTION_TABLES: Readonly<Record<CollectionName, string>> = {
  event_types: 'event_types',
  links: 'links',
  bookings: 'bookings',
  calendar_feeds: 'calendar_feeds',
};

export interface HostRow {
  id: string;
  name: string;
  slug: string;
  timezone: string;
  email: string;
  token_hash: string;
  photo_hash: string | null;
  created_at: string | Date;
}

export function toHost(row: HostRow): { id: string; name: string; slug: string; timezone: string; email: string; photoHash: string | null; createdAt: string } {
  const createdAt = row.created_at instanceof Date ? row.created_at.toISOString() : row.created_at;
  return { id: row.id, name: row.name, slug: row.slug, timezone: row.timezone, email: row.email, photoHash: row.photo_hash ?? null, createdAt };
}

const HOST_PATCH_COLUMNS = ['name', 'email', 'timezone', 'slug'] as const;

/** The `hosts` columns a patch sets, with their values; the names come from this fixed list only. */
export function hostPatchColumns(patch: HostPatch): { columns: string[]; values: string[] } {
  const set = HOST_PATCH_COLUMNS.filter((column) => patch[column] !== undefined);
  return { columns: [...set], values: set.map((column) => patch[column] as string) };
}

/** The unique index or constraint a database named in its error, mapped to the field at fault. */
export function uniqueFieldOf(constraintOrMessage: string): string {
  const text = constraintOrMessage.toLowerCase();
  if (text.includes('manage_token')) return 'manageToken';
  if (text.includes('token_hash')) return 'token';
  if (text.includes('slug')) return 'slug';
  if (text.includes('token')) return 'token';
  return 'id';
}
