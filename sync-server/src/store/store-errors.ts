// Runs on the server. Errors the stores throw for conditions callers handle (the HTTP layer
// turns them into 4xx answers); both stores map their database's errors onto these.
import type { CollectionName } from '../../../core/schemas/index.ts';
import type { FieldError } from '../../../core/validation/index.ts';

/** A unique rule was broken; `field` names the document field (or host field) at fault. */
export class UniqueViolationError extends Error {
  readonly field: string;
  constructor(field: string, message = `${field} is already in use`) {
    super(message);
    this.name = 'UniqueViolationError';
    this.field = field;
  }
}

/** A value cannot be stored in its column (e.g. a time that is not ISO-8601). */
export class InvalidColumnValueError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.name = 'InvalidColumnValueError';
    this.field = field;
  }
}

/** A confirmed booking would overlap another confirmed booking of the host (buffers included). */
export class BookingOverlapError extends Error {
  constructor(message = 'the booking overlaps another confirmed booking') {
    super(message);
    this.name = 'BookingOverlapError';
  }
}

export class HostNotFoundError extends Error {
  readonly hostId: string;
  constructor(hostId: string) {
    super(`no host with id ${hostId}`);
    this.name = 'HostNotFoundError';
    this.hostId = hostId;
  }
}

/** The database cannot be opened or reached; the message is one line fit for an operator. */
export class DatabaseUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

/** A document failed core/validation (or carries non-replicated fields): storing it would stall clients. */
export class InvalidDocumentError extends Error {
  readonly fields: FieldError[];
  constructor(collection: CollectionName, fields: FieldError[]) {
    super(`refusing to store an invalid ${collection} document: ${fields.map((f) => `${f.field} ${f.message}`).join('; ')}`);
    this.name = 'InvalidDocumentError';
    this.fields = fields;
  }
}
