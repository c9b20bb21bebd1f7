// Runs on the server. The 400 body of a refused push: which row, which document, which fields.
import type { FieldError } from '../../../core/validation/index.ts';

export interface InvalidPushBody {
  error: 'invalid_input';
  /** Index of the offending row in the pushed array, when one row is at fault. */
  row?: number;
  /** `newDocumentState.id` of that row, when it has one. */
  documentId?: string | null;
  fields: FieldError[];
}

/** Thrown inside the push transaction to roll the whole batch back and answer 400. */
export class PushRejectedError extends Error {
  readonly body: InvalidPushBody;
  constructor(body: InvalidPushBody) {
    super(`push rejected: ${body.fields.map((f) => `${f.field} ${f.message}`).join('; ')}`);
    this.name = 'PushRejectedError';
    this.body = body;
  }
}
