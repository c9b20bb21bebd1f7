// renderer: one day's open intervals ("09:00 – 12:00", "13:00 – 17:00"), each with a start and
// an end select and a remove button. Errors sit on the offending select.
import { ActionIcon, Group, Select, Stack, Text } from '@mantine/core';
import type { TimeInterval } from '../../../core/schemas/index.ts';
import { IconTrash } from '../components/icons.tsx';
import { displayMessage, type FieldErrors } from '../forms/field-errors.ts';
import { clockOptions } from './clock-times.ts';
import intervalClasses from './interval-row.module.css';

// A week holds dozens of these selects; Mantine keeps closed dropdowns mounted by default, which
// would put thousands of hidden options in the page and slow down typing anywhere in the form.
const LAZY_DROPDOWN = { keepMounted: false } as const;

export interface IntervalListEditorProps {
  intervals: readonly TimeInterval[];
  onChange: (intervals: TimeInterval[]) => void;
  /** Names the day in accessible labels: "Monday", "Tue, Mar 10, 2026". */
  dayLabel: string;
  /** Errors relative to the list: '' (the list), '0' (an interval), '0.start', '0.end'. */
  errors?: FieldErrors;
  /** Whether the last remaining interval may be removed (a weekday then becomes a day off). */
  canRemoveLast?: boolean;
}

export function IntervalListEditor({ intervals, onChange, dayLabel, errors = {}, canRemoveLast = true }: IntervalListEditorProps) {
  const update = (index: number, patch: Partial<TimeInterval>) =>
    onChange(intervals.map((interval, i) => (i === index ? { ...interval, ...patch } : { ...interval })));
  const remove = (index: number) => onChange(intervals.filter((_, i) => i !== index).map((interval) => ({ ...interval })));
  const listError = displayMessage(errors['']);

  return (
    <Stack gap={6}>
      {intervals.map((interval, i) => {
        const n = intervals.length > 1 ? ` ${i + 1}` : '';
        const rowError = displayMessage(errors[String(i)]);
        return (
          <Stack key={i} gap={2}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Select
                aria-label={`${dayLabel}: start of hours${n}`}
                size="sm"
                w={110}
                className={intervalClasses.time}
                data={clockOptions('start', interval.start)}
                value={interval.start}
                allowDeselect={false}
                comboboxProps={LAZY_DROPDOWN}
                error={displayMessage(errors[`${i}.start`])}
                onChange={(start) => start && update(i, { start })}
              />
              <Text c="dimmed" pt={6} aria-hidden="true">
                –
              </Text>
              <Select
                aria-label={`${dayLabel}: end of hours${n}`}
                size="sm"
                w={150}
                className={intervalClasses.time}
                data={clockOptions('end', interval.end)}
                value={interval.end}
                allowDeselect={false}
                comboboxProps={LAZY_DROPDOWN}
                error={displayMessage(errors[`${i}.end`])}
                onChange={(end) => end && update(i, { end })}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                aria-label={`Remove ${dayLabel} ${interval.start}–${interval.end}`}
                disabled={!canRemoveLast && intervals.length === 1}
                onClick={() => remove(i)}
              >
                <IconTrash />
              </ActionIcon>
            </Group>
            {rowError && (
              <Text c="red" size="xs">
                {rowError}
              </Text>
            )}
          </Stack>
        );
      })}
      {listError && (
        <Text c="red" size="xs">
          {listError}
        </Text>
      )}
    </Stack>
  );
}
