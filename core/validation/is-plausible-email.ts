// Runs anywhere (shared). "Plausible", not RFC 5322: one @, a sensible local part and a domain
// with a dot and a real-looking top-level label. Catches typos; the confirmation mail does the rest.

const MAX_EMAIL = 320;
const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;
// Printable, no whitespace, no characters that only appear in quoted local parts.
const LOCAL_RE = /^[^\s@"(),:;<>[\]\\]+$/u;
// Letters of any script, digits and inner hyphens (internationalised domains are fine).
const LABEL_RE = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TLD_RE = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu;

export function isPlausibleEmail(email: string): boolean {
  if (typeof email !== 'string' || email.length > MAX_EMAIL) return false;
  const at = email.lastIndexOf('@');
  if (at <= 0 || email.indexOf('@') !== at) return false;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local.length > MAX_LOCAL || domain.length > MAX_DOMAIN) return false;
  if (!LOCAL_RE.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  const tld = labels[labels.length - 1] ?? '';
  return labels.every((label) => LABEL_RE.test(label)) && TLD_RE.test(tld);
}
