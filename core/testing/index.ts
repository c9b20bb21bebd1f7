// Runs anywhere (shared; used by tests of every side). Fixtures and assertion helpers.
export * from './fixtures.ts';
export * from './validation-helpers.ts';
