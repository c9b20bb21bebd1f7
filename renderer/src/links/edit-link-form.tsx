// renderer: "Edit details" of a link that nobody has booked yet: contact, meeting details,
// uses, expiry and note. Overrides the link already had stay overrides.
import type { EventTypeDoc, LinkDoc } from '../../../core/schemas/index.ts';
import type { LinkFields } from './build-new-link.ts';
import { LinkForm } from './link-form.tsx';

/** What an edit may change; the caller writes these onto the link (with a new updatedAt). */
export type LinkEditFields = Omit<LinkFields, 'eventTypeId'>;

export interface EditLinkFormProps {
  link: LinkDoc;
  /** The link's event type (link.eventTypeId). */
  eventType: EventTypeDoc;
  hostTimezone: string;
  onSave: (fields: LinkEditFields) => void | Promise<void>;
  onCancel?: () => void;
  now?: () => Date;
  /** Where the draft lives (key: the link's id); defaults to localStorage. */
  draftStorage?: Storage | null;
}

export function EditLinkForm({ onSave, ...rest }: EditLinkFormProps) {
  return (
    <LinkForm
      {...rest}
      onSubmit={({ eventTypeId: _eventTypeId, ...fields }) => onSave(fields)}
    />
  );
}
