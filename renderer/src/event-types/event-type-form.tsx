// renderer: create or edit an event type. Save validates with the core validator and shows each
// error next to its input; until saved or discarded, every keystroke is kept as a draft in local
// storage (keyed by the document id), so closing the app mid-edit loses nothing.
import { Alert, Button, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EventTypeDoc } from '../../../core/schemas/index.ts';
import { validateEventType } from '../../../core/validation/index.ts';
import { AvailabilityEditor, isAvailabilityErrorShown } from '../availability/availability-editor.tsx';
import { formatDateTime } from '../components/format-dates.ts';
import { FormErrorSummary } from '../components/form-error-summary.tsx';
import { FormSection } from '../components/form-section.tsx';
import { draftKey } from '../forms/draft-storage.ts';
import { NO_ERRORS, scopeFieldErrors, toFieldErrors, type FieldErrors } from '../forms/field-errors.ts';
import { usePersistentDraft } from '../forms/use-persistent-draft.ts';
import { fromFormValues, parseEventTypeFormValues, toFormValues, type EventTypeFormValues } from './event-type-form-values.ts';
import { EventTypeDetailsFields } from './event-type-details-fields.tsx';
import { SchedulingRulesFields } from './scheduling-rules-fields.tsx';

export interface EventTypeFormProps {
  /** The event type to edit, or for a new one a fresh document from `newEventType()`. */
  eventType: EventTypeDoc;
  /** A new event type's slug follows its name until edited; an existing one keeps its slug (and URL). */
  isNew?: boolean;
  /** Slugs of the host's other event types (a slug is unique per host). */
  takenSlugs?: readonly string[];
  /** Shown before the slug as a preview of the standard link, e.g. 'https://book.example.com/e/ada/'. */
  standardLinkBase?: string;
  /** Gets the validated document (updatedAt set to now). The draft is dropped once this resolves. */
  onSave: (eventType: EventTypeDoc) => void | Promise<void>;
  /** Leaves the form; the draft stays for next time. */
  onCancel?: () => void;
  /** The host's zone, for the "restored draft" time. Defaults to the availability's zone. */
  hostTimezone?: string;
  now?: () => Date;
  /** Where drafts live; defaults to localStorage. */
  draftStorage?: Storage | null;
}

const INLINE_FIELDS = new Set([
  'name', 'slug', 'description', 'durationMinutes', 'location', 'location.kind', 'location.details', 'minNoticeMinutes',
  'bufferBeforeMinutes', 'bufferAfterMinutes', 'horizonDays', 'slotStepMinutes', 'availability',
]);

function isShownInline(field: string): boolean {
  if (INLINE_FIELDS.has(field)) return true;
  return field.startsWith('availability.') && isAvailabilityErrorShown(field.slice('availability.'.length));
}

const NO_SLUGS: readonly string[] = [];
/** The draft key of the one event type being created. */
export const NEW_DRAFT_ID = 'new';
// Live checks after a failed save need some update time; the real one is set when saving.
const LIVE_CHECK_TIME = new Date(0);

function validate(values: EventTypeFormValues, base: EventTypeDoc, takenSlugs: readonly string[], now: Date) {
  const doc = fromFormValues(values, base, now);
  const result = validateEventType(doc);
  const errors = result.ok ? [] : [...result.errors];
  if (values.slug !== '' && takenSlugs.includes(values.slug) && !errors.some((e) => e.field === 'slug')) {
    errors.push({ field: 'slug', message: 'is already used by another of your event types' });
  }
  return { doc, errors: toFieldErrors(errors) };
}

