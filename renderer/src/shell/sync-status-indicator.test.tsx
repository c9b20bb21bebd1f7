// test (dom): the sync indicator follows the state stream and its "Retry now" retries.
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BehaviorSubject } from 'rxjs';
import { describe, expect, it } from 'vitest';
import type { SyncState } from '../sync/sync-types.ts';
import { renderWithProviders } from '../testing/render-with-providers.tsx';
import { SyncStatusIndicator } from './sync-status-indicator.tsx';

function fakeSync(initial: SyncState) {
  const state$ = new BehaviorSubject(initial);
  let retries = 0;
  return { state$, getState: () => state$.value, retryNow: () => { retries += 1; }, retries: () => retries };
}

describe('SyncStatusIndicator', () => {
  it('shows online with the last sync time and no retry', () => {
    const sync = fakeSync({ status: 'online', lastSyncedAt: '2026-12-01T09:00:00.000Z' });
    renderWithProviders(<SyncStatusIndicator sync={sync} timezone="Europe/Berlin" />);
    expect(screen.getByTestId('sync-status')).toHaveAttribute('data-status', 'online');
    expect(screen.getByText('Online')).toBeInTheDocument();
    expect(screen.getByTestId('sync-last-synced').textContent).toMatch(/^Last synced .*10:00$/);
    expect(screen.queryByRole('button', { name: 'Retry now' })).toBeNull();
  });

  it('follows the stream to offline, shows the reason and retries on request', async () => {
    const sync = fakeSync({ status: 'online', lastSyncedAt: null });
    renderWithProviders(<SyncStatusIndicator sync={sync} timezone="UTC" />);
    act(() => sync.state$.next({ status: 'offline', lastSyncedAt: null, error: { kind: 'unreachable', message: 'Cannot reach the server at http://x.' } }));
    expect(screen.getByTestId('sync-status')).toHaveAttribute('data-status', 'offline');
    expect(screen.getByTestId('sync-reason')).toHaveTextContent('Cannot reach the server at http://x.');
    expect(screen.getByText('Never synced')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry now' }));
    expect(sync.retries()).toBe(1);
  });
});
