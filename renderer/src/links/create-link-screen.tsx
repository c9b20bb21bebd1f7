// renderer: "1x" → the single-use link form → "Create & Copy Link": the link is saved locally
// (offline too), its URL goes to the clipboard and the host lands on the links list.
import { Alert, Button, Stack } from '@mantine/core';
import { useCollectionDocs } from '../queries/use-collection-docs.ts';
import { useAppContext } from '../shell/app-context.ts';
import { linkUrlFor } from '../shell/public-urls.ts';
import { showDone } from '../shell/show-result.ts';
import { CreateLinkForm } from './create-link-form.tsx';
import { createSingleUseLink } from './create-single-use-link.ts';

export function CreateLinkScreen({ eventTypeId }: { eventTypeId: string }) {
  const { session, platform, navigate } = useAppContext();
  const { db, publicUrl, profile } = session;
  const { docs: eventTypes, loaded } = useCollectionDocs(db, 'event_types');
  const eventType = eventTypes.find((e) => e.id === eventTypeId);

  if (loaded && !eventType) {
    return (
      <Stack maw={600}>
        <Alert color="yellow" title="Event type not found" />
        <Button variant="default" onClick={() => navigate({ screen: 'event-types' })} style={{ alignSelf: 'flex-start' }}>
          Back to event types
        </Button>
      </Stack>
    );
  }
  if (!eventType) return null;
  return (
    <CreateLinkForm
      eventType={eventType}
      hostTimezone={profile.timezone}
      onCancel={() => navigate({ screen: 'event-types' })}
      onCreate={async (fields) => {
        const created = await createSingleUseLink(db, fields, (link) => linkUrlFor(publicUrl, link), (text) => platform.copyText(text));
        showDone(created.url, created.copied ? 'Link created and copied' : 'Link created (copy it from the list)');
        navigate({ screen: 'links' });
      }}
    />
  );
}
