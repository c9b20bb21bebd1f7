// renderer: when syncing has stopped. RxDB's replication reports `active$` false for a moment
// between two pull pages of a first sync (and between a pull and the push it triggers), so the
// host saw "Synced" flash, and "last synced" move, while thousands of documents were still on
// their way down. Activity counts as over once it has stayed off for `settleMs`; it counts as
// started again at once.
import { distinctUntilChanged, map, of, switchMap, timer, type Observable } from 'rxjs';

export const ACTIVITY_SETTLE_MS = 300;

export function settleActivity(active$: Observable<boolean>, settleMs = ACTIVITY_SETTLE_MS): Observable<boolean> {
  return active$.pipe(
    switchMap((active) => (active ? of(true) : timer(settleMs).pipe(map(() => false)))),
    distinctUntilChanged(),
  );
}
