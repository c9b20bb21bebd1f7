// renderer: Settings, "Messages that failed": emails and webhook deliveries the server gave up on
// after its last attempt (GET /api/outbox?status=failed), each with whom it was for, what about
// and the error, and "Retry" to send it again (POST /api/outbox/{id}/retry).
import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { callHostApi, type HostApiAnswer } from './call-host-api.ts';

export interface FailedMessage {
  id: string;
  kind: 'email' | 'webhook';
  topic: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  to: string | null;
  about: { eventName: string; start: string; invitee: string } | null;
}

export type HostApi = <T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown) => Promise<HostApiAnswer<T>>;

export function hostApiOf(serverUrl: string, token: string): HostApi {
  return (method, path, body) => callHostApi(serverUrl, token, method, path, body);
}

const TOPICS: Record<string, string> = {
  invitee_confirmation: 'Confirmation to the invitee',
  invitee_cancellation: 'Cancellation to the invitee',
  host_booking_notice: 'Booking notice to you',
  host_cancellation_notice: 'Cancellation notice to you',
  reminder: 'Reminder to the invitee',
};

function describeMessage(m: FailedMessage): string {
  if (m.kind === 'webhook') return `Webhook ${m.topic}`;
  return TOPICS[m.topic] ?? m.topic;
}

export function OutboxPanel({ api, offline }: { api: HostApi; offline: boolean }) {
  const [messages, setMessages] = useState<FailedMessage[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [retrying, setRetrying] = useState<string | null>(null);

  // Bumped to read the list again (after a retry, on Refresh).
  const [version, setVersion] = useState(0);
  const load = () => setVersion((v) => v + 1);

  useEffect(() => {
    if (offline) return undefined;
    let live = true;
    void api<{ messages: FailedMessage[] }>('GET', '/api/outbox?status=failed').then((answer) => {
      if (!live) return;
      if (answer.ok) {
        setMessages(answer.body.messages);
        setProblem(null);
      } else setProblem(answer.message);
    });
    return () => { live = false; };
  }, [api, offline, version]);

  const retry = async (id: string) => {
    setRetrying(id);
    const answer = await api('POST', `/api/outbox/${encodeURIComponent(id)}/retry`);
    setRetrying(null);
    if (!answer.ok) setProblem(answer.message);
    load();
  };

  if (offline) return <Text size="sm" c="dimmed">Shown when the app is connected to the server.</Text>;
  return (
    <Stack gap="sm">
      {problem && <Alert color="yellow">{problem}</Alert>}
      {messages === null && !problem && <Text size="sm" c="dimmed">Loading…</Text>}
      {messages !== null && messages.length === 0 && <Text size="sm" data-testid="outbox-none-failed">Every email and webhook went out. Nothing failed.</Text>}
      {messages !== null && messages.length > 0 && (
        <Table layout="fixed" data-testid="outbox-failed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Message</Table.Th>
              <Table.Th>Error</Table.Th>
              <Table.Th w={90} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {messages.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Text size="sm" fw={500}>{describeMessage(m)}</Text>
                  {m.to && <Text size="xs">to {m.to}</Text>}
                  {m.about && <Text size="xs" c="dimmed">{m.about.eventName} with {m.about.invitee}, {new Date(m.about.start).toLocaleString()}</Text>}
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Text size="xs">{m.lastError ?? 'unknown error'}</Text>
                  <Text size="xs" c="dimmed">{m.attempts} attempts</Text>
                </Table.Td>
                <Table.Td>
                  <Button size="xs" variant="light" loading={retrying === m.id} onClick={() => void retry(m.id)}>Retry</Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        <Button size="xs" variant="subtle" onClick={load}>Refresh</Button>
      </Group>
    </Stack>
  );
}
