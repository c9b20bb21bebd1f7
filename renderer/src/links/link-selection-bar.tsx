// Runs in the renderer. Above the links list while links are selected: how many, "Revoke…" for
// all of them at once (it asks first), and a way to let go of the selection.
import { Button, Group, Paper, Text } from '@mantine/core';

export interface LinkSelectionBarProps {
  count: number;
  onRevoke: () => void;
  onClear: () => void;
}

export function LinkSelectionBar({ count, onRevoke, onClear }: LinkSelectionBarProps) {
  return (
    <Paper withBorder radius="md" px="md" py="xs" bg="var(--mantine-primary-color-light)" role="region" aria-label="Selected links">
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={500} aria-live="polite">
          {count === 1 ? '1 link selected' : `${count} links selected`}
        </Text>
        <Group gap="xs">
          <Button size="xs" variant="subtle" color="gray" onClick={onClear}>
            Clear selection
          </Button>
          <Button size="xs" color="red" onClick={onRevoke}>
            {count === 1 ? 'Revoke 1 link…' : `Revoke ${count} links…`}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
