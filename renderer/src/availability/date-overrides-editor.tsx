// renderer: date overrides: a date that is blocked all day, or open at special hours instead of
// its weekday's. An override with no intervals blocks the day (ARCHITECTURE.md, "The data contract").
import { ActionIcon, Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import type { Availability, DateOverride } from '../../../core/schemas/index.ts';
import { formatCalendarDate } from '../components/format-dates.ts';
import { IconCalendar, IconPlus, IconTrash } from '../components/icons.tsx';
import { displayMessage, scopeFieldErrors, type FieldErrors } from '../forms/field-errors.ts';
import { addOverride, DEFAULT_INTERVAL, nextFreeDate, nextInterval, removeOverride, setOverride } from './edit-availability.ts';
import { IntervalListEditor } from './interval-list-editor.tsx';

export interface DateOverridesEditorProps {
  value: Availability;
  onChange: (availability: Availability) => void;
  /** Errors relative to the availability ('overrides.0.date'). */
  errors: FieldErrors;
  /** Today in the availability's zone (YYYY-MM-DD): where a new override starts. */
  today: string;
}

type Mode = 'blocked' | 'hours';

export function DateOverridesEditor({ value, onChange, errors, today }: DateOverridesEditorProps) {
  const { overrides } = value;
  const update = (index: number, override: DateOverride) => onChange(setOverride(value, index, override));
  const listError = displayMessage(errors['overrides']);

  return (
    <Stack gap="sm">
      {overrides.length === 0 && (
        <Text c="dimmed" size="sm">
          No date overrides. Add one to block a day off or to open special hours on a date.
        </Text>
      )}
      {overrides.map((override, i) => {
        const label = isDate(override.date) ? formatCalendarDate(override.date) : `override ${i + 1}`;
        const mode: Mode = override.intervals.length === 0 ? 'blocked' : 'hours';
        const otherDates = new Set(overrides.filter((_, j) => j !== i).map((o) => o.date));
        const next = nextInterval(override.intervals);
        const rowError = displayMessage(errors[`overrides.${i}`]);
        return (
          <Paper key={i} withBorder p="sm" radius="md" data-testid={`override-${i}`}>
            <Group align="flex-start" wrap="nowrap" gap="md">
              <DatePickerInput
                label="Date"
                w={200}
                leftSection={<IconCalendar />}
                valueFormat="ddd, MMM D, YYYY"
                value={override.date}
                error={displayMessage(errors[`overrides.${i}.date`])}
                excludeDate={(date) => otherDates.has(date)}
                onChange={(date) => date && update(i, { ...override, date })}
              />
              <Stack gap="xs" style={{ flex: 1 }}>
                <SegmentedControl<Mode>
                  aria-label={`Availability on ${label}`}
                  mt={25}
                  size="sm"
                  style={{ alignSelf: 'flex-start' }}
                  value={mode}
                  data={[
                    { value: 'blocked', label: 'Unavailable all day' },
                    { value: 'hours', label: 'Special hours' },
                  ]}
                  onChange={(m) => update(i, { ...override, intervals: m === 'blocked' ? [] : [DEFAULT_INTERVAL] })}
                />
                {mode === 'hours' && (
                  <Group align="flex-start" gap="xs" wrap="nowrap">
                    <IntervalListEditor
                      intervals={override.intervals}
                      dayLabel={label}
                      canRemoveLast={false}
                      errors={scopeFieldErrors(errors, `overrides.${i}.intervals`)}
                      onChange={(intervals) => update(i, { ...override, intervals })}
                    />
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      size="lg"
                      aria-label={`Add hours to ${label}`}
                      disabled={!next}
                      onClick={() => next && update(i, { ...override, intervals: [...override.intervals, next] })}
                    >
                      <IconPlus />
                    </ActionIcon>
                  </Group>
                )}
                {rowError && (
                  <Text c="red" size="xs">
                    {rowError}
                  </Text>
                )}
              </Stack>
              <ActionIcon variant="subtle" color="gray" size="lg" mt={25} aria-label={`Remove the override for ${label}`} onClick={() => onChange(removeOverride(value, i))}>
                <IconTrash />
              </ActionIcon>
            </Group>
          </Paper>
        );
      })}
      {listError && (
        <Text c="red" size="xs">
          {listError}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus />}
          onClick={() => onChange(addOverride(value, { date: nextFreeDate(overrides, today), intervals: [] }))}
        >
          Add a date override
        </Button>
      </Group>
    </Stack>
  );
}

function isDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}
