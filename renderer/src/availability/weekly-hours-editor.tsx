// renderer: the seven days of the weekly hours. A day is on (with one or more intervals) or
// off; turning a day off and on again within the session brings its hours back.
import { ActionIcon, Checkbox, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useRef } from 'react';
import { WEEKDAYS, type Availability, type TimeInterval, type Weekday } from '../../../core/schemas/index.ts';
import { IconPlus } from '../components/icons.tsx';
import { displayMessage, scopeFieldErrors, type FieldErrors } from '../forms/field-errors.ts';
import { CopyToDaysButton } from './copy-to-days-button.tsx';
import { copyDayTo, DEFAULT_INTERVAL, nextInterval, setDayIntervals } from './edit-availability.ts';
import { IntervalListEditor } from './interval-list-editor.tsx';
import { WEEKDAY_LABELS } from './weekday-labels.ts';
import rowClasses from './weekly-hours-row.module.css';

export interface WeeklyHoursEditorProps {
  value: Availability;
  onChange: (availability: Availability) => void;
  /** Errors relative to the availability ('weekly.mon.0.end'). */
  errors: FieldErrors;
}

export function WeeklyHoursEditor({ value, onChange, errors }: WeeklyHoursEditorProps) {
  const remembered = useRef<Partial<Record<Weekday, TimeInterval[]>>>({});
  const setDay = (day: Weekday, intervals: readonly TimeInterval[]) => onChange(setDayIntervals(value, day, intervals));

  const toggle = (day: Weekday, on: boolean) => {
    if (on) {
      setDay(day, remembered.current[day] ?? [DEFAULT_INTERVAL]);
    } else {
      remembered.current[day] = value.weekly[day];
      setDay(day, []);
    }
  };

  return (
    <Stack gap={0}>
      {WEEKDAYS.map((day) => {
        const intervals = value.weekly[day];
        const label = WEEKDAY_LABELS[day];
        const next = nextInterval(intervals);
        const dayErrors = scopeFieldErrors(errors, `weekly.${day}`);
        return (
          <Group
            key={day}
            align="flex-start"
            wrap="nowrap"
            py="xs"
            gap="md"
            className={rowClasses.row}
            style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
            data-testid={`weekday-${day}`}
          >
            <Checkbox
              className={rowClasses.day}
              w={130}
              pt={8}
              label={label}
              checked={intervals.length > 0}
              onChange={(event) => toggle(day, event.currentTarget.checked)}
            />
            <Stack gap={4} style={{ flex: 1 }} className={rowClasses.hours}>
              {intervals.length === 0 ? (
                <>
                  <Text c="dimmed" size="sm" pt={8}>
                    Unavailable
                  </Text>
                  {dayErrors[''] && (
                    <Text c="red" size="xs">
                      {displayMessage(dayErrors[''])}
                    </Text>
                  )}
                </>
              ) : (
                <IntervalListEditor intervals={intervals} dayLabel={label} errors={dayErrors} onChange={(list) => setDay(day, list)} />
              )}
            </Stack>
            <Group gap={4} wrap="nowrap" pt={4} className={rowClasses.actions}>
              <Tooltip label={next ? 'Add hours' : 'The day is full'}>
                <ActionIcon variant="subtle" color="gray" size="lg" aria-label={`Add hours to ${label}`} disabled={!next} onClick={() => next && setDay(day, [...intervals, next])}>
                  <IconPlus />
                </ActionIcon>
              </Tooltip>
              <CopyToDaysButton day={day} onCopy={(targets) => onChange(copyDayTo(value, day, targets))} />
            </Group>
          </Group>
        );
      })}
    </Stack>
  );
}
