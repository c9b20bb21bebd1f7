// renderer: the words and colour of the sync indicator for one sync state.
import { formatDateTime } from '../components/format-dates.ts';
import type { SyncState } from '../sync/sync-types.ts';

export interface SyncStateView {
  label: string;
  color: string;
  /** The reason (offline / error), else null. */
  reason: string | null;
  /** "Last synced Tue, Mar 3, 10:00" or "Never synced". */
  lastSynced: string;
  /** Whether a "Retry now" button makes sense. */
  canRetry: boolean;
}

const LABELS: Record<SyncState['status'], { label: string; color: string }> = {
  online: { label: 'Online', color: 'teal' },
  syncing: { label: 'Syncing', color: 'blue' },
  offline: { label: 'Offline', color: 'gray' },
  error: { label: 'Sync error', color: 'red' },
};

export function describeSyncState(state: SyncState, timezone: string, now: Date = new Date()): SyncStateView {
  const { label, color } = LABELS[state.status];
  return {
    label,
    color,
    reason: state.error?.message ?? null,
    lastSynced: state.lastSyncedAt ? `Last synced ${formatDateTime(state.lastSyncedAt, timezone, now)}` : 'Never synced',
    canRetry: state.status === 'offline' || state.status === 'error',
  };
}
