// renderer: the sections of the link form: who it is for, the meeting as this link offers it
// (starting from the event type), and the link's own limits (uses, expiry) and private note.
import { NumberInput, SimpleGrid, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { memo, useCallback, useMemo } from 'react';
import { MAX_LENGTH, RANGES, type Availability, type MeetingLocation } from '../../../core/schemas/index.ts';
import { AvailabilityEditor } from '../availability/availability-editor.tsx';
import { FormSection } from '../components/form-section.tsx';
import { IconCalendar } from '../components/icons.tsx';
import { LocationFields } from '../components/location-fields.tsx';
import { displayMessage, scopeFieldErrors, type FieldErrors } from '../forms/field-errors.ts';
import type { LinkFormValues } from './link-form-values.ts';

export interface LinkFormFieldsProps {
  values: LinkFormValues;
  onChange: (patch: Partial<LinkFormValues>) => void;
  errors: FieldErrors;
  /** The first day an expiry may fall on (today in the host's zone). */
  today: string;
  now?: () => Date;
}

const toNumber = (next: number | string): number | '' => (typeof next === 'number' ? next : '');

export const LinkFormFields = memo(function LinkFormFields({ values, onChange, errors, today, now }: LinkFormFieldsProps) {
  // Stable handlers let the memoized availability editor skip renders while the host types elsewhere.
  const changeLocation = useCallback((location: MeetingLocation) => onChange({ location }), [onChange]);
  const changeAvailability = useCallback((availability: Availability) => onChange({ availability }), [onChange]);
  const availabilityErrors = useMemo(() => scopeFieldErrors(errors, 'overrides.availability'), [errors]);
  return (
    <Stack gap="lg">
      <FormSection title="Contact" description="Optional. Pre-fills the booking page for the person you send the link to.">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label="Name"
            placeholder="Ada Lovelace"
            maxLength={MAX_LENGTH.name}
            value={values.contactName}
            error={displayMessage(errors['contact.name'])}
            onChange={(event) => onChange({ contactName: event.currentTarget.value })}
          />
          <TextInput
            label="Email"
            type="email"
            placeholder="ada@example.com"
            maxLength={MAX_LENGTH.email}
            value={values.contactEmail}
            error={displayMessage(errors['contact.email'])}
            onChange={(event) => onChange({ contactEmail: event.currentTarget.value })}
          />
        </SimpleGrid>
      </FormSection>

      <FormSection title="Meeting details" description="Start from the event type; changes here apply to this link only.">
        <TextInput
          label="Meeting name"
          maxLength={MAX_LENGTH.name}
          value={values.name}
          error={displayMessage(errors['overrides.name'])}
          onChange={(event) => onChange({ name: event.currentTarget.value })}
        />
        <NumberInput
          label="Duration"
          suffix=" min"
          w={180}
          min={RANGES.durationMinutes.minimum}
          max={RANGES.durationMinutes.maximum}
          step={5}
          allowNegative={false}
          allowDecimal={false}
          value={values.durationMinutes}
          error={displayMessage(errors['overrides.durationMinutes'])}
          onChange={(next) => onChange({ durationMinutes: toNumber(next) })}
        />
        <LocationFields value={values.location} errors={scopeFieldErrors(errors, 'overrides.location')} onChange={changeLocation} />
        <Switch
          label="Use different availability for this link"
          description="For example, longer hours for one important invitee. Your other links are not affected."
          checked={values.customAvailability}
          onChange={(event) => onChange({ customAvailability: event.currentTarget.checked })}
        />
        {values.customAvailability && (
          <AvailabilityEditor
            value={values.availability}
            errors={availabilityErrors}
            now={now}
            onChange={changeAvailability}
          />
        )}
      </FormSection>

      <FormSection title="Link">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NumberInput
            label="Uses"
            description="How many bookings the link allows. 1 makes it single-use."
            min={RANGES.maxUses.minimum}
            max={RANGES.maxUses.maximum}
            allowNegative={false}
            allowDecimal={false}
            value={values.maxUses}
            error={displayMessage(errors['maxUses'])}
            onChange={(next) => onChange({ maxUses: toNumber(next) })}
          />
          <DatePickerInput
            label="Expires after"
            description="The last day the link works. Empty: it never expires."
            placeholder="Never"
            clearable
            leftSection={<IconCalendar />}
            valueFormat="ddd, MMM D, YYYY"
            minDate={today}
            defaultDate={values.expiresOn ?? today}
            value={values.expiresOn}
            error={displayMessage(errors['expiresAt'])}
            onChange={(expiresOn) => onChange({ expiresOn })}
          />
        </SimpleGrid>
        <Textarea
          label="Note"
          description="Only you see this, in the list of single-use links."
          autosize
          minRows={2}
          maxRows={6}
          maxLength={MAX_LENGTH.note}
          value={values.note}
          error={displayMessage(errors['note'])}
          onChange={(event) => onChange({ note: event.currentTarget.value })}
        />
      </FormSection>
    </Stack>
  );
});
