// Runs on the server. Checks the fields of a new host (CLI input), naming the field at fault.
import { isValidTimeZone } from '../../../core/validation/index.ts';
import type { FieldError } from '../../../core/validation/index.ts';

export const HOST_SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface HostInput {
  name: string;
  slug: string;
  timezone: string;
}

export function validateHostInput(input: Partial<HostInput>): FieldError[] {
  const errors: FieldError[] = [];
  const name = input.name?.trim() ?? '';
  if (name === '') errors.push({ field: 'name', message: 'is required' });
  else if (name.length > 200) errors.push({ field: 'name', message: 'must be at most 200 characters' });

  const slug = input.slug ?? '';
  if (slug === '') errors.push({ field: 'slug', message: 'is required' });
  else if (slug.length > 100 || !HOST_SLUG_PATTERN.test(slug)) {
    errors.push({ field: 'slug', message: 'must be lowercase letters, digits and single dashes (e.g. ada-lovelace), at most 100 characters' });
  }

  const timezone = input.timezone ?? '';
  if (timezone === '') errors.push({ field: 'timezone', message: 'is required' });
  else if (!isValidTimeZone(timezone)) errors.push({ field: 'timezone', message: 'must be an IANA time zone such as Europe/Berlin' });
  return errors;
}
