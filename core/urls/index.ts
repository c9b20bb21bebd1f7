// Runs anywhere (shared). URLs of the public pages, built from the server's PUBLIC_URL.
export { eventTypeUrl } from './event-type-url.ts';
export { joinPublicUrl } from './join-public-url.ts';
export { linkUrl } from './link-url.ts';
export { manageUrl } from './manage-url.ts';
