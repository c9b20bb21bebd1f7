// renderer: this device's id in edit stamps (core/merge/edit-stamp.ts): made once per local
// database and kept in it, so each copy of the host's data is one device to the merge rule.
import type { AppDatabase } from './app-database-types.ts';

const LOCAL_ID = 'device';
const ID_LENGTH = 16;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** 16 characters from 36: about 82 random bits, far past any chance of two devices sharing one. */
export function makeDeviceId(random: (count: number) => Uint8Array = (count) => crypto.getRandomValues(new Uint8Array(count))): string {
  // 252 is the largest multiple of 36 under 256: rejecting bytes above it keeps every character equally likely.
  let id = '';
  while (id.length < ID_LENGTH) {
    for (const byte of random(ID_LENGTH)) {
      if (byte < 252 && id.length < ID_LENGTH) id += ALPHABET[byte % 36];
    }
  }
  return id;
}

/** The database's device id, made on first use. */
export async function deviceIdOf(db: AppDatabase): Promise<string> {
  const stored = await db.getLocal<{ id: string }>(LOCAL_ID);
  const id = stored?.get('id');
  if (typeof id === 'string') return id;
  const made = await db.insertLocal<{ id: string }>(LOCAL_ID, { id: makeDeviceId() });
  return made.get('id') as string;
}
