// Runs anywhere (shared). How two versions of one document merge: the client's version wins on
// client-owned fields, the server's (master) version on server-owned fields.
import type { CollectionName } from '../schemas/index.ts';
import { isClientOwnedField } from './field-ownership.ts';
import { deepEqual } from './deep-equal.ts';

type Doc = Record<string, unknown>;

/**
 * Takes the client-owned fields from `client` and the server-owned fields from `server`.
 * RxDB-internal fields (`_meta`, `_rev`, `_attachments`) are dropped; callers that need them
 * add them back.
 *
 * With `base` (the master state the client's edit started from, RxDB's `assumedMasterState`)
 * the merge is three-way: a client-owned field the client left as it was in `base` takes the
 * server's value, so two devices that edited different fields offline both keep their edit.
 * A field both changed goes to `client` (the later push), whole: fields merge, not their parts.
 */
export function mergeByOwnership<T extends Doc>(collection: CollectionName, client: T, server: T, base?: T): T {
  const merged: Doc = {};
  const keys = new Set([...Object.keys(client), ...Object.keys(server)]);
  for (const key of keys) {
    if (key === '_meta' || key === '_rev' || key === '_attachments') continue;
    const source = isClientOwnedField(collection, key) && clientChanged(client, base, key) ? client : server;
    if (key in source) merged[key] = source[key];
  }
  return merged as T;
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
