// Runs anywhere (shared). Rules about links that both sides apply.
export * from './build-new-link.ts';
export * from './link-availability.ts';
