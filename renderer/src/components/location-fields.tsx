// renderer: where a meeting happens: a kind, and details that depend on it (a meeting link, a
// phone number, an address). Used by the event type form and by a link's overrides.
import { Flex, Select, TextInput } from '@mantine/core';
import { useRef } from 'react';
import { LOCATION_KINDS, type LocationKind, type MeetingLocation } from '../../../core/schemas/index.ts';
import { displayMessage, type FieldErrors } from '../forms/field-errors.ts';
import { LOCATION_DETAILS_HINTS, LOCATION_KIND_LABELS } from './location-labels.ts';

export interface LocationFieldsProps {
  value: MeetingLocation;
  onChange: (location: MeetingLocation) => void;
  /** Errors relative to the location: 'kind', 'details' (and '' for the location as a whole). */
  errors?: FieldErrors;
  disabled?: boolean;
}

const KIND_OPTIONS = LOCATION_KINDS.map((kind) => ({ value: kind, label: LOCATION_KIND_LABELS[kind] }));

export function LocationFields({ value, onChange, errors = {}, disabled }: LocationFieldsProps) {
  const hint = LOCATION_DETAILS_HINTS[value.kind];
  // Details mean different things per kind (a URL is not a phone number), so a switch never
  // carries them over; each kind gets back what the host typed for it earlier in this form.
  const detailsByKind = useRef<Partial<Record<LocationKind, string>>>({});
  return (
    // Side by side where there is room; stacked on a phone, so the details field gets the width
    // of the form instead of what the kind select leaves of it.
    <Flex direction={{ base: 'column', sm: 'row' }} align={{ base: 'stretch', sm: 'flex-start' }} gap="md">
      <Select<LocationKind>
        label="Location"
        data={KIND_OPTIONS}
        value={value.kind}
        allowDeselect={false}
        disabled={disabled}
        error={displayMessage(errors['kind'] ?? errors[''])}
        onChange={(kind) => {
          if (!kind || kind === value.kind) return;
          detailsByKind.current[value.kind] = value.details;
          onChange({ kind, details: kind === 'none' ? '' : (detailsByKind.current[kind] ?? '') });
        }}
        w={{ base: '100%', sm: 200 }}
        style={{ flexShrink: 0 }}
      />
      {value.kind !== 'none' && (
        <TextInput
          label={hint.label}
          placeholder={hint.placeholder}
          value={value.details}
          disabled={disabled}
          style={{ flex: 1 }}
          error={displayMessage(errors['details'])}
          onChange={(event) => onChange({ kind: value.kind, details: event.currentTarget.value })}
        />
      )}
    </Flex>
  );
}
