// renderer: one event type in the list: what it is (name, duration, location), whether its
// standard link is open, and its actions, "1x" (a single-use link) first.
import { ActionIcon, Badge, Button, Card, Group, Menu, Stack, Text, Tooltip } from '@mantine/core';
import type { EventTypeDoc } from '../../../core/schemas/index.ts';
import { formatMinutes } from '../components/format-minutes.ts';
import { IconCopy, IconDots, IconPencil } from '../components/icons.tsx';
import { describeLocation } from '../components/location-labels.ts';
import { useFlash } from '../components/use-flash.ts';

export interface EventTypeCardProps {
  eventType: EventTypeDoc;
  standardLinkUrl: string | null;
  unsynced: boolean;
  onCreateLink: (eventType: EventTypeDoc) => void;
  onEdit: (eventType: EventTypeDoc) => void;
  onDuplicate: (eventType: EventTypeDoc) => void;
  onSetArchived: (eventType: EventTypeDoc, archived: boolean) => void;
  onCopyStandardLink: (eventType: EventTypeDoc, url: string) => void | Promise<void>;
  /** "Open booking page" (preview of the standard link); the item is hidden without it. */
  onOpenStandardLink?: (eventType: EventTypeDoc, url: string) => void;
}

export function EventTypeCard(props: EventTypeCardProps) {
  const { eventType, standardLinkUrl, unsynced, onCreateLink, onEdit, onDuplicate, onSetArchived, onCopyStandardLink, onOpenStandardLink } = props;
  const { name, archived, publicBooking } = eventType;
  const linkOpen = publicBooking && !archived && standardLinkUrl !== null;
  const [copied, flashCopied] = useFlash();

  return (
    <Card withBorder radius="md" padding="lg" component="article" aria-label={name}>
      <Stack gap="sm" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div style={{ minWidth: 0 }}>
            <Text fw={600} size="lg" truncate="end">
              {name}
            </Text>
            <Text size="sm" c="dimmed" truncate="end">
              {formatMinutes(eventType.durationMinutes)} · {describeLocation(eventType.location)}
            </Text>
          </div>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={`More actions for ${name}`}>
                <IconDots />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => onEdit(eventType)}>Edit</Menu.Item>
              {onOpenStandardLink && standardLinkUrl !== null && (
                <Menu.Item disabled={!linkOpen} onClick={() => onOpenStandardLink(eventType, standardLinkUrl)}>
                  Open booking page
                </Menu.Item>
              )}
              <Menu.Item onClick={() => onDuplicate(eventType)}>Duplicate</Menu.Item>
              <Menu.Item onClick={() => onSetArchived(eventType, !archived)}>{archived ? 'Unarchive' : 'Archive'}</Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>

        <Group gap={6}>
          {archived ? (
            <Badge color="gray" variant="light">Archived</Badge>
          ) : publicBooking ? (
            <Badge color="teal" variant="light">Standard link open</Badge>
          ) : (
            <Badge color="gray" variant="light">Single-use links only</Badge>
          )}
          {unsynced && (
            <Badge color="yellow" variant="outline">Not yet synced</Badge>
          )}
        </Group>

        {linkOpen && (
          <Text size="xs" c="dimmed" truncate="end" title={standardLinkUrl}>
            {standardLinkUrl}
          </Text>
        )}

        {/* Cards are narrow at common window widths: the buttons wrap onto a second line rather
            than shrink below their labels ("Copy lin", "Edi"). */}
        <Group gap="xs" mt="auto" wrap="wrap">
          {!archived && (
            <Tooltip label="Create a single-use link">
              <Button aria-label={`1x: create a single-use link for ${name}`} onClick={() => onCreateLink(eventType)}>
                1x
              </Button>
            </Tooltip>
          )}
          {!archived && (
            <Button
              variant="default"
              leftSection={<IconCopy />}
              disabled={!linkOpen}
              // The name starts with the words on the button, as speech input expects ("click Copy link").
              aria-label={`${copied ? 'Copied' : 'Copy link'}: the standard link of ${name}`}
              onClick={() => {
                if (!standardLinkUrl) return;
                // "Copied" only once the clipboard took it; the parent reports a failure.
                Promise.resolve(onCopyStandardLink(eventType, standardLinkUrl)).then(flashCopied, () => {});
              }}
            >
              {copied ? 'Copied' : 'Copy link'}
            </Button>
          )}
          {archived ? (
            <Button variant="default" onClick={() => onSetArchived(eventType, false)}>
              Unarchive
            </Button>
          ) : (
            <Button variant="subtle" color="gray" leftSection={<IconPencil />} onClick={() => onEdit(eventType)}>
              Edit
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
