// Runs anywhere (shared). The `calendar_feeds` collection: the host's other calendars (a secret
// iCal address from Google, Outlook, iCloud, or any http(s) URL serving text/calendar) whose busy
// times block slots. `lastFetchedAt`, `lastError` and `busyCount` are owned by the server (see
// core/merge): it fetches the feed and reports how it went.
import type { DeepMutable, ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { MAX_LENGTH } from './limits.ts';
import { editStampsSchema } from './edit-stamps-schema.ts';
import { idSchema, isoTimeSchema } from './shared-parts.ts';

/** A feed URL; the secret iCal addresses of the big providers are well under this. */
export const FEED_URL_MAX_LENGTH = 2000;
/** The server's message about the last failed fetch. */
export const FEED_ERROR_MAX_LENGTH = 500;

const calendarFeedSchemaLiteral = {
  title: 'calendar feed',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idSchema,
    name: { type: 'string', maxLength: MAX_LENGTH.name },
    url: { type: 'string', maxLength: FEED_URL_MAX_LENGTH },
    enabled: { type: 'boolean' },
    createdAt: isoTimeSchema,
    updatedAt: isoTimeSchema,
    lastFetchedAt: { type: ['string', 'null'], maxLength: MAX_LENGTH.isoTime },
    lastError: { type: ['string', 'null'], maxLength: FEED_ERROR_MAX_LENGTH },
    busyCount: { type: 'integer', minimum: 0 },
    editStamps: editStampsSchema(['name', 'url', 'enabled']),
  },
  required: ['id', 'name', 'url', 'enabled', 'createdAt', 'updatedAt', 'lastFetchedAt', 'lastError', 'busyCount'],
  indexes: ['createdAt'],
  additionalProperties: false,
} as const;

export type CalendarFeedDoc = ExtractDocumentTypeFromTypedRxJsonSchema<DeepMutable<typeof calendarFeedSchemaLiteral>>;
export const calendarFeedSchema: RxJsonSchema<CalendarFeedDoc> = calendarFeedSchemaLiteral as DeepMutable<typeof calendarFeedSchemaLiteral>;
