// renderer: the event type screens' parts as the app wires them to the database.
export { EventTypeForm, NEW_DRAFT_ID, type EventTypeFormProps } from './event-type-form.tsx';
export { EventTypeList, type EventTypeListProps } from './event-type-list.tsx';
export { newEventType, defaultAvailability, type NewEventTypeOptions } from './new-event-type.ts';
export { duplicateEventType, type DuplicateEventTypeOptions } from './duplicate-event-type.ts';
export { deriveSlug, uniqueSlug } from './derive-slug.ts';
