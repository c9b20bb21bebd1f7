// renderer: the booking rules of an event type: minimum notice, buffers around meetings, how far
// ahead invitees may book, the step between offered start times, the meeting limits (per day and
// week, in the host's time zone) and the invitee's reminder email.
import { NumberInput, Select, SimpleGrid } from '@mantine/core';
import { RANGES } from '../../../core/schemas/index.ts';
import { MinutesInput } from '../components/minutes-input.tsx';
import { displayMessage, type FieldErrors } from '../forms/field-errors.ts';
import type { EventTypeFormValues } from './event-type-form-values.ts';

export interface SchedulingRulesFieldsProps {
  values: EventTypeFormValues;
  onChange: (patch: Partial<EventTypeFormValues>) => void;
  errors: FieldErrors;
}

type NumberField = 'bufferBeforeMinutes' | 'bufferAfterMinutes' | 'horizonDays' | 'slotStepMinutes' | 'maxBookingsPerDay' | 'maxBookingsPerWeek';

const REMINDERS = [
  { value: 'off', label: 'Off' },
  { value: '60', label: '1 hour before' },
  { value: '1440', label: '24 hours before' },
];

const reminderOf = (value: string | null): EventTypeFormValues['reminderMinutes'] => (value === '60' ? 60 : value === '1440' ? 1440 : null);

const toNumber = (next: number | string): number | '' => (typeof next === 'number' ? next : '');

export function SchedulingRulesFields({ values, onChange, errors }: SchedulingRulesFieldsProps) {
  const numberInput = (field: NumberField, label: string, description: string, suffix: string, min: number, max: number, step = 5, placeholder?: string) => (
    <NumberInput
      label={label}
      placeholder={placeholder}
      description={description}
      suffix={suffix}
      min={min}
      max={max}
      step={step}
      allowNegative={false}
      allowDecimal={false}
      value={values[field]}
      error={displayMessage(errors[field])}
      onChange={(next) => onChange({ [field]: toNumber(next) })}
    />
  );

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
      <MinutesInput
        label="Minimum notice"
        description="How soon before a meeting it can still be booked."
        value={values.minNoticeMinutes}
        max={RANGES.minNoticeMinutes.maximum}
        error={displayMessage(errors['minNoticeMinutes'])}
        onChange={(minNoticeMinutes) => onChange({ minNoticeMinutes })}
      />
      {numberInput('horizonDays', 'Booking horizon', 'How many days ahead invitees can book.', ' days', RANGES.horizonDays.minimum, RANGES.horizonDays.maximum, 1)}
      {numberInput('bufferBeforeMinutes', 'Buffer before', 'Free time kept before each meeting.', ' min', RANGES.bufferMinutes.minimum, RANGES.bufferMinutes.maximum)}
      {numberInput('bufferAfterMinutes', 'Buffer after', 'Free time kept after each meeting.', ' min', RANGES.bufferMinutes.minimum, RANGES.bufferMinutes.maximum)}
      {numberInput('slotStepMinutes', 'Start times every', 'The step between offered start times.', ' min', RANGES.slotStepMinutes.minimum, RANGES.slotStepMinutes.maximum)}
      {numberInput('maxBookingsPerDay', 'Limit bookings per day', 'At most this many a day, in your time zone. Empty: no limit.', ' a day', RANGES.maxBookingsPerDay.minimum, RANGES.maxBookingsPerDay.maximum, 1, 'No limit')}
      {numberInput('maxBookingsPerWeek', 'Limit bookings per week', 'At most this many a week (Monday to Sunday). Empty: no limit.', ' a week', RANGES.maxBookingsPerWeek.minimum, RANGES.maxBookingsPerWeek.maximum, 1, 'No limit')}
      <Select
        label="Reminder email"
        description="Sent to the invitee before the meeting."
        data={REMINDERS}
        allowDeselect={false}
        value={values.reminderMinutes === null ? 'off' : String(values.reminderMinutes)}
        error={displayMessage(errors['reminderMinutes'])}
        onChange={(next) => onChange({ reminderMinutes: reminderOf(next) })}
      />
    </SimpleGrid>
  );
}
