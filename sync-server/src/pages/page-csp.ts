// Runs on the server. The Content-Security-Policy of every public page: scripts, styles and fetches
// from this origin only, no inline code (a blob: worker only from the page's own script), no
// framing. The pages are built to work under exactly this.

export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // warm-intl.js: a worker made from a string of the page's own script (it loads no code of its own).
  "worker-src blob:",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');
