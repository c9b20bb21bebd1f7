// test: activity ends only after it has stayed off for the settle time; it starts at once.
import { Subject } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settleActivity } from './settle-activity.ts';

describe('settleActivity', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('ignores a pause shorter than the settle time, and reports one that lasts', () => {
    const active$ = new Subject<boolean>();
    const seen: boolean[] = [];
    settleActivity(active$, 300).subscribe((active) => seen.push(active));
    active$.next(true);
    expect(seen).toEqual([true]);
    active$.next(false); // between two pull pages
    vi.advanceTimersByTime(50);
    active$.next(true);
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([true]);
    active$.next(false); // the sync is over
    vi.advanceTimersByTime(299);
    expect(seen).toEqual([true]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual([true, false]);
    active$.next(true);
    expect(seen).toEqual([true, false, true]);
  });
});
