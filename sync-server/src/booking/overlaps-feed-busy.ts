// Runs on the server. Whether a drafted booking's blocked range (buffers included) overlaps a busy
// time of the host's calendar feeds: the same rule the slot engine applies when the feed busy
// times are among its `busy` (core/slots/rejection-of.ts: half-open overlap of the blocked range),
// checked against the committed busy rows. A feed refresh is not ordered with bookings: a booking
// that read the rows before a refresh committed is judged by the previous fetch.
import type { Store, TimeRange } from '../store/store.ts';

export async function overlapsFeedBusy(store: Store, hostId: string, blocked: TimeRange): Promise<boolean> {
  return (await store.feeds.listBusy(hostId, blocked)).length > 0;
}
