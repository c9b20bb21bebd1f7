// Runs anywhere (shared). Everything core/ offers, for callers that prefer one import.
export * from './schemas/index.ts';
export * from './merge/index.ts';
export * from './validation/index.ts';
export * from './tokens/index.ts';
export * from './urls/index.ts';
export * from './slots/index.ts';
