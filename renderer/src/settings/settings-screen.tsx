// renderer: Settings: who is signed in (name, zone, server), the host's profile (editable, saved
// on the server), the connection, and sign out, which removes the host's local data from this
// computer.
import { Alert, Button, Code, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useContext, useMemo, useState } from 'react';
import type { PlatformKind } from '../platform/platform.ts';
import type { ConnectionCheck } from '../session/check-connection.ts';
import { publicBaseOf, type HostProfile } from '../session/host-profile.ts';
import { AppContext } from '../shell/app-context.ts';
import { CalendarFeedsPanel } from '../calendar-feeds/calendar-feeds-panel.tsx';
import { ConnectionForm } from './connection-form.tsx';
import { hostApiOf, OutboxPanel } from './outbox-panel.tsx';
import { WebhooksPanel } from './webhooks-panel.tsx';
import { ProfileForm } from './profile-form.tsx';
import { ProfilePhotoPicker } from './profile-photo-picker.tsx';
import { useOffline } from './use-offline.ts';

export interface SettingsScreenProps {
  profile: HostProfile;
  serverUrl: string;
  token: string;
  platformKind: PlatformKind;
  onConnect: (serverUrl: string, token: string) => Promise<ConnectionCheck>;
  onSignOut: () => Promise<void>;
}

export function SettingsScreen({ profile, serverUrl, token, platformKind, onConnect, onSignOut }: SettingsScreenProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Inside the workspace the session's sync state says whether the server is reachable.
  const sync = useContext(AppContext)?.session.sync ?? null;
  const offline = useOffline(sync);
  const [refreshProblem, setRefreshProblem] = useState<string | null>(null);
  const hostApi = useMemo(() => hostApiOf(serverUrl, token), [serverUrl, token]);

  // The saved profile reaches the whole app through the session's own path: /api/me is read
  // again and the cached profile rewritten, as when the connection is saved.
  const showSavedProfile = async () => {
    const check = await onConnect(serverUrl, token);
    setRefreshProblem(check.ok ? null : `Your profile is saved on the server; the app shows it once it reconnects (${check.message})`);
  };

  const signOut = async () => {
    setBusy(true);
    setError(null);
    try {
      await onSignOut();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };

  return (
    <Stack gap="lg" maw={720}>
      <Title order={2}>Settings</Title>
      <Paper withBorder p="lg" radius="md">
        <Title order={3} size="h4" mb="sm">
          Host
        </Title>
        <Table variant="vertical" withTableBorder={false} layout="fixed">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={{ base: 110, sm: 160 }}>Name</Table.Th>
              <Table.Td data-testid="host-name">{profile.name}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>Time zone</Table.Th>
              <Table.Td data-testid="host-timezone">{profile.timezone}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>Booking pages</Table.Th>
              {/* A URL has no spaces to wrap at: on a phone it breaks anywhere rather than run past the card. */}
              <Table.Td data-testid="host-booking-pages" style={{ overflowWrap: 'anywhere' }}>{`${publicBaseOf(profile, serverUrl)}/e/${profile.slug}/…`}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>Running in</Table.Th>
              <Table.Td data-testid="platform-kind">{platformKind}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed" mt="xs">
          Kept on the server (<Code>npm run server -- list-hosts</Code>); change them under Your profile.
        </Text>
      </Paper>
      <Paper withBorder p="lg" radius="md">
        <Title order={3} size="h4" mb="sm">
          Your profile
        </Title>
        <ProfilePhotoPicker profile={profile} serverUrl={serverUrl} token={token} offline={offline} onChanged={showSavedProfile} />
        <ProfileForm
          profile={profile}
          serverUrl={serverUrl}
          publicUrl={publicBaseOf(profile, serverUrl)}
          token={token}
          offline={offline}
          onSaved={showSavedProfile}
        />
        {refreshProblem && (
          <Alert color="yellow" mt="md">
            {refreshProblem}
          </Alert>
        )}
      </Paper>
      {sync && (
        <Paper withBorder p="lg" radius="md">
          <Title order={3} size="h4" mb="sm">
            Calendars
          </Title>
          <CalendarFeedsPanel />
        </Paper>
      )}
      <Paper withBorder p="lg" radius="md">
        <Title order={3} size="h4" mb="sm">
          Messages that failed
        </Title>
        <OutboxPanel api={hostApi} offline={offline} />
      </Paper>
      <Paper withBorder p="lg" radius="md">
        <Title order={3} size="h4" mb="sm">
          Webhooks
        </Title>
        <WebhooksPanel api={hostApi} offline={offline} />
      </Paper>
      <Paper withBorder p="lg" radius="md">
        <Title order={3} size="h4" mb="sm">
          Server connection
        </Title>
        <ConnectionForm initialServerUrl={serverUrl} initialToken={token} submitLabel="Save connection" onConnect={onConnect} />
      </Paper>
      <Paper withBorder p="lg" radius="md">
        <Title order={3} size="h4" mb="xs">
          Sign out
        </Title>
        <Text size="sm" mb="md">
          Removes your event types, links, bookings, drafts and the token from this computer. What the server has stays there.
        </Text>
        <Button color="red" variant="light" onClick={() => setConfirming(true)}>
          Sign out…
        </Button>
      </Paper>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Sign out and remove local data?" centered>
        <Stack>
          <Text size="sm">Changes that are not yet synced are lost. Sign in again with the host token to get your data back from the server.</Text>
          {error && <Alert color="red">{error}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button color="red" loading={busy} onClick={() => void signOut()}>
              Sign out
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
