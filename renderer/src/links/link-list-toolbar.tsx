// Runs in the renderer. Search and filters above the links table; on a phone, where the table
// becomes cards without a header, also the sort order and the box that selects every live link.
import { Group, Select, Text, TextInput } from '@mantine/core';
import type { EventTypeDoc } from '../../../core/schemas/index.ts';
import { IconSearch } from '../components/icons.tsx';
import { SelectAllBox, type SelectAllState } from './link-list-header.tsx';
import type { LinkFilter, LinkStatusFilter } from './link-rows.ts';
import type { LinkListLayout } from './link-table-layout.ts';
import type { LinkSort } from './sort-link-rows.ts';

export interface LinkListToolbarProps {
  filter: LinkFilter;
  onChange: (filter: LinkFilter) => void;
  eventTypes: readonly EventTypeDoc[];
  shown: number;
  total: number;
  layout: LinkListLayout;
  sort: LinkSort;
  onSort: (sort: LinkSort) => void;
  selectAll: SelectAllState;
}

const STATUS_OPTIONS: { value: LinkStatusFilter; label: string }[] = [
  { value: 'all', label: 'All statuses' },
  { value: 'unused', label: 'Unused' },
  { value: 'booked', label: 'Booked' },
  { value: 'expired', label: 'Expired' },
  { value: 'revoked', label: 'Revoked' },
  { value: 'unsynced', label: 'Not yet synced' },
];

const SORT_OPTIONS: ReadonlyArray<{ value: string; label: string; sort: LinkSort }> = [
  { value: 'created-desc', label: 'Newest first', sort: { key: 'created', direction: 'desc' } },
  { value: 'created-asc', label: 'Oldest first', sort: { key: 'created', direction: 'asc' } },
  { value: 'contact-asc', label: 'Contact A–Z', sort: { key: 'contact', direction: 'asc' } },
  { value: 'contact-desc', label: 'Contact Z–A', sort: { key: 'contact', direction: 'desc' } },
  { value: 'status-asc', label: 'Status: open first', sort: { key: 'status', direction: 'asc' } },
  { value: 'status-desc', label: 'Status: ended first', sort: { key: 'status', direction: 'desc' } },
  { value: 'eventType-asc', label: 'Event type A–Z', sort: { key: 'eventType', direction: 'asc' } },
  { value: 'eventType-desc', label: 'Event type Z–A', sort: { key: 'eventType', direction: 'desc' } },
];

export function LinkListToolbar({ filter, onChange, eventTypes, shown, total, layout, sort, onSort, selectAll }: LinkListToolbarProps) {
  const eventTypeOptions = [
    { value: 'all', label: 'All event types' },
    ...[...eventTypes].sort((a, b) => a.name.localeCompare(b.name)).map((e) => ({ value: e.id, label: e.archived ? `${e.name} (archived)` : e.name })),
  ];
  const cards = layout === 'cards';
  const count = (
    <Text size="sm" c="dimmed" aria-live="polite">
      {shown === total ? `${total} ${total === 1 ? 'link' : 'links'}` : `${shown} of ${total} links`}
    </Text>
  );
  return (
    <Group justify="space-between" gap="sm">
      <Group gap="sm" w={cards ? '100%' : undefined}>
        <TextInput
          aria-label="Search links"
          placeholder="Search contact, note or event type"
          leftSection={<IconSearch />}
          w={cards ? '100%' : 300}
          value={filter.query}
          onChange={(event) => onChange({ ...filter, query: event.currentTarget.value })}
        />
        <Select<LinkStatusFilter>
          aria-label="Status"
          w={cards ? 'calc(50% - var(--mantine-spacing-sm) / 2)' : 170}
          data={STATUS_OPTIONS}
          value={filter.status}
          allowDeselect={false}
          onChange={(status) => status && onChange({ ...filter, status })}
        />
        <Select
          aria-label="Event type"
          w={cards ? 'calc(50% - var(--mantine-spacing-sm) / 2)' : 210}
          data={eventTypeOptions}
          value={filter.eventTypeId}
          allowDeselect={false}
          searchable={eventTypeOptions.length > 8}
          onChange={(eventTypeId) => eventTypeId && onChange({ ...filter, eventTypeId })}
        />
      </Group>
      {cards ? (
        <Group justify="space-between" gap="sm" w="100%" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <SelectAllBox {...selectAll} />
            {count}
          </Group>
          <Select
            aria-label="Sort by"
            w={170}
            data={SORT_OPTIONS.map(({ value, label }) => ({ value, label }))}
            value={`${sort.key}-${sort.direction}`}
            allowDeselect={false}
            onChange={(value) => {
              const picked = SORT_OPTIONS.find((option) => option.value === value);
              if (picked) onSort(picked.sort);
            }}
          />
        </Group>
      ) : (
        count
      )}
    </Group>
  );
}
