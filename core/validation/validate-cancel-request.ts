// Runs anywhere (shared). What an invitee posts to cancel a booking (the manage page's JSON call
// or its no-JS form): an optional reason, untrusted. The reason is free text (line breaks and tabs
// kept, no other control character, nothing a database cannot store), trimmed, at most
// MAX_LENGTH.cancelReason characters. Unlike a booking request, unknown fields are refused: the
// body has one field, so anything else is a client bug worth saying so.
import { MAX_LENGTH } from '../schemas/limits.ts';
import { isPlainObject } from './check-schema.ts';
import { checkText } from './check-text.ts';
import { codePointLength } from './code-point-length.ts';
import { ErrorList } from './error-list.ts';
import { joinPath, type ValidationResult } from './field-error.ts';
import { isStorableText } from './is-storable-text.ts';

export interface CancelRequest {
  /** Trimmed; '' when none was given. */
  reason: string;
}

/** Reported unknown fields at most (a hostile body may have thousands). */
const MAX_REPORTED_FIELDS = 20;

export function validateCancelRequest(body: unknown): ValidationResult<CancelRequest> {
  // A form or client may post nothing at all: a cancel without a reason.
  if (body === undefined || body === null || body === '') return { ok: true, value: { reason: '' } };
  if (!isPlainObject(body)) return { ok: false, errors: [{ field: '', message: 'The cancel request must be a JSON object' }] };
  const errors = new ErrorList();
  const unknown = Object.keys(body).filter((key) => key !== 'reason').slice(0, MAX_REPORTED_FIELDS);
  // A key is echoed back as the field name, so only a storable, short one is.
  for (const key of unknown) errors.add(isStorableText(key) ? joinPath('', key.slice(0, 100)) : '', 'is not a known field');
  if (errors.errors.length > 0) return { ok: false, errors: errors.errors };

  const raw = body['reason'];
  if (raw === undefined || raw === null) return { ok: true, value: { reason: '' } };
  if (typeof raw !== 'string') return { ok: false, errors: [{ field: 'reason', message: 'must be a string' }] };
  const reason = raw.trim();
  if (codePointLength(reason) > MAX_LENGTH.cancelReason) errors.add('reason', `must be at most ${MAX_LENGTH.cancelReason} characters`);
  else checkText(reason, 'free-text', 'reason', errors);
  return errors.errors.length > 0 ? { ok: false, errors: errors.errors } : { ok: true, value: { reason } };
}
