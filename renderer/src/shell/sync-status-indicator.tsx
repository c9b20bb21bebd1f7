// renderer: the always-visible sync state: a coloured badge (online / syncing / offline /
// error), when the last sync ended, and for offline or error the reason and "Retry now".
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useObservable } from '../queries/use-observable.ts';
import type { SyncController, SyncState } from '../sync/sync-types.ts';
import { describeSyncState } from './describe-sync-state.ts';

export interface SyncStatusIndicatorProps {
  sync: Pick<SyncController, 'state$' | 'getState' | 'retryNow'>;
  timezone: string;
}

export function SyncStatusIndicator({ sync, timezone }: SyncStatusIndicatorProps) {
  const state: SyncState = useObservable(sync.state$, sync.getState());
  const view = describeSyncState(state, timezone);
  return (
    <Group gap="sm" wrap="nowrap" role="status" aria-live="polite" data-testid="sync-status" data-status={state.status} style={{ minWidth: 0 }}>
      <Badge color={view.color} variant={state.status === 'online' ? 'light' : 'filled'} size="lg" style={{ flexShrink: 0 }}>
        {view.label}
      </Badge>
      <Stack gap={0} style={{ minWidth: 0 }}>
        {view.reason && (
          <Text size="xs" c={state.status === 'error' ? 'red' : 'dimmed'} truncate="end" title={view.reason} data-testid="sync-reason" maw={360}>
            {view.reason}
          </Text>
        )}
        <Text size="xs" c="dimmed" data-testid="sync-last-synced">
          {view.lastSynced}
        </Text>
      </Stack>
      {view.canRetry && (
        <Button size="compact-xs" variant="light" color={view.color} onClick={() => sync.retryNow()} style={{ flexShrink: 0 }}>
          Retry now
        </Button>
      )}
    </Group>
  );
}
