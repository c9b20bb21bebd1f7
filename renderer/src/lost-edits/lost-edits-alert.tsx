// renderer: the list of this device's edits that newer edits from other devices replaced, each
// naming the document and field, with the lost value to copy and a way to dismiss it. Prop-driven;
// lost-edits.tsx wires it to the database.
import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { formatDateTime } from '../components/format-dates.ts';
import type { LostEditNotice } from './lost-edit-notice.ts';

export interface LostEditsAlertProps {
  notices: readonly LostEditNotice[];
  timezone: string;
  onCopy: (text: string) => void;
  onDismiss: (id: string) => void;
}

export function LostEditsAlert({ notices, timezone, onCopy, onDismiss }: LostEditsAlertProps) {
  if (notices.length === 0) return null;
  return (
    <Stack gap="sm" mb="md" role="region" aria-label="Edits replaced by newer ones">
      {notices.map((notice) => (
        <Alert key={notice.id} color="orange" variant="light" title={`Your edit of ${notice.field} was replaced`} data-testid="lost-edit">
          <Stack gap="xs">
            <Text size="sm">
              {notice.field} of {notice.what} was also changed on another device, at {formatDateTime(notice.keptAt, timezone)}.
              The newer edit is kept; yours is below if you want it back.
            </Text>
            <Text size="sm" fw={600}>Your value</Text>
            <Code block data-testid="lost-edit-value">{notice.lostText}</Code>
            <Text size="sm" fw={600}>Kept value</Text>
            <Code block>{notice.keptText}</Code>
            <Group gap="xs">
              <Button size="xs" variant="light" onClick={() => onCopy(notice.lostText)}>Copy my value</Button>
              <Button size="xs" variant="subtle" color="gray" onClick={() => onDismiss(notice.id)} aria-label={`Dismiss the notice about ${notice.field} of ${notice.what}`}>
                Dismiss
              </Button>
            </Group>
          </Stack>
        </Alert>
      ))}
    </Stack>
  );
}
