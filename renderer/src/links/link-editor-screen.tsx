// renderer: "Edit details" of a link that nobody has booked yet.
import { Alert, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import type { LinkDoc } from '../../../core/schemas/index.ts';
import { useCollectionDocs } from '../queries/use-collection-docs.ts';
import { useAppContext } from '../shell/app-context.ts';
import { showDone } from '../shell/show-result.ts';
import { EditLinkForm } from './edit-link-form.tsx';

export function LinkEditorScreen({ linkId }: { linkId: string }) {
  const { session, navigate } = useAppContext();
  const { db, profile } = session;
  const links = useCollectionDocs(db, 'links');
  const eventTypes = useCollectionDocs(db, 'event_types');
  const current = links.docs.find((l) => l.id === linkId);
  // Edit the version seen on opening; a booking arriving meanwhile is caught at save time.
  const [opened, setOpened] = useState<LinkDoc | null>(null);
  if (current && opened === null) setOpened(current);
  const eventType = opened ? eventTypes.docs.find((e) => e.id === opened.eventTypeId) : undefined;
  const back = () => navigate({ screen: 'links' });

  if (links.loaded && eventTypes.loaded && (!opened || !eventType)) {
    return (
      <Stack maw={600}>
        <Alert color="yellow" title="Link not found" />
        <Button variant="default" onClick={back} style={{ alignSelf: 'flex-start' }}>
          Back to links
        </Button>
      </Stack>
    );
  }
  if (!opened || !eventType) return null;
  return (
    <EditLinkForm
      link={opened}
      eventType={eventType}
      hostTimezone={profile.timezone}
      onCancel={back}
      onSave={async (fields) => {
        const doc = await db.links.findOne(linkId).exec();
        if (!doc) throw new Error('The link no longer exists.');
        if (doc.useCount > 0 || doc.bookingIds.length > 0) throw new Error('The link was booked meanwhile; its details can no longer change.');
        await doc.incrementalPatch({ ...fields, updatedAt: new Date().toISOString() });
        showDone('The link keeps its URL.', 'Link saved');
        back();
      }}
    />
  );
}
