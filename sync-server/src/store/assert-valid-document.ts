// Runs on the server. The last guard before a document is stored and replicated: RxDB clients
// stall on a document their schema refuses, so a store never writes one, whoever asks.
import type { CollectionName } from '../../../core/schemas/index.ts';
import { validateDocument } from '../../../core/validation/index.ts';
import type { ReplicatedDoc } from './store.ts';
import { InvalidDocumentError } from './store-errors.ts';
import { isKnownTimeZone } from '../app/known-time-zone.ts';

export function assertValidDocument(collection: CollectionName, doc: ReplicatedDoc): void {
  const extra = Object.keys(doc).filter((key) => key.startsWith('_') && key !== '_deleted');
  if (extra.length > 0) throw new InvalidDocumentError(collection, extra.map((field) => ({ field, message: 'is not part of the replicated document' })));
  if (typeof doc._deleted !== 'boolean') throw new InvalidDocumentError(collection, [{ field: '_deleted', message: 'must be a boolean' }]);
  const result = validateDocument(collection, doc, isKnownTimeZone);
  if (!result.ok) throw new InvalidDocumentError(collection, result.errors);
}
