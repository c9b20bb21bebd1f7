// Runs on the server. Turns a push request body into validated rows, or the 400 answer naming
// the row, document and field. Nothing is written unless every row passes.
import type { CollectionName } from '../../../core/schemas/index.ts';
import { SERVER_OWNED_FIELDS } from '../../../core/merge/index.ts';
import { validateDocument } from '../../../core/validation/index.ts';
import type { FieldError } from '../../../core/validation/index.ts';
import { findUnstorableText } from '../app/find-unstorable-text.ts';
import type { ReplicatedDoc } from '../store/store.ts';
import type { PushRow } from './decide-push-row.ts';
import type { InvalidPushBody } from './push-errors.ts';
import { isKnownTimeZone } from '../app/known-time-zone.ts';

/** RxDB's push batch size is the client's choice; a bound keeps one request (and transaction) sane. */
export const MAX_PUSH_ROWS = 1000;

type Parsed<C extends CollectionName> = { ok: true; rows: PushRow<C>[] } | { ok: false; body: InvalidPushBody };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** RxDB-internal fields a local document may carry; they are not part of the data. */
function withoutRxdbInternals(doc: Record<string, unknown>): Record<string, unknown> {
  const { _meta: _m, _rev: _r, _attachments: _a, ...rest } = doc;
  return rest;
}

/**
 * The server replaces every server-owned value a client sends (core/merge), so a problem in one
 * (a host's cancel without `canceledAt`, say) is no reason to refuse the push. The stored result
 * is validated again before it is written.
 */
function concernsClient(collection: CollectionName, error: FieldError): boolean {
  const top = error.field.split('.')[0] ?? '';
  if (top === 'id') return true;
  return !(SERVER_OWNED_FIELDS[collection] as readonly string[]).includes(top);
}

export function parsePushBody<C extends CollectionName>(collection: C, body: unknown): Parsed<C> {
  const fail = (fields: FieldError[], row?: number, documentId?: string | null): Parsed<C> => ({
    ok: false,
    body: { error: 'invalid_input', ...(row === undefined ? {} : { row, documentId: documentId ?? null }), fields },
  });
  if (!Array.isArray(body)) return fail([{ field: 'body', message: 'must be an array of {assumedMasterState?, newDocumentState}' }]);
  if (body.length > MAX_PUSH_ROWS) return fail([{ field: 'body', message: `must have at most ${MAX_PUSH_ROWS} rows` }]);

  const rows: PushRow<C>[] = [];
  for (const [index, row] of body.entries()) {
    if (!isPlainObject(row)) return fail([{ field: `${index}`, message: 'must be an object {assumedMasterState?, newDocumentState}' }], index);
    const { newDocumentState, assumedMasterState } = row;
    if (!isPlainObject(newDocumentState)) return fail([{ field: 'newDocumentState', message: 'must be an object' }], index);
    const documentId = typeof newDocumentState['id'] === 'string' ? newDocumentState['id'] : null;
    if (assumedMasterState !== undefined && assumedMasterState !== null && !isPlainObject(assumedMasterState)) {
      return fail([{ field: 'assumedMasterState', message: 'must be an object or absent' }], index, documentId);
    }
    const doc = withoutRxdbInternals(newDocumentState);
    if (doc['_deleted'] === undefined) doc['_deleted'] = false;
    const unstorable = findUnstorableText(doc);
    if (unstorable !== null) return fail([{ field: unstorable, message: 'must not contain NUL characters or unpaired surrogates' }], index, documentId);
    const result = validateDocument(collection, doc, isKnownTimeZone);
    const errors = result.ok ? [] : result.errors.filter((e) => concernsClient(collection, e));
    if (errors.length > 0) return fail(errors, index, documentId);
    rows.push({
      newDocumentState: doc as unknown as ReplicatedDoc<C>,
      assumedMasterState: isPlainObject(assumedMasterState) ? (withoutRxdbInternals(assumedMasterState) as unknown as ReplicatedDoc<C>) : null,
    });
  }
  return { ok: true, rows };
}
