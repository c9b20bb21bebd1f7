// Runs on the server. The webhook signature (DESIGN.md, "Webhooks"; README shows the receiver's
// check): `X-1x-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the
// secret>`. The timestamp is signed with the body, so a receiver can refuse replays of old ones.
import { createHmac } from 'node:crypto';

export function signWebhookBody(secret: string, body: string, unixSeconds: number): string {
  const v1 = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${v1}`;
}
