// Runs on the server. A host's bearer token: 256 random bits, base64url (43 characters).
import { generateToken } from '../../../core/tokens/index.ts';

export const HOST_TOKEN_BYTES = 32;

export function generateHostToken(): string {
  return generateToken(HOST_TOKEN_BYTES);
}
