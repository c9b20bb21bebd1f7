// renderer: the "Details" of an event type: name, slug (following the name until edited by
// hand), description, duration and location.
import { NumberInput, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { MAX_LENGTH, RANGES } from '../../../core/schemas/index.ts';
import { LocationFields } from '../components/location-fields.tsx';
import { displayMessage, scopeFieldErrors, type FieldErrors } from '../forms/field-errors.ts';
import { deriveSlug, sanitizeSlugInput, SLUG_MAX_LENGTH } from './derive-slug.ts';
import type { EventTypeFormValues } from './event-type-form-values.ts';

export interface EventTypeDetailsFieldsProps {
  values: EventTypeFormValues;
  onChange: (patch: Partial<EventTypeFormValues>) => void;
  errors: FieldErrors;
  /** Shown before the slug, e.g. 'https://book.example.com/e/ada/'. */
  standardLinkBase?: string;
}

export function EventTypeDetailsFields({ values, onChange, errors, standardLinkBase }: EventTypeDetailsFieldsProps) {
  return (
    <Stack gap="md">
      <TextInput
        label="Name"
        placeholder="Intro call"
        withAsterisk
        maxLength={MAX_LENGTH.name}
        value={values.name}
        error={displayMessage(errors['name'])}
        onChange={(event) => {
          const name = event.currentTarget.value;
          onChange(values.slugEdited ? { name } : { name, slug: deriveSlug(name) });
        }}
      />
      <TextInput
        label="Slug"
        description={
          standardLinkBase ? (
            <Text span size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
              Standard link: {standardLinkBase}
              {values.slug || '…'}
            </Text>
          ) : (
            'The last part of the standard link: lowercase letters, digits and hyphens.'
          )
        }
        withAsterisk
        maxLength={SLUG_MAX_LENGTH}
        value={values.slug}
        error={displayMessage(errors['slug'])}
        onChange={(event) => onChange({ slug: sanitizeSlugInput(event.currentTarget.value), slugEdited: true })}
      />
      <Textarea
        label="Description"
        description="Shown to invitees on the booking page."
        autosize
        minRows={2}
        maxRows={8}
        maxLength={MAX_LENGTH.description}
        value={values.description}
        error={displayMessage(errors['description'])}
        onChange={(event) => onChange({ description: event.currentTarget.value })}
      />
      <NumberInput
        label="Duration"
        suffix=" min"
        withAsterisk
        w={180}
        min={RANGES.durationMinutes.minimum}
        max={RANGES.durationMinutes.maximum}
        step={5}
        allowNegative={false}
        allowDecimal={false}
        value={values.durationMinutes}
        error={displayMessage(errors['durationMinutes'])}
        onChange={(next) => onChange({ durationMinutes: typeof next === 'number' ? next : '' })}
      />
      <LocationFields value={values.location} errors={scopeFieldErrors(errors, 'location')} onChange={(location) => onChange({ location })} />
    </Stack>
  );
}
