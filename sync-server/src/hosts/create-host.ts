// Runs on the server. Creates a host account and hands out its token, which exists only in this
// return value: the store keeps its hash.
import { generateHostToken } from '../auth/generate-host-token.ts';
import { hashToken } from '../auth/hash-token.ts';
import type { Host, Store } from '../store/store.ts';
import { UniqueViolationError } from '../store/store-errors.ts';
import { normalizeHostFields, validateHostInput, type HostInput } from './validate-host-input.ts';

export class HostInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HostInputError';
  }
}

export async function createHost(store: Store, input: HostInput): Promise<{ host: Host; token: string }> {
  const errors = validateHostInput(input);
  if (errors.length > 0) throw new HostInputError(errors.map((e) => `${e.field} ${e.message}`).join('; '));
  const token = generateHostToken();
  try {
    const { name, slug, timezone, email = '' } = normalizeHostFields(input);
    const host = await store.createHost({ name, slug, timezone, email, tokenHash: hashToken(token) });
    return { host, token };
  } catch (error) {
    if (error instanceof UniqueViolationError) throw new HostInputError(`slug "${input.slug}" is already taken`);
    throw error;
  }
}
