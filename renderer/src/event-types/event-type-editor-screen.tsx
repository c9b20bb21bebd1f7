// renderer: create or edit one event type with the full form; saving writes to the local
// database (replication takes it to the server).
import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { EventTypeDoc } from '../../../core/schemas/index.ts';
import { joinPublicUrl } from '../../../core/urls/index.ts';
import { useCollectionDocs } from '../queries/use-collection-docs.ts';
import { useAppContext } from '../shell/app-context.ts';
import { showDone } from '../shell/show-result.ts';
import { EventTypeForm } from './event-type-form.tsx';
import { newEventType } from './new-event-type.ts';

export interface EventTypeEditorScreenProps {
  /** null: a new event type. */
  eventTypeId: string | null;
}

export function EventTypeEditorScreen({ eventTypeId }: EventTypeEditorScreenProps) {
  const { session, navigate } = useAppContext();
  const { db, publicUrl, profile } = session;
  const { docs: eventTypes, loaded } = useCollectionDocs(db, 'event_types');
  // A new event type keeps one id for as long as the form is open.
  const [fresh] = useState(() => newEventType({ timezone: profile.timezone }));
  const existing = eventTypeId === null ? null : eventTypes.find((e) => e.id === eventTypeId);
  // The form starts from the version seen when it opened; later replicated changes do not reset what is being typed.
  const [opened, setOpened] = useState<EventTypeDoc | null>(null);
  if (existing && opened === null) setOpened(existing);
  const eventType = eventTypeId === null ? fresh : opened;
  const takenSlugs = useMemo(() => eventTypes.filter((e) => e.id !== eventType?.id).map((e) => e.slug), [eventTypes, eventType?.id]);
  const back = () => navigate({ screen: 'event-types' });

  if (!loaded) {
    return (
      <Center h={200}>
        <Loader />
      </Center>
    );
  }
  if (!eventType) {
    return (
      <Stack maw={600}>
        <Alert color="yellow" title="Event type not found">
          It may have been deleted on another device.
        </Alert>
        <Button variant="default" onClick={back} style={{ alignSelf: 'flex-start' }}>
          Back to event types
        </Button>
      </Stack>
    );
  }
  return (
    <EventTypeForm
      key={eventType.id}
      eventType={eventType}
      isNew={eventTypeId === null}
      takenSlugs={takenSlugs}
      standardLinkBase={`${joinPublicUrl(publicUrl, ['e', profile.slug])}/`}
      hostTimezone={profile.timezone}
      onSave={async (saved) => {
        await db.event_types.incrementalUpsert(saved);
        showDone(`"${saved.name}" is saved.`, eventTypeId === null ? 'Event type created' : 'Event type saved');
        back();
      }}
      onCancel={back}
    />
  );
}
