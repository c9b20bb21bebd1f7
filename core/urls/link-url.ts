// Runs anywhere (shared). The booking page of one link (DESIGN.md: GET /l/{token}).
import { joinPublicUrl } from './join-public-url.ts';

export function linkUrl(publicUrl: string, token: string): string {
  return joinPublicUrl(publicUrl, ['l', token]);
}