export function EventTypeForm({
  eventType, isNew = false, takenSlugs = NO_SLUGS, standardLinkBase, onSave, onCancel, hostTimezone, now, draftStorage,
}: EventTypeFormProps) {
  const clock = now ?? (() => new Date());
  const initial = useMemo(() => toFormValues(eventType, !isNew), [eventType, isNew]);
  // A new event type gets a new id each time the form opens, so its draft is kept under one
  // fixed key: reopening "New event type" after a restart brings back what was typed.
  const draft = usePersistentDraft(draftKey('event-type', isNew ? NEW_DRAFT_ID : eventType.id), initial, {
    parse: parseEventTypeFormValues,
    storage: draftStorage,
    now,
  });
  const values = draft.value;
  const [attempts, setAttempts] = useState(0);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // After a failed save the errors follow the input, so a fixed field loses its message at once.
  const errors: FieldErrors = useMemo(
    () => (attempts > 0 ? validate(values, eventType, takenSlugs, LIVE_CHECK_TIME).errors : NO_ERRORS),
    [attempts, values, eventType, takenSlugs],
  );
  const availabilityErrors = useMemo(() => scopeFieldErrors(errors, 'availability'), [errors]);

  useEffect(() => {
    if (attempts === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempts]);

  const { setValue } = draft;
  const change = useCallback((patch: Partial<EventTypeFormValues>) => setValue((previous) => ({ ...previous, ...patch })), [setValue]);
  // Stable, so the (large) availability editor skips re-rendering while the host types elsewhere.
  const changeAvailability = useCallback((availability: EventTypeFormValues['availability']) => change({ availability }), [change]);

  const save = async () => {
    const result = validate(values, eventType, takenSlugs, clock());
    if (Object.keys(result.errors).length > 0) {
      setAttempts((n) => n + 1);
      return;
    }
    setSaving(true);
    setSaveError(null);
    try {
      await onSave(result.doc);
      draft.clear();
      setAttempts(0);
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  };

  const discard = () => {
    draft.clear();
    setAttempts(0);
    setSaveError(null);
  };

  const restoredZone = hostTimezone ?? eventType.availability.timezone;
  return (
    <form
      ref={formRef}
      noValidate
      aria-label={isNew ? 'New event type' : `Edit ${eventType.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack gap="lg" maw={880}>
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={2}>{isNew ? 'New event type' : values.name.trim() || eventType.name || 'Event type'}</Title>
            <Text c="dimmed" size="sm">
              A kind of meeting you offer. Single-use links start from it.
            </Text>
          </div>
        </Group>

        {draft.restoredAt && (
          <Alert color="blue" variant="light" title="Unsaved changes restored">
            <Group justify="space-between" gap="sm">
              <Text size="sm">Your edits from {formatDateTime(draft.restoredAt, restoredZone)} were kept. Save them or discard them.</Text>
              <Button variant="subtle" size="compact-sm" onClick={discard}>
                Discard changes
              </Button>
            </Group>
          </Alert>
        )}
        <FormErrorSummary errors={errors} isShownInline={isShownInline} />
        {saveError && (
          <Alert color="red" variant="light" title="Could not save">
            {saveError} Your changes are kept; try again.
          </Alert>
        )}

        <FormSection title="Details">
          <EventTypeDetailsFields values={values} errors={errors} standardLinkBase={standardLinkBase} onChange={change} />
        </FormSection>
        <FormSection title="Availability" description="When invitees can book this meeting.">
          <AvailabilityEditor
            value={values.availability}
            errors={availabilityErrors}
            now={now}
            onChange={changeAvailability}
          />
        </FormSection>
        <FormSection title="Booking rules">
          <SchedulingRulesFields values={values} errors={errors} onChange={change} />
        </FormSection>
        <FormSection title="Sharing">
          <Switch
            label="Standard link open to anyone"
            description="Anyone with the standard link can book. Turn it off to take bookings only through single-use links."
            checked={values.publicBooking}
            onChange={(event) => change({ publicBooking: event.currentTarget.checked })}
          />
        </FormSection>

        <Group justify="space-between" py="sm" style={{ position: 'sticky', bottom: 0, background: 'var(--mantine-color-body)', zIndex: 1 }}>
          <Text size="sm" c="dimmed" aria-live="polite">
            {draft.dirty ? 'Unsaved changes (kept on this device until you save or discard them)' : ''}
          </Text>
          <Group gap="sm">
            {draft.dirty && (
              <Button variant="subtle" color="gray" onClick={discard}>
                Discard changes
              </Button>
            )}
            {onCancel && (
              <Button variant="default" onClick={onCancel}>
                Cancel
              </Button>
            )}
            <Button type="submit" loading={saving}>
              {isNew ? 'Create event type' : 'Save'}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
