// renderer: "Duplicate" on an event type: the same settings under a new id, a "(copy)" name and
// a slug no other event type of the host uses. The copy starts active even if the source is archived.
import { MAX_LENGTH, type EventTypeDoc } from '../../../core/schemas/index.ts';
import { generateId } from '../../../core/tokens/index.ts';
import { SLUG_MAX_LENGTH, uniqueSlug } from './derive-slug.ts';

const NAME_MAX_LENGTH = MAX_LENGTH.name;

export interface DuplicateEventTypeOptions {
  /** Slugs of the host's event types, archived ones included (a slug is unique per host). */
  takenSlugs: Iterable<string>;
  now?: Date;
}

export function duplicateEventType(source: EventTypeDoc, { takenSlugs, now = new Date() }: DuplicateEventTypeOptions): EventTypeDoc {
  const at = now.toISOString();
  const name = `${source.name} (copy)`.slice(0, NAME_MAX_LENGTH);
  const slug = uniqueSlug(`${source.slug.slice(0, SLUG_MAX_LENGTH - 5)}-copy`, takenSlugs);
  return {
    ...structuredClone(source),
    id: generateId(),
    name,
    slug,
    archived: false,
    createdAt: at,
    updatedAt: at,
  };
}
