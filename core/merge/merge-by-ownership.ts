// Runs anywhere (shared). How two versions of one document merge: the client's version wins on
// client-owned fields it changed, unless the server's holds a newer edit of that field; the
// server's (master) version wins on server-owned fields (ARCHITECTURE.md, "Field ownership" and
// "Newer edit wins").
import type { CollectionName } from '../schemas/index.ts';
import { isClientOwnedField } from './field-ownership.ts';
import { deepEqual } from './deep-equal.ts';
import { isNewerEdit, type EditStamps } from './edit-stamp.ts';

type Doc = Record<string, unknown>;

const RXDB_INTERNALS: readonly string[] = ['_meta', '_rev', '_attachments'];

/**
 * Takes the client-owned fields from `client` and the server-owned fields from `server`.
 * RxDB-internal fields (`_meta`, `_rev`, `_attachments`) are dropped; callers that need them
 * add them back.
 *
 * With `base` (the master state the client's edit started from, RxDB's `assumedMasterState`)
 * the merge is three-way: a client-owned field the client left as it was in `base` takes the
 * server's value, so two devices that edited different fields offline both keep their edit.
 * A field both changed goes to the newer edit by the fields' edit stamps (edit-stamp.ts), whole:
 * fields merge, not their parts. A tie, or a field neither stamped, goes to `client` (the later
 * push). Each field's stamp travels with the value that won, so every device that merges the
 * same two versions gets the same document.
 */
export function mergeByOwnership<T extends Doc>(collection: CollectionName, client: T, server: T, base?: T): T {
  const merged: Doc = {};
  const clientStamps = (client['editStamps'] ?? {}) as EditStamps;
  const serverStamps = (server['editStamps'] ?? {}) as EditStamps;
  const stamps: EditStamps = {};
  const keys = new Set([...Object.keys(client), ...Object.keys(server)]);
  keys.delete('editStamps');
  for (const key of keys) {
    if (RXDB_INTERNALS.includes(key)) continue;
    const clientWins = isClientOwnedField(collection, key)
      && clientChanged(client, base, key)
      && !isNewerEdit(serverStamps[key], clientStamps[key]);
    const source = clientWins ? client : server;
    if (key in source) merged[key] = source[key];
    // The document's last change is the later of the two, whichever edits won.
    if (key === 'updatedAt' && clientWins && laterTime(server[key], client[key])) merged[key] = server[key];
    const stamp = (clientWins ? clientStamps : serverStamps)[key];
    if (stamp !== undefined) stamps[key] = stamp;
  }
  if (Object.keys(stamps).length > 0) merged['editStamps'] = stamps;
  return merged as T;
}

function laterTime(a: unknown, b: unknown): boolean {
  return typeof a === 'string' && typeof b === 'string' && a > b;
}

function clientChanged(client: Doc, base: Doc | undefined, key: string): boolean {
  if (base === undefined) return true;
  return !deepEqual(client[key] ?? null, base[key] ?? null);
}

/** True when the client-owned fields of both versions are deeply equal. */
export function clientFieldsEqual(collection: CollectionName, a: Doc, b: Doc): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (!isClientOwnedField(collection, key)) continue;
    if (!deepEqual(a[key] ?? null, b[key] ?? null)) return false;
  }
  return true;
}
