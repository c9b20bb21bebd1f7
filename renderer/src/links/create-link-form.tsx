// renderer: "1x" on an event type: a single-use link with an optional contact, optional changes
// to the meeting, an optional expiry, uses (1 by default) and a note. "Create & Copy Link" hands
// the validated fields to `onCreate`; the caller writes the document (see buildNewLink), copies
// its URL and confirms. Nothing here needs the network, so it works offline.
import type { EventTypeDoc } from '../../../core/schemas/index.ts';
import type { LinkFields } from './build-new-link.ts';
import { LinkForm } from './link-form.tsx';

export interface CreateLinkFormProps {
  eventType: EventTypeDoc;
  /** The host's IANA zone: an expiry date means the end of that day there. */
  hostTimezone: string;
  /** Gets the new link's fields (overrides only for what differs from the event type). The draft is dropped once this resolves. */
  onCreate: (fields: LinkFields) => void | Promise<void>;
  onCancel?: () => void;
  now?: () => Date;
  /** Where the draft lives (key: the event type's id); defaults to localStorage. */
  draftStorage?: Storage | null;
}

export function CreateLinkForm({ onCreate, ...rest }: CreateLinkFormProps) {
  return <LinkForm {...rest} onSubmit={onCreate} />;
}
