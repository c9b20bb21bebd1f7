// Runs anywhere (shared). A `calendar_feeds` document: a name, an http(s) URL and the server's
// report of its last fetch.
import type { CalendarFeedDoc } from '../schemas/index.ts';
import { calendarFeedSchema } from '../schemas/index.ts';
import { checkSchema, isPlainObject } from './check-schema.ts';
import { ErrorList } from './error-list.ts';
import type { ValidationResult } from './field-error.ts';
import { toResult } from './field-error.ts';
import { checkNotBlank, checkUtcTime } from './field-rules.ts';
import { isFeedUrl } from './is-feed-url.ts';
import { replicatedSchema } from './replicated-schema.ts';

const schema = replicatedSchema(calendarFeedSchema);
/** The server's error message may span lines (a parser's report); every other string is single-line. */
const FREE_TEXT = ['lastError'] as const;

export const FEED_URL_MESSAGE = 'must be an http:// or https:// address';

export function validateCalendarFeed(input: unknown): ValidationResult<CalendarFeedDoc> {
  const errors = new ErrorList();
  checkSchema(schema, input, '', errors, FREE_TEXT);
  if (isPlainObject(input)) {
    checkNotBlank(input, 'id', '', errors);
    checkNotBlank(input, 'name', '', errors);
    checkUtcTime(input, 'createdAt', '', errors);
    checkUtcTime(input, 'updatedAt', '', errors);
    checkUtcTime(input, 'lastFetchedAt', '', errors, true);
    const { url } = input;
    if (typeof url === 'string' && !isFeedUrl(url)) errors.add('url', FEED_URL_MESSAGE);
  }
  return toResult(input as CalendarFeedDoc, errors.errors);
}
