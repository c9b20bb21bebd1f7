// renderer: the form behind "1x" (create) and "Edit details" (edit) of a link. It validates the
// document it would write with the core validator, shows each error at its field, and keeps
// what the host typed as a draft until the link is created or saved, or the draft discarded.
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import type { EventTypeDoc, LinkDoc } from '../../../core/schemas/index.ts';
import { validateLink } from '../../../core/validation/index.ts';
import { isAvailabilityErrorShown } from '../availability/availability-editor.tsx';
import { todayIn } from '../components/format-dates.ts';
import { formatMinutes } from '../components/format-minutes.ts';
import { FormErrorSummary } from '../components/form-error-summary.tsx';
import { describeLocation } from '../components/location-labels.ts';
import { draftKey } from '../forms/draft-storage.ts';
import { NO_ERRORS, toFieldErrors, type FieldErrors } from '../forms/field-errors.ts';
import { usePersistentDraft } from '../forms/use-persistent-draft.ts';
import { buildNewLink, type LinkFields } from './build-new-link.ts';
import { LinkFormFields } from './link-form-fields.tsx';
import { linkValues, newLinkValues, parseLinkFormValues, toLinkFields, type LinkFormValues } from './link-form-values.ts';

export interface LinkFormProps {
  eventType: EventTypeDoc;
  /** The link to edit; without it the form creates a new link. */
  link?: LinkDoc;
  /** Expiry dates are days in this zone: a link expiring on 10 March works until that day ends there. */
  hostTimezone: string;
  onSubmit: (fields: LinkFields) => void | Promise<void>;
  onCancel?: () => void;
  now?: () => Date;
  draftStorage?: Storage | null;
}

const INLINE = new Set(['contact.name', 'contact.email', 'overrides.name', 'overrides.durationMinutes', 'overrides.location', 'overrides.location.kind', 'overrides.location.details', 'overrides.availability', 'maxUses', 'expiresAt', 'note']);

function isShownInline(field: string): boolean {
  if (INLINE.has(field)) return true;
  const prefix = 'overrides.availability.';
  return field.startsWith(prefix) && isAvailabilityErrorShown(field.slice(prefix.length));
}

function check(fields: LinkFields, link: LinkDoc | undefined, now: Date) {
  const doc: LinkDoc = link ? { ...link, ...fields, updatedAt: now.toISOString() } : buildNewLink(fields, now);
  const result = validateLink(doc);
  return result.ok ? NO_ERRORS : toFieldErrors(result.errors);
}

export function LinkForm({ eventType, link, hostTimezone, onSubmit, onCancel, now, draftStorage }: LinkFormProps) {
  const clock = now ?? (() => new Date());
  const editing = link !== undefined;
  const initial = useMemo(
    () => (link ? linkValues(link, eventType, hostTimezone) : newLinkValues(eventType)),
    [link, eventType, hostTimezone],
  );
  const key = link ? draftKey('link', link.id) : draftKey('new-link', eventType.id);
  const draft = usePersistentDraft(key, initial, { parse: parseLinkFormValues, storage: draftStorage, now });
  const values = draft.value;
  const [attempted, setAttempted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);

  const kept = link?.overrides;
  const fieldsOf = useCallback((v: LinkFormValues) => toLinkFields(v, eventType, hostTimezone, kept), [eventType, hostTimezone, kept]);
  const errors: FieldErrors = useMemo(
    () => (attempted ? check(fieldsOf(values), link, new Date(0)) : NO_ERRORS),
    [attempted, fieldsOf, values, link],
  );
  // Booked or revoked while the form was open (the link updates live): its details are final.
  const locked = link !== undefined && (link.useCount > 0 || link.bookingIds.length > 0 || link.revokedAt !== null);

  const { setValue } = draft;
  const change = useCallback((patch: Partial<LinkFormValues>) => setValue((previous) => ({ ...previous, ...patch })), [setValue]);

  const submit = async () => {
    const fields = fieldsOf(values);
    if (Object.keys(check(fields, link, clock())).length > 0) {
      setAttempted(true);
      return;
    }
    setSubmitting(true);
    setSubmitError(null);
    try {
      await onSubmit(fields);
      draft.clear();
      setAttempted(false);
    } catch (error) {
      setSubmitError(error instanceof Error ? error.message : String(error));
    } finally {
      setSubmitting(false);
    }
  };

  const today = todayIn(hostTimezone, clock());

  return (
    <form
      noValidate
      aria-label={editing ? 'Edit link details' : 'New single-use link'}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="lg" maw={720}>
        <div>
          <Title order={2}>{editing ? 'Edit link details' : 'New single-use link'}</Title>
          <Text c="dimmed" size="sm">
            {eventType.name} · {formatMinutes(eventType.durationMinutes)} · {describeLocation(eventType.location)}
          </Text>
        </div>
        {locked && (
          <Alert color="yellow" variant="light" title="This link can no longer change">
            It was booked or revoked while you were editing.
          </Alert>
        )}
        {draft.restoredAt && (
          <Alert color="blue" variant="light" title="Unsaved changes restored">
            <Group justify="space-between" gap="sm">
              <Text size="sm">What you typed last time was kept.</Text>
              <Button variant="subtle" size="compact-sm" onClick={() => draft.clear()}>
                Discard changes
              </Button>
            </Group>
          </Alert>
        )}
        <FormErrorSummary errors={errors} isShownInline={isShownInline} />
        {submitError && (
          <Alert color="red" variant="light" title={editing ? 'Could not save' : 'Could not create the link'}>
            {submitError} What you typed is kept; try again.
          </Alert>
        )}

        <LinkFormFields values={values} errors={errors} today={today} now={now} onChange={change} />

        <Group justify="flex-end" gap="sm" py="sm" style={{ position: 'sticky', bottom: 0, background: 'var(--mantine-color-body)', zIndex: 1 }}>
          {draft.dirty && (
            <Button variant="subtle" color="gray" onClick={() => draft.clear()}>
              Discard changes
            </Button>
          )}
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={submitting} disabled={locked}>
            {editing ? 'Save changes' : 'Create & Copy Link'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
