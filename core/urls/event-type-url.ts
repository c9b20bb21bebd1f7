// Runs anywhere (shared). The reusable standard link of an event type (GET /e/{hostSlug}/{eventSlug}).
import { joinPublicUrl } from './join-public-url.ts';

export function eventTypeUrl(publicUrl: string, hostSlug: string, eventSlug: string): string {
  return joinPublicUrl(publicUrl, ['e', hostSlug, eventSlug]);
}
