// renderer: Settings, "Webhooks": the host's receivers (GET /api/webhooks) with the last delivery
// of each, a form to add one (POST /api/webhooks; the signing secret is shown once, right after)
// and Delete. The server refuses URLs it may not send to (a private address, say): its message
// goes beside the URL field.
import { Alert, Button, Checkbox, Code, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { HostApi } from './outbox-panel.tsx';

const EVENTS = ['booking.created', 'booking.canceled', 'booking.rescheduled', 'link.used_up'] as const;

export interface WebhookItem {
  id: string;
  url: string;
  events: string[];
  lastDelivery: { ok: boolean; statusCode: number | null; error: string | null; attemptedAt: string } | null;
}

function lastDeliveryText(w: WebhookItem): string {
  const d = w.lastDelivery;
  if (!d) return 'No deliveries yet';
  const when = new Date(d.attemptedAt).toLocaleString();
  return d.ok ? `Delivered ${when} (HTTP ${d.statusCode})` : `Failed ${when}: ${d.error ?? `HTTP ${d.statusCode}`}`;
}

export function WebhooksPanel({ api, offline }: { api: HostApi; offline: boolean }) {
  const [webhooks, setWebhooks] = useState<WebhookItem[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>(['booking.created', 'booking.canceled']);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const [busy, setBusy] = useState(false);

  // Bumped to read the list again (after an add or a delete).
  const [version, setVersion] = useState(0);
  const load = () => setVersion((v) => v + 1);

  useEffect(() => {
    if (offline) return undefined;
    let live = true;
    void api<{ webhooks: WebhookItem[] }>('GET', '/api/webhooks').then((answer) => {
      if (!live) return;
      if (answer.ok) {
        setWebhooks(answer.body.webhooks);
        setProblem(null);
      } else setProblem(answer.message);
    });
    return () => { live = false; };
  }, [api, offline, version]);

  const add = async () => {
    setBusy(true);
    setFieldErrors({});
    const answer = await api<{ id: string; url: string; secret: string }>('POST', '/api/webhooks', { url: url.trim(), events });
    setBusy(false);
    if (answer.ok) {
      setSecret({ url: answer.body.url, secret: answer.body.secret });
      setUrl('');
      load();
    } else if (answer.problem === 'invalid') setFieldErrors(answer.fields);
    else setProblem(answer.message);
  };

  const remove = async (id: string) => {
    const answer = await api('DELETE', `/api/webhooks/${encodeURIComponent(id)}`);
    if (!answer.ok && answer.problem !== 'not_found') setProblem(answer.message);
    load();
  };

  if (offline) return <Text size="sm" c="dimmed">Shown when the app is connected to the server.</Text>;
  return (
    <Stack gap="sm">
      {problem && <Alert color="yellow">{problem}</Alert>}
      {secret && (
        <Alert color="green" title="Webhook added" withCloseButton onClose={() => setSecret(null)}>
          <Text size="sm">Signing secret for {secret.url}, shown only now. Keep it with the receiver: it checks the X-1x-Signature header with it.</Text>
          <Code block data-testid="webhook-secret">{secret.secret}</Code>
        </Alert>
      )}
      {webhooks !== null && webhooks.length === 0 && <Text size="sm">No webhooks yet.</Text>}
      {webhooks !== null && webhooks.length > 0 && (
        <Table layout="fixed" data-testid="webhooks-list">
          <Table.Tbody>
            {webhooks.map((w) => (
              <Table.Tr key={w.id}>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Text size="sm" fw={500}>{w.url}</Text>
                  <Text size="xs" c="dimmed">{w.events.join(', ')}</Text>
                  <Text size="xs" c={w.lastDelivery && !w.lastDelivery.ok ? 'red' : undefined}>{lastDeliveryText(w)}</Text>
                </Table.Td>
                <Table.Td w={90}>
                  <Button size="xs" color="red" variant="subtle" onClick={() => void remove(w.id)} aria-label={`Delete webhook ${w.url}`}>Delete</Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <TextInput label="Receiver URL" placeholder="https://example.org/hooks/1x" value={url} onChange={(e) => setUrl(e.currentTarget.value)} error={fieldErrors.url} />
      <Checkbox.Group label="Events" value={events} onChange={setEvents} error={fieldErrors.events}>
        <Group mt={4}>
          {EVENTS.map((e) => <Checkbox key={e} value={e} label={e} />)}
        </Group>
      </Checkbox.Group>
      <Group>
        <Button size="sm" loading={busy} disabled={url.trim() === '' || events.length === 0} onClick={() => void add()}>Add webhook</Button>
      </Group>
    </Stack>
  );
}
