// test (dom): the Settings panels: webhooks listed with their last delivery, a refused URL's
// message beside the field, the secret shown once after adding, Delete; failed messages with
// their error and a Retry that asks the server and reloads.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/render-with-providers.tsx';
import type { HostApiAnswer } from './call-host-api.ts';
import { OutboxPanel, type FailedMessage, type HostApi } from './outbox-panel.tsx';
import { WebhooksPanel, type WebhookItem } from './webhooks-panel.tsx';

function fakeApi(route: (method: string, path: string, body: unknown) => HostApiAnswer<unknown>) {
  const calls: { method: string; path: string; body: unknown }[] = [];
  const api: HostApi = async <T,>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown) => {
    calls.push({ method, path, body });
    return route(method, path, body) as HostApiAnswer<T>;
  };
  return { api, calls };
}

describe('WebhooksPanel', () => {
  it('lists webhooks, puts a refusal beside the URL, shows the secret once and deletes', async () => {
    let webhooks: WebhookItem[] = [{ id: 'w1', url: 'https://crm.example.org/hook', events: ['booking.created'], lastDelivery: { ok: false, statusCode: 503, error: 'the receiver answered 503', attemptedAt: '2026-12-01T10:00:00.000Z' } }];
    const { api, calls } = fakeApi((method, path, body) => {
      if (method === 'GET') return { ok: true, status: 200, body: { webhooks } };
      if (method === 'POST') {
        const { url } = body as { url: string };
        if (url.includes('10.0.0.1')) return { ok: false, problem: 'invalid', fields: { url: 'refused: the address 10.0.0.1 is private; set ALLOW_PRIVATE_FETCH=true to allow it' }, message: '' };
        webhooks = [...webhooks, { id: 'w2', url, events: ['booking.created', 'booking.canceled'], lastDelivery: null }];
        return { ok: true, status: 201, body: { id: 'w2', url, secret: 'whsec_abc123' } };
      }
      webhooks = webhooks.filter((w) => `/api/webhooks/${w.id}` !== path);
      return { ok: true, status: 204, body: null };
    });
    renderWithProviders(<WebhooksPanel api={api} offline={false} />);
    expect(await screen.findByText('https://crm.example.org/hook')).toBeInTheDocument();
    expect(screen.getByText(/Failed .*: the receiver answered 503/)).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Receiver URL'), 'http://10.0.0.1/hook');
    await userEvent.click(screen.getByRole('button', { name: 'Add webhook' }));
    expect(await screen.findByText(/is private; set ALLOW_PRIVATE_FETCH=true/)).toBeInTheDocument();
    expect(screen.queryByTestId('webhook-secret')).toBeNull();

    await userEvent.clear(screen.getByLabelText('Receiver URL'));
    await userEvent.type(screen.getByLabelText('Receiver URL'), 'https://chat.example.org/in');
    await userEvent.click(screen.getByRole('button', { name: 'Add webhook' }));
    expect((await screen.findByTestId('webhook-secret')).textContent).toBe('whsec_abc123');
    expect(calls.find((c) => c.method === 'POST' && (c.body as { url: string }).url === 'https://chat.example.org/in')?.body).toEqual({ url: 'https://chat.example.org/in', events: ['booking.created', 'booking.canceled'] });
    const list = await screen.findByTestId('webhooks-list');
    expect(await within(list).findByText('https://chat.example.org/in')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Delete webhook https://crm.example.org/hook' }));
    await expect.poll(() => screen.queryByText('https://crm.example.org/hook')).toBeNull();
    expect(calls.some((c) => c.method === 'DELETE' && c.path === '/api/webhooks/w1')).toBe(true);
  });
});

describe('OutboxPanel', () => {
  it('shows failed messages with their error and retries one', async () => {
    let failed: FailedMessage[] = [{ id: 'm1', kind: 'email', topic: 'invitee_confirmation', attempts: 8, lastError: 'connect ECONNREFUSED 127.0.0.1:25', createdAt: '2026-12-01T10:00:00.000Z', to: 'ada@example.com', about: { eventName: 'Intro call', start: '2026-12-03T09:00:00.000Z', invitee: 'Ada <b>Lovelace</b>' } }];
    const { api, calls } = fakeApi((method, path) => {
      if (method === 'GET') return { ok: true, status: 200, body: { messages: failed } };
      if (path === '/api/outbox/m1/retry') failed = [];
      return { ok: true, status: 200, body: { ok: true } };
    });
    renderWithProviders(<OutboxPanel api={api} offline={false} />);
    expect(await screen.findByText('Confirmation to the invitee')).toBeInTheDocument();
    expect(screen.getByText('to ada@example.com')).toBeInTheDocument();
    expect(screen.getByText('connect ECONNREFUSED 127.0.0.1:25')).toBeInTheDocument();
    // An invitee's name is text, not markup.
    expect(screen.getByText(/Intro call with Ada <b>Lovelace<\/b>/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByTestId('outbox-none-failed')).toBeInTheDocument();
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(['GET /api/outbox?status=failed', 'POST /api/outbox/m1/retry', 'GET /api/outbox?status=failed']);
  });

  it('says it needs the server when offline and asks nothing', async () => {
    const { api, calls } = fakeApi(() => ({ ok: true, status: 200, body: { messages: [] } }));
    renderWithProviders(<OutboxPanel api={api} offline />);
    expect(screen.getByText('Shown when the app is connected to the server.')).toBeInTheDocument();
    expect(calls).toEqual([]);
  });
});
