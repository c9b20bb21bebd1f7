// renderer: what each kind of meeting location is called on screen, and what its details mean.
import type { LocationKind, MeetingLocation } from '../../../core/schemas/index.ts';

export const LOCATION_KIND_LABELS: Readonly<Record<LocationKind, string>> = {
  video: 'Video call',
  phone: 'Phone call',
  in_person: 'In person',
  custom: 'Custom',
  none: 'No location',
};

export const LOCATION_DETAILS_HINTS: Readonly<Record<LocationKind, { label: string; placeholder: string }>> = {
  video: { label: 'Meeting link', placeholder: 'https://meet.example.com/your-room' },
  phone: { label: 'Phone number', placeholder: '+49 30 1234567' },
  in_person: { label: 'Address', placeholder: 'Street, city' },
  custom: { label: 'Details', placeholder: 'Where or how you meet' },
  none: { label: 'Details', placeholder: '' },
};

/** "Video call", or "In person · Main Street 1" when there are details worth a glance. */
export function describeLocation(location: MeetingLocation): string {
  const label = LOCATION_KIND_LABELS[location.kind];
  const details = location.details.trim();
  return details === '' || location.kind === 'none' ? label : `${label} · ${details}`;
}
