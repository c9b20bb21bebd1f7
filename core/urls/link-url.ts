// Runs anywhere (shared). The booking page of one link (ARCHITECTURE.md, "The HTTP contract": GET /l/{token}).
import { joinPublicUrl } from './join-public-url.ts';

export function linkUrl(publicUrl: string, token: string): string {
  return joinPublicUrl(publicUrl, ['l', token]);
}
