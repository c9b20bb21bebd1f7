// main: the renderer's Content-Security-Policy, sent as a header by the app:// protocol.
//
// connect-src allows any http(s) origin on purpose: the sync server's URL is the host's choice and
// the settings form must reach a server before it is saved. Scripts may only come from the app
// itself (no inline script, no eval), which is what stops injected markup from running code.
// style-src needs 'unsafe-inline' for Mantine's runtime <style> tags and style attributes.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' http: https:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

/** frame-ancestors only works as a header, so the header is the meta policy plus this. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
