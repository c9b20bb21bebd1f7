// Runs anywhere (shared). Random tokens and ids from Web Crypto.
export { encodeBase64Url } from './encode-base64url.ts';
export { formatUuidV4, generateId } from './generate-id.ts';
export { formatUuidV7, generateTimeOrderedId } from './generate-time-ordered-id.ts';
export { generateToken, TOKEN_MAX_BYTES, TOKEN_MIN_BYTES } from './generate-token.ts';
export { isWellFormedToken } from './is-well-formed-token.ts';
