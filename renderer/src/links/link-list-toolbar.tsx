// renderer: search and filters above the links table.
import { Group, Select, Text, TextInput } from '@mantine/core';
import type { EventTypeDoc } from '../../../core/schemas/index.ts';
import { IconSearch } from '../components/icons.tsx';
import type { LinkFilter, LinkStatusFilter } from './link-rows.ts';

export interface LinkListToolbarProps {
  filter: LinkFilter;
  onChange: (filter: LinkFilter) => void;
  eventTypes: readonly EventTypeDoc[];
  shown: number;
  total: number;
}

const STATUS_OPTIONS: { value: LinkStatusFilter; label: string }[] = [
  { value: 'all', label: 'All statuses' },
  { value: 'unused', label: 'Unused' },
  { value: 'booked', label: 'Booked' },
  { value: 'expired', label: 'Expired' },
  { value: 'revoked', label: 'Revoked' },
  { value: 'unsynced', label: 'Not yet synced' },
];

export function LinkListToolbar({ filter, onChange, eventTypes, shown, total }: LinkListToolbarProps) {
  const eventTypeOptions = [
    { value: 'all', label: 'All event types' },
    ...[...eventTypes].sort((a, b) => a.name.localeCompare(b.name)).map((e) => ({ value: e.id, label: e.archived ? `${e.name} (archived)` : e.name })),
  ];
  return (
    <Group justify="space-between" gap="sm">
      <Group gap="sm">
        <TextInput
          aria-label="Search links"
          placeholder="Search contact or note"
          leftSection={<IconSearch />}
          w={260}
          value={filter.query}
          onChange={(event) => onChange({ ...filter, query: event.currentTarget.value })}
        />
        <Select<LinkStatusFilter>
          aria-label="Status"
          w={170}
          data={STATUS_OPTIONS}
          value={filter.status}
          allowDeselect={false}
          onChange={(status) => status && onChange({ ...filter, status })}
        />
        <Select
          aria-label="Event type"
          w={210}
          data={eventTypeOptions}
          value={filter.eventTypeId}
          allowDeselect={false}
          searchable={eventTypeOptions.length > 8}
          onChange={(eventTypeId) => eventTypeId && onChange({ ...filter, eventTypeId })}
        />
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        {shown === total ? `${total} ${total === 1 ? 'link' : 'links'}` : `${shown} of ${total} links`}
      </Text>
    </Group>
  );
}
