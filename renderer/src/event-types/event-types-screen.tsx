// renderer: the Event types screen wired to the database: list, "1x", copy the standard link,
// duplicate, archive/restore.
import { Center, Loader } from '@mantine/core';
import { useCallback } from 'react';
import type { EventTypeDoc } from '../../../core/schemas/index.ts';
import { useCollectionDocs } from '../queries/use-collection-docs.ts';
import { useUnsyncedIds } from '../queries/use-unsynced-ids.ts';
import { useAppContext } from '../shell/app-context.ts';
import { standardLinkUrlFor } from '../shell/public-urls.ts';
import { showDone, showFailure } from '../shell/show-result.ts';
import { duplicateEventType } from './duplicate-event-type.ts';
import { EventTypeList } from './event-type-list.tsx';

export function EventTypesScreen() {
  const { session, platform, navigate } = useAppContext();
  const { db, sync, publicUrl, profile } = session;
  const { docs: eventTypes, loaded } = useCollectionDocs(db, 'event_types');
  const unsyncedIds = useUnsyncedIds(sync, 'event_types');

  const standardLinkUrl = useCallback((eventType: EventTypeDoc) => standardLinkUrlFor(publicUrl, profile.slug, eventType), [publicUrl, profile.slug]);

  const duplicate = async (eventType: EventTypeDoc) => {
    try {
      const copy = duplicateEventType(eventType, { takenSlugs: eventTypes.map((e) => e.slug) });
      await db.event_types.insert(copy);
      showDone(`"${copy.name}" was created.`, 'Duplicated');
      navigate({ screen: 'event-type-editor', eventTypeId: copy.id });
    } catch (error) {
      showFailure(error, 'Could not duplicate');
    }
  };

  const setArchived = async (eventType: EventTypeDoc, archived: boolean) => {
    try {
      const doc = await db.event_types.findOne(eventType.id).exec();
      await doc?.incrementalPatch({ archived, updatedAt: new Date().toISOString() });
      showDone(archived ? `"${eventType.name}" is archived; its links stop taking bookings only if you revoke them.` : `"${eventType.name}" is active again.`);
    } catch (error) {
      showFailure(error);
    }
  };

  if (!loaded) {
    return (
      <Center h={200}>
        <Loader />
      </Center>
    );
  }
  return (
    <EventTypeList
      eventTypes={eventTypes}
      standardLinkUrl={standardLinkUrl}
      unsyncedIds={unsyncedIds}
      onCreate={() => navigate({ screen: 'event-type-editor', eventTypeId: null })}
      onCreateLink={(eventType) => navigate({ screen: 'create-link', eventTypeId: eventType.id })}
      onEdit={(eventType) => navigate({ screen: 'event-type-editor', eventTypeId: eventType.id })}
      onDuplicate={(eventType) => void duplicate(eventType)}
      onSetArchived={(eventType, archived) => void setArchived(eventType, archived)}
      onOpenStandardLink={(_eventType, url) => {
        platform.openExternal(url).catch((error: unknown) => showFailure(error, 'Could not open'));
      }}
      onCopyStandardLink={async (_eventType, url) => {
        await platform.copyText(url);
        showDone(url, 'Standard link copied');
      }}
    />
  );
}
