// Runs anywhere (shared).
export * from './deep-equal.ts';
export * from './edit-stamp.ts';
export * from './edited-fields.ts';
export * from './field-ownership.ts';
export * from './find-lost-edits.ts';
export * from './merge-by-ownership.ts';
export * from './stamp-edits.ts';
