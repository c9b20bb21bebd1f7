// Runs anywhere (shared).
export * from './deep-equal.ts';
export * from './field-ownership.ts';
export * from './merge-by-ownership.ts';
