// renderer: keeps the tray's menu current (event types, recent links, sync state) and answers
// its "make a link for this event type" request; main copies the URL and tells the host.
import { combineLatest, debounceTime, distinctUntilChanged, map } from 'rxjs';
import { collectionDocs$ } from '../queries/use-collection-docs.ts';
import { createSingleUseLink, plainLinkFields } from '../links/create-single-use-link.ts';
import type { Platform } from '../platform/platform.ts';
import type { HostSession } from '../session/open-host-session.ts';
import { linkUrlFor } from '../shell/public-urls.ts';
import { buildTrayData } from './tray-data.ts';

export function connectTray(session: HostSession, platform: Pick<Platform, 'capabilities' | 'pushTrayData' | 'onTrayRequest'>): () => void {
  if (!platform.capabilities.tray) return () => undefined;
  const { db, sync, publicUrl } = session;
  const urlOf = (link: { token: string }) => linkUrlFor(publicUrl, link);

  const subscription = combineLatest([
    collectionDocs$(db, 'event_types'),
    collectionDocs$(db, 'links'),
    sync.state$.pipe(map((state) => state.status), distinctUntilChanged()),
  ])
    .pipe(debounceTime(250))
    .subscribe(([eventTypes, links, status]) => platform.pushTrayData(buildTrayData(eventTypes, links, status, urlOf)));

  const unregister = platform.onTrayRequest(async ({ eventTypeId }) => {
    const eventType = await db.event_types.findOne(eventTypeId).exec();
    if (!eventType || eventType.archived) throw new Error('that event type no longer exists or is archived');
    const created = await createSingleUseLink(db, plainLinkFields(eventTypeId), urlOf, async () => undefined);
    return { url: created.url };
  });

  return () => {
    subscription.unsubscribe();
    unregister();
  };
}
