// renderer: the latest value of an RxJS observable as React state (RxDB queries, sync state).
import { useEffect, useState } from 'react';
import type { Observable } from 'rxjs';

export function useObservable<T>(source$: Observable<T>, initial: T): T {
  const [latest, setLatest] = useState<{ source: Observable<T>; value: T } | null>(null);
  useEffect(() => {
    const subscription = source$.subscribe((value) => setLatest({ source: source$, value }));
    return () => subscription.unsubscribe();
  }, [source$]);
  // A value from a previous source (the query changed) is not shown as this one's.
  return latest !== null && latest.source === source$ ? latest.value : initial;
}
