// renderer: the host's event types as cards, active or archived, with an empty state that
// invites creating the first one. Presentational: data in, every action out through a callback.
import { Button, EmptyState, Group, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { EventTypeDoc } from '../../../core/schemas/index.ts';
import { IconCalendar, IconPlus } from '../components/icons.tsx';
import { EventTypeCard } from './event-type-card.tsx';

export interface EventTypeListProps {
  eventTypes: readonly EventTypeDoc[];
  /** The standard link of an event type (GET /e/{host}/{slug}), or null while it cannot be built (no server yet). */
  standardLinkUrl: (eventType: EventTypeDoc) => string | null;
  /** Ids of event types with local changes the server has not confirmed. */
  unsyncedIds?: ReadonlySet<string>;
  onCreate: () => void;
  /** "1x": start a single-use link from this event type. */
  onCreateLink: (eventType: EventTypeDoc) => void;
  onEdit: (eventType: EventTypeDoc) => void;
  onDuplicate: (eventType: EventTypeDoc) => void;
  onSetArchived: (eventType: EventTypeDoc, archived: boolean) => void;
  /** Puts the URL on the clipboard (through the platform); resolve when done, reject to show no "Copied". */
  onCopyStandardLink: (eventType: EventTypeDoc, url: string) => void | Promise<void>;
  /** "Open booking page": preview the standard link (through the platform). */
  onOpenStandardLink?: (eventType: EventTypeDoc, url: string) => void;
}

type View = 'active' | 'archived';
const NONE: ReadonlySet<string> = new Set();

export function EventTypeList(props: EventTypeListProps) {
  const { eventTypes, standardLinkUrl, unsyncedIds = NONE, onCreate } = props;
  const [view, setView] = useState<View>('active');
  const { active, archived } = useMemo(() => {
    const sorted = [...eventTypes].sort((a, b) => a.name.localeCompare(b.name));
    return { active: sorted.filter((e) => !e.archived), archived: sorted.filter((e) => e.archived) };
  }, [eventTypes]);
  // With nothing archived any more, the archived view has nothing to show.
  const shownView: View = archived.length === 0 ? 'active' : view;
  const shown = shownView === 'active' ? active : archived;

  if (eventTypes.length === 0) {
    return (
      <EmptyState
        py={64}
        variant="light"
        icon={<IconCalendar size={28} />}
        title="Create your first event type"
        description="An event type is a kind of meeting you offer, such as a 30-minute intro call. Single-use links start from it."
      >
        <EmptyState.Actions>
          <Button leftSection={<IconPlus />} onClick={onCreate}>
            New event type
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Group gap="md" align="center">
          <Title order={2}>Event types</Title>
          {archived.length > 0 && (
            <SegmentedControl<View>
              aria-label="Show"
              size="xs"
              value={shownView}
              onChange={setView}
              data={[
                { value: 'active', label: `Active (${active.length})` },
                { value: 'archived', label: `Archived (${archived.length})` },
              ]}
            />
          )}
        </Group>
        <Button leftSection={<IconPlus />} onClick={onCreate}>
          New event type
        </Button>
      </Group>
      {shown.length === 0 ? (
        <Text c="dimmed" ta="center" py="xl">
          All your event types are archived. Create a new one or unarchive one.
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {shown.map((eventType) => (
            <EventTypeCard
              key={eventType.id}
              eventType={eventType}
              standardLinkUrl={standardLinkUrl(eventType)}
              unsynced={unsyncedIds.has(eventType.id)}
              onCreateLink={props.onCreateLink}
              onEdit={props.onEdit}
              onDuplicate={props.onDuplicate}
              onSetArchived={props.onSetArchived}
              onCopyStandardLink={props.onCopyStandardLink}
              onOpenStandardLink={props.onOpenStandardLink}
            />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
