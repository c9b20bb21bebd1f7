// Runs anywhere (shared). Rules about links that both sides apply.
export * from './link-availability.ts';
