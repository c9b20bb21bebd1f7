// renderer: the booking rules of an event type: minimum notice, buffers around meetings, how far
// ahead invitees may book, and the step between offered start times.
import { NumberInput, SimpleGrid } from '@mantine/core';
import { RANGES } from '../../../core/schemas/index.ts';
import { MinutesInput } from '../components/minutes-input.tsx';
import { displayMessage, type FieldErrors } from '../forms/field-errors.ts';
import type { EventTypeFormValues } from './event-type-form-values.ts';

export interface SchedulingRulesFieldsProps {
  values: EventTypeFormValues;
  onChange: (patch: Partial<EventTypeFormValues>) => void;
  errors: FieldErrors;
}

type NumberField = 'bufferBeforeMinutes' | 'bufferAfterMinutes' | 'horizonDays' | 'slotStepMinutes';

const toNumber = (next: number | string): number | '' => (typeof next === 'number' ? next : '');

export function SchedulingRulesFields({ values, onChange, errors }: SchedulingRulesFieldsProps) {
  const numberInput = (field: NumberField, label: string, description: string, suffix: string, min: number, max: number, step = 5) => (
    <NumberInput
      label={label}
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
    </SimpleGrid>
  );
}
