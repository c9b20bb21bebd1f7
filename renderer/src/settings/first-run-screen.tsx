// renderer: the first screen of a fresh install (or after sign out): connect to a sync server.
import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ConnectionCheck } from '../session/check-connection.ts';
import { ConnectionForm } from './connection-form.tsx';

export interface FirstRunScreenProps {
  serverUrl: string;
  token: string;
  message: string | null;
  platformKind: string;
  onConnect: (serverUrl: string, token: string) => Promise<ConnectionCheck>;
}

export function FirstRunScreen({ serverUrl, token, message, platformKind, onConnect }: FirstRunScreenProps) {
  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)">
      <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={520}>
        <Stack gap="lg">
          <div>
            <Title order={1} size="h2">
              Welcome to 1x
            </Title>
            <Text c="dimmed" mt={4}>
              One-time booking links. Connect to your sync server to start; everything you make also works offline.
            </Text>
          </div>
          <ConnectionForm initialServerUrl={serverUrl} initialToken={token} initialMessage={message} submitLabel="Connect" onConnect={onConnect} />
          <Text size="xs" c="dimmed">
            Running in: <span data-testid="platform-kind">{platformKind}</span>
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}
