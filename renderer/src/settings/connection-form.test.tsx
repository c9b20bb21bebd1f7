// test (dom): the connection form puts each problem where it belongs: on the URL, on the
// token, or in an alert when the server does not answer.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ConnectionCheck } from '../session/check-connection.ts';
import { renderWithProviders } from '../testing/render-with-providers.tsx';
import { ConnectionForm } from './connection-form.tsx';

function setup(answer: ConnectionCheck, initialToken = '') {
  const calls: Array<[string, string]> = [];
  renderWithProviders(
    <ConnectionForm
      initialServerUrl="http://localhost:8787"
      initialToken={initialToken}
      submitLabel="Connect"
      onConnect={async (url, token) => {
        calls.push([url, token]);
        return answer;
      }}
    />,
  );
  return calls;
}

describe('ConnectionForm', () => {
  it('hands over what was typed', async () => {
    const calls = setup({ ok: true, serverUrl: 'http://localhost:8787', token: 't', profile: { hostId: 'h', name: 'A', slug: 'a', timezone: 'UTC' } });
    await userEvent.type(screen.getByLabelText(/Host token/), 'secret-token');
    await userEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(calls).toEqual([['http://localhost:8787', 'secret-token']]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a refused token on the token field', async () => {
    setup({ ok: false, problem: 'wrong-token', field: 'hostToken', message: 'The server does not accept this host token.' });
    await userEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByText('The server does not accept this host token.')).toBeInTheDocument();
    // Under the field, not in the general alert; the URL field stays fine.
    expect(screen.queryByTestId('connection-error')).toBeNull();
    expect(screen.getByLabelText(/Server URL/)).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('shows a wrong URL on the URL field', async () => {
    setup({ ok: false, problem: 'wrong-url', field: 'serverUrl', message: 'It is not a sync server.' });
    await userEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByText('It is not a sync server.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Server URL/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('does not send the saved token to another server', async () => {
    const ok: ConnectionCheck = { ok: true, serverUrl: 'https://other.example', token: 't', profile: { hostId: 'h', name: 'A', slug: 'a', timezone: 'UTC' } };
    const calls = setup(ok, 'saved-token');
    const url = screen.getByLabelText(/Server URL/);
    await userEvent.clear(url);
    await userEvent.type(url, 'https://other.example');
    await userEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByText(/The saved token belongs to http:\/\/localhost:8787/)).toBeInTheDocument();
    expect(calls).toEqual([]);
    expect(screen.getByLabelText(/Host token/)).toHaveValue('');
    await userEvent.type(screen.getByLabelText(/Host token/), 'other-token');
    await userEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(calls).toEqual([['https://other.example', 'other-token']]);
  });

  it('shows an unreachable server in an alert', async () => {
    setup({ ok: false, problem: 'unreachable', field: null, message: 'Cannot reach a server at http://localhost:8787.' });
    await userEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByTestId('connection-error')).toHaveTextContent('Cannot reach a server at http://localhost:8787.');
  });
});
