// Runs on the server. Changes a host's profile (name, email, time zone, booking-page slug): the
// one path behind `PATCH /api/me` and the CLI's `update-host`, so both check the same rules and
// answer a taken slug the same way. The store announces the change, so the host's cached
// booking pages go at once (ARCHITECTURE.md, "The view cache").
import type { FieldError } from '../../../core/validation/index.ts';
import type { Host, HostPatch, Store } from '../store/store.ts';
import { UniqueViolationError } from '../store/store-errors.ts';
import { normalizeHostFields, validateHostInput } from './validate-host-input.ts';

export type ProfileUpdate =
  | { ok: true; host: Host }
  | { ok: false; problem: 'invalid_input'; errors: FieldError[] }
  | { ok: false; problem: 'slug_taken' }
  | { ok: false; problem: 'not_found' };

export async function updateHostProfile(store: Store, hostId: string, patch: HostPatch): Promise<ProfileUpdate> {
  const errors = validateHostInput(patch, 'update');
  if (errors.length > 0) return { ok: false, problem: 'invalid_input', errors };
  try {
    const host = await store.updateHost(hostId, normalizeHostFields(patch));
    return host ? { ok: true, host } : { ok: false, problem: 'not_found' };
  } catch (error) {
    if (error instanceof UniqueViolationError && error.field === 'slug') return { ok: false, problem: 'slug_taken' };
    throw error;
  }
}
