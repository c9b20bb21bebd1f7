// renderer: server URL + host token, checked against the server before anything is saved; the
// message names what is wrong (the URL, the token, or a server that does not answer).
import { Alert, Button, Code, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { isSameServerOrigin } from '../../../electron/contract/decide-server-change.ts';
import type { ConnectionCheck } from '../session/check-connection.ts';

export interface ConnectionFormProps {
  initialServerUrl: string;
  initialToken: string;
  /** A message to show before the first attempt (e.g. why the stored settings did not work). */
  initialMessage?: string | null;
  submitLabel: string;
  onConnect: (serverUrl: string, token: string) => Promise<ConnectionCheck>;
}

export function ConnectionForm({ initialServerUrl, initialToken, initialMessage = null, submitLabel, onConnect }: ConnectionFormProps) {
  const [serverUrl, setServerUrl] = useState(initialServerUrl);
  const [token, setToken] = useState(initialToken);
  const [busy, setBusy] = useState(false);
  const [connectedAs, setConnectedAs] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ field: 'serverUrl' | 'hostToken' | null; message: string } | null>(
    initialMessage ? { field: null, message: initialMessage } : null,
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The token filled in for us belongs to the server it was saved for: typing another server's
    // URL does not send it there (the person types that server's token instead).
    if (token !== '' && token === initialToken && !isSameServerOrigin(initialServerUrl, serverUrl)) {
      setToken('');
      setConnectedAs(null);
      setFailure({ field: 'hostToken', message: `The saved token belongs to ${initialServerUrl}; enter the host token of this server.` });
      return;
    }
    setBusy(true);
    setFailure(null);
    setConnectedAs(null);
    try {
      const check = await onConnect(serverUrl, token);
      if (check.ok) setConnectedAs(check.profile.name);
      else setFailure({ field: check.field, message: check.message });
    } catch (error) {
      setFailure({ field: null, message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Server connection">
      <Stack gap="md">
        <TextInput
          label="Server URL"
          description="The sync server that serves your booking pages, e.g. http://localhost:8787"
          placeholder="http://localhost:8787"
          value={serverUrl}
          onChange={(e) => setServerUrl(e.currentTarget.value)}
          error={failure?.field === 'serverUrl' ? failure.message : undefined}
          required
          autoComplete="url"
        />
        <PasswordInput
          label="Host token"
          description={
            <>
              Printed once by <Code>create-host</Code> (or <Code>rotate-token</Code>) on the server
            </>
          }
          value={token}
          onChange={(e) => setToken(e.currentTarget.value)}
          error={failure?.field === 'hostToken' ? failure.message : undefined}
          required
          autoComplete="off"
        />
        {failure && failure.field === null && (
          <Alert color="red" title="Could not connect" data-testid="connection-error">
            {failure.message}
          </Alert>
        )}
        {connectedAs !== null && (
          <Text size="sm" c="teal" role="status">
            Connected as {connectedAs}.
          </Text>
        )}
        <Button type="submit" loading={busy} style={{ alignSelf: 'flex-start' }}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
