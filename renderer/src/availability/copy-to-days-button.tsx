// renderer: "Copy to…" on a day of the weekly hours: pick other days, and they get the same hours.
import { Button, Checkbox, Group, Popover, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { WEEKDAYS, type Weekday } from '../../../core/schemas/index.ts';
import { IconCopy } from '../components/icons.tsx';
import { WEEKDAY_LABELS } from './weekday-labels.ts';

export interface CopyToDaysButtonProps {
  day: Weekday;
  onCopy: (targets: Weekday[]) => void;
}

export function CopyToDaysButton({ day, onCopy }: CopyToDaysButtonProps) {
  const [opened, setOpened] = useState(false);
  const [targets, setTargets] = useState<Weekday[]>([]);
  const others = WEEKDAYS.filter((d) => d !== day);
  const close = () => {
    setOpened(false);
    setTargets([]);
  };

  return (
    <Popover opened={opened} onChange={(o) => (o ? setOpened(true) : close())} position="bottom-end" shadow="md" withArrow trapFocus>
      <Popover.Target>
        <Button
          variant="subtle"
          color="gray"
          size="compact-sm"
          leftSection={<IconCopy size={14} />}
          // The name starts with the words on the button, as speech input expects ("click Copy to").
          aria-label={`Copy to other days: ${WEEKDAY_LABELS[day]}'s hours`}
          onClick={() => (opened ? close() : setOpened(true))}
        >
          Copy to…
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            Copy {WEEKDAY_LABELS[day]}&apos;s hours to
          </Text>
          <Checkbox.Group value={targets} onChange={(values) => setTargets(values as Weekday[])}>
            <Stack gap={6}>
              {others.map((d) => (
                <Checkbox key={d} value={d} label={WEEKDAY_LABELS[d]} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Group justify="space-between" gap="xs">
            <Button variant="subtle" size="compact-sm" onClick={() => setTargets(targets.length === others.length ? [] : [...others])}>
              {targets.length === others.length ? 'Select none' : 'Select all'}
            </Button>
            <Button
              size="compact-sm"
              disabled={targets.length === 0}
              onClick={() => {
                onCopy(targets);
                close();
              }}
            >
              Apply
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
