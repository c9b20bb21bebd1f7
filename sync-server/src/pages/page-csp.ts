// Runs on the server. The Content-Security-Policy of every public page: scripts, styles and fetches
// from this origin only, no inline code, no framing. The pages are built to work under exactly this.

export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');
