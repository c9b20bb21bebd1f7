// renderer: sign out keeps nothing of the host's data: the cached profile and every unsaved
// form draft go with the database.
import { PROFILE_KEY } from './host-profile.ts';

const DRAFT_PREFIX = 'onetime-scheduler:draft:';

export function forgetLocalData(storage: Storage | null): void {
  if (!storage) return;
  try {
    const doomed: string[] = [PROFILE_KEY];
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key?.startsWith(DRAFT_PREFIX)) doomed.push(key);
    }
    for (const key of doomed) storage.removeItem(key);
  } catch {
    // Storage switched off: nothing was kept there either.
  }
}
