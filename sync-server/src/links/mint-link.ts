// Runs on the server. Makes one link for a host, the one way `POST /api/links` and the CLI's
// create-link both do: the body checked (parse-mint-link-body.ts), the event type found among the
// host's own live ones, the document built as the desktop builds it (core/links buildNewLink) and
// validated by core's validateLink, then written in the host's normal write transaction, so it
// gets the next seq, the stream hears of the commit and the desktop pulls it like any other link
// (ARCHITECTURE.md, "How data flows").
import { buildNewLink } from '../../../core/links/index.ts';
import { linkUrl } from '../../../core/urls/index.ts';
import type { FieldError } from '../../../core/validation/index.ts';
import { validateLink } from '../../../core/validation/index.ts';
import type { ReplicatedDoc, Store, StoredDoc } from '../store/store.ts';
import { parseMintLinkBody, type EventTypeRef } from './parse-mint-link-body.ts';
import { isKnownTimeZone } from '../app/known-time-zone.ts';

export interface MintLinkRequest {
  hostId: string;
  /** Base of link URLs (config.publicUrl). */
  publicUrl: string;
  /** The request body as received (unknown: it is checked here). */
  body: unknown;
  now?: Date;
}

export type MintLinkOutcome =
  | { kind: 'created'; link: ReplicatedDoc<'links'>; url: string }
  | { kind: 'invalid'; fields: FieldError[] }
  /** No live event type of this host with that id or slug. */
  | { kind: 'event_type_not_found' };

async function findEventType(store: Store, hostId: string, ref: EventTypeRef): Promise<StoredDoc<'event_types'> | null> {
  if ('slug' in ref) return store.findEventTypeBySlug(hostId, ref.slug);
  const stored = (await store.getDocs(hostId, 'event_types', [ref.id])).get(ref.id);
  return stored && !stored.doc._deleted ? stored : null;
}

export async function mintLink(store: Store, request: MintLinkRequest): Promise<MintLinkOutcome> {
  const now = request.now ?? new Date();
  const parsed = parseMintLinkBody(request.body, now);
  if (!parsed.ok) return { kind: 'invalid', fields: parsed.fields };
  const { eventType: ref, fields } = parsed.input;

  const eventType = await findEventType(store, request.hostId, ref);
  if (!eventType) return { kind: 'event_type_not_found' };
  // Its links would answer 410 from the first visit (booking/resolve-target.ts): say so now.
  if (eventType.doc.archived) return { kind: 'invalid', fields: [{ field: 'id' in ref ? 'eventTypeId' : 'eventTypeSlug', message: 'the event type is archived; unarchive it first' }] };

  const doc = buildNewLink({ ...fields, eventTypeId: eventType.doc.id }, now);
  const checked = validateLink(doc, isKnownTimeZone);
  if (!checked.ok) return { kind: 'invalid', fields: checked.errors };
  const link: ReplicatedDoc<'links'> = { ...doc, _deleted: false };
  await store.writeTransaction(request.hostId, (tx) => tx.putDoc('links', link));
  return { kind: 'created', link, url: linkUrl(request.publicUrl, link.token) };
}
