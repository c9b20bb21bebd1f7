// renderer: the confirm step for a setup link that points at another sync server. Nothing has
// changed yet, and the current token never goes to the new server: switching signs in afresh
// there (with the link's own token, if it carries one).
import { Button, Center, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { PendingServerChange } from '../platform/platform.ts';

export interface ServerChangeScreenProps {
  change: PendingServerChange;
  onAnswer: (accept: boolean) => Promise<void>;
}

export function ServerChangeScreen({ change, onAnswer }: ServerChangeScreenProps) {
  const [busy, setBusy] = useState(false);
  const answer = (accept: boolean) => {
    setBusy(true);
    void onAnswer(accept).finally(() => setBusy(false));
  };
  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)">
      <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={560} data-testid="server-change-confirm" role="alertdialog" aria-labelledby="server-change-title">
        <Stack gap="md">
          <Title order={1} size="h3" id="server-change-title">
            Switch to another sync server?
          </Title>
          <Text>
            A setup link asks to connect this app to <Code data-testid="server-change-to">{change.to}</Code> instead of{' '}
            <Code data-testid="server-change-from">{change.from}</Code>.
          </Text>
          <Text size="sm" c="dimmed">
            {change.bringsToken
              ? 'The link carries its own host token for that server. Your current token stays with your current server and is not sent anywhere else.'
              : 'Your host token belongs to your current server and is not sent to the new one: you will need a host token from that server to connect.'}{' '}
            Only switch if you trust who sent you this link.
          </Text>
          <Group>
            <Button onClick={() => answer(false)} loading={busy} data-testid="server-change-keep">
              Keep {change.from}
            </Button>
            <Button variant="default" onClick={() => answer(true)} disabled={busy} data-testid="server-change-switch">
              Switch to {change.to}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Center>
  );
}
