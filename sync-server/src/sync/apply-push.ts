// Runs on the server. One push request = one write transaction: every row is decided against
// the stored version (and the rows before it), then written; any refused row rolls the whole
// batch back. Returns the stored documents of the conflicting rows, and where the rules kept
// stored values over the client's (worth a log line: a client tried something it may not).
import type { BookingDoc, CollectionName } from '../../../core/schemas/index.ts';
import { validateDocument } from '../../../core/validation/index.ts';
import type { ReplicatedDoc, Store, StoredDoc } from '../store/store.ts';
import { InvalidColumnValueError, UniqueViolationError } from '../store/store-errors.ts';
import { decidePushRow, type PushRow } from './decide-push-row.ts';
import { PushRejectedError } from './push-errors.ts';
import { queueHostCancelMessages } from '../outbox/queue-host-cancel-messages.ts';
import { isKnownTimeZone } from '../app/known-time-zone.ts';

export interface PushOutcome<C extends CollectionName> {
  /** The answer to the client: stored versions of the rows that conflicted. */
  conflicts: ReplicatedDoc<C>[];
  /** Rows whose change broke a rule in some fields (kept at their stored values). */
  kept: { documentId: string; fields: string[] }[];
}

export async function applyPush<C extends CollectionName>(
  store: Store,
  hostId: string,
  collection: C,
  rows: readonly PushRow<C>[],
  now: () => string = () => new Date().toISOString(),
): Promise<PushOutcome<C>> {
  if (rows.length === 0) return { conflicts: [], kept: [] };
  return store.writeTransaction(hostId, async (tx) => {
    const ids = [...new Set(rows.map((row) => row.newDocumentState.id))];
    const current: Map<string, StoredDoc<C>> = await tx.getDocs(collection, ids);
    const conflicts: ReplicatedDoc<C>[] = [];
    const kept: PushOutcome<C>['kept'] = [];
    const at = now();

    for (const [index, row] of rows.entries()) {
      const documentId = row.newDocumentState.id;
      const stored = current.get(documentId)?.doc ?? null;
      const decision = decidePushRow(collection, row, stored, at);
      if (decision.kind === 'noop') continue;
      if (decision.kind === 'conflict') {
        conflicts.push(stored as ReplicatedDoc<C>);
        continue;
      }
      if (decision.kind === 'refuse') {
        throw new PushRejectedError({ error: 'invalid_input', row: index, documentId, fields: [{ field: decision.field, message: decision.message }] });
      }
      // The merge of a valid client part and a valid stored part is checked as a whole, so the
      // server never stores (and replicates) a document a client's schema would refuse.
      const check = validateDocument(collection, decision.doc, isKnownTimeZone);
      if (!check.ok) throw new PushRejectedError({ error: 'invalid_input', row: index, documentId, fields: check.errors });
      if (decision.kind === 'update' && decision.kept.length > 0) kept.push({ documentId, fields: decision.kept });
      try {
        const seq = await tx.putDoc(collection, decision.doc);
        current.set(documentId, { doc: decision.doc, seq });
        // A host's cancel queues its messages in this same transaction (invariant 7).
        if (collection === 'bookings') await queueHostCancelMessages(store, tx, stored as BookingDoc | null, decision.doc as BookingDoc, at);
      } catch (error) {
        if (error instanceof UniqueViolationError) {
          const message = error.field === 'slug' ? 'is already used by another event type' : 'is already in use';
          throw new PushRejectedError({ error: 'invalid_input', row: index, documentId, fields: [{ field: error.field, message }] });
        }
        if (error instanceof InvalidColumnValueError) {
          throw new PushRejectedError({ error: 'invalid_input', row: index, documentId, fields: [{ field: error.field, message: error.message }] });
        }
        throw error;
      }
    }
    return { conflicts, kept };
  });
}
