// Runs anywhere (shared). The invitee's page to view or cancel their booking (GET /m/{manageToken}).
import { joinPublicUrl } from './join-public-url.ts';

export function manageUrl(publicUrl: string, manageToken: string): string {
  return joinPublicUrl(publicUrl, ['m', manageToken]);
}
