// renderer: when a meeting can be booked: a time zone, weekly hours (several intervals a day,
// "copy to" other days) and date overrides. Controlled: `value` in, every change out through
// `onChange`. Shows the validators' `availability.*` errors next to the inputs they concern.
import { Stack, Text, Title } from '@mantine/core';
import { memo } from 'react';
import type { Availability } from '../../../core/schemas/index.ts';
import { todayIn } from '../components/format-dates.ts';
import { TimeZoneSelect } from '../components/time-zone-select.tsx';
import { displayMessage, NO_ERRORS, type FieldErrors } from '../forms/field-errors.ts';
import { DateOverridesEditor } from './date-overrides-editor.tsx';
import { WeeklyHoursEditor } from './weekly-hours-editor.tsx';

export interface AvailabilityEditorProps {
  value: Availability;
  onChange: (availability: Availability) => void;
  /** Errors with paths relative to the availability: 'timezone', 'weekly.mon.0.end', 'overrides.2.date'. */
  errors?: FieldErrors;
  /** The clock that decides where a new date override starts; tests pass a fixed one. */
  now?: () => Date;
}

const WEEKDAY = '(mon|tue|wed|thu|fri|sat|sun)';
const INTERVALS = '(\\.\\d+(\\.(start|end))?)?';
const SHOWN_INLINE = new RegExp(`^(|timezone|weekly|weekly\\.${WEEKDAY}${INTERVALS}|overrides(\\.\\d+(\\.date|\\.intervals${INTERVALS})?)?)$`);

/** Whether the editor shows an error at this path (relative to the availability) next to an input. */
export function isAvailabilityErrorShown(path: string): boolean {
  return SHOWN_INLINE.test(path);
}

/** Memoized: a form re-renders on every keystroke, and this editor holds many inputs. */
export const AvailabilityEditor = memo(function AvailabilityEditor({ value, onChange, errors = NO_ERRORS, now }: AvailabilityEditorProps) {
  const today = todayIn(value.timezone, now?.() ?? new Date());
  const wholeError = displayMessage(errors[''] ?? errors['weekly']);
  return (
    <Stack gap="lg">
      {wholeError && (
        <Text c="red" size="sm">
          {wholeError}
        </Text>
      )}
      <TimeZoneSelect
        label="Time zone"
        description="The hours below are in this time zone."
        maw={360}
        value={value.timezone}
        error={displayMessage(errors['timezone'])}
        onChange={(timezone) => onChange({ ...value, timezone })}
      />
      <Stack gap={4}>
        <Title order={5}>Weekly hours</Title>
        <WeeklyHoursEditor value={value} onChange={onChange} errors={errors} />
      </Stack>
      <Stack gap="xs">
        <div>
          <Title order={5}>Date overrides</Title>
          <Text c="dimmed" size="sm">
            Dates when your hours differ from the weekly hours.
          </Text>
        </div>
        <DateOverridesEditor value={value} onChange={onChange} errors={errors} today={today} />
      </Stack>
    </Stack>
  );
});
