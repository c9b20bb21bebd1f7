// Runs in the renderer. The Single-use links screen wired to the database: the virtualized list
// with live status (booked by …, not yet synced), copy, edit, share by email, revoke (one link or
// several at once) and preview.
import { Center, Loader } from '@mantine/core';
import { useCallback } from 'react';
import type { LinkDoc } from '../../../core/schemas/index.ts';
import { useCollectionDocs } from '../queries/use-collection-docs.ts';
import { useMinuteClock } from '../queries/use-minute-clock.ts';
import { useUnsyncedIds } from '../queries/use-unsynced-ids.ts';
import { useAppContext } from '../shell/app-context.ts';
import { linkUrlFor } from '../shell/public-urls.ts';
import { showDone, showFailure } from '../shell/show-result.ts';
import { LinkList } from './link-list.tsx';

export function LinksScreen() {
  const { session, platform, navigate } = useAppContext();
  const { db, sync, publicUrl, profile } = session;
  const links = useCollectionDocs(db, 'links');
  const eventTypes = useCollectionDocs(db, 'event_types');
  const bookings = useCollectionDocs(db, 'bookings');
  const unsyncedIds = useUnsyncedIds(sync, 'links');
  const now = useMinuteClock();
  const linkUrl = useCallback((link: LinkDoc) => linkUrlFor(publicUrl, link), [publicUrl]);

  const open = (url: string) => platform.openExternal(url).catch((error: unknown) => showFailure(error, 'Could not open'));

  if (!links.loaded || !eventTypes.loaded) {
    return (
      <Center h={200}>
        <Loader />
      </Center>
    );
  }
  return (
      <LinkList
        links={links.docs}
        eventTypes={eventTypes.docs}
        bookings={bookings.docs}
        unsyncedIds={unsyncedIds}
        hostTimezone={profile.timezone}
        hostName={profile.name}
        now={now}
        linkUrl={linkUrl}
        onCopy={async (_link, url) => {
          await platform.copyText(url);
        }}
        onEdit={(link) => navigate({ screen: 'link-editor', linkId: link.id })}
        onShare={(_link, mailto) => void open(mailto)}
        onRevoke={async (targets) => {
          const docs = await db.links.findByIds(targets.map((link) => link.id)).exec();
          const at = new Date().toISOString();
          // One write per link: each is its own document, replicated (and merged) on its own.
          await Promise.all([...docs.values()].map((doc) => doc.incrementalPatch({ revokedAt: at, updatedAt: at })));
          if (targets.length === 1) showDone('Nobody can book with it any more.', 'Link revoked');
          else showDone('Nobody can book with them any more.', `${targets.length} links revoked`);
        }}
        onOpen={(_link, url) => void open(url)}
        height="calc(100vh - 240px)"
      />
  );
}
