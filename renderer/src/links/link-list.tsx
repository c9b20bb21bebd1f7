// renderer: the "Single-use links" list: every link with its event type, contact, created date
// and status, a filter and a search, and per row copy, share by email, edit (while unused) and
// revoke. Virtualized: only the rows in view exist in the DOM, so 10,000 links stay fast.
import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { BookingDoc, EventTypeDoc, LinkDoc } from '../../../core/schemas/index.ts';
import { buildShareMailto } from './build-share-mailto.ts';
import { effectiveMeeting } from './build-new-link.ts';
import { LinkListToolbar } from './link-list-toolbar.tsx';
import { LinkRowView } from './link-row.tsx';
import { buildLinkRows, filterLinkRows, NO_FILTER, type LinkFilter } from './link-rows.ts';
import { LINK_GRID_COLUMNS, LINK_ROW_HEIGHT } from './link-table-layout.ts';
import { RevokeLinkDialog } from './revoke-link-dialog.tsx';

export interface LinkListProps {
  links: readonly LinkDoc[];
  /** All event types, archived ones included (for names and the filter). */
  eventTypes: readonly EventTypeDoc[];
  /** Bookings made with links (the list matches them by linkId). */
  bookings: readonly BookingDoc[];
  /** Ids of links with local changes the server has not confirmed. */
  unsyncedIds: ReadonlySet<string>;
  /** The host's IANA zone: all dates and times are shown in it. */
  hostTimezone: string;
  /** Signs the "Share by email" mail. */
  hostName: string;
  /** Decides which links have expired; pass a clock that ticks (e.g. each minute). */
  now: Date;
  /** The public URL of a link (GET /l/{token}). */
  linkUrl: (link: LinkDoc) => string;
  /** Puts the URL on the clipboard; resolve when done, reject to show no "Copied". */
  onCopy: (link: LinkDoc, url: string) => void | Promise<void>;
  /** Opens "Edit details"; only offered while the link is unused. */
  onEdit: (link: LinkDoc) => void;
  /** Hands over a ready mailto: URL, to be opened through the platform. */
  onShare: (link: LinkDoc, mailto: string) => void;
  /** Called after the host confirmed; reject to keep the dialog open with the message. */
  onRevoke: (link: LinkDoc) => void | Promise<void>;
  /** "Open booking page" (preview); the item is hidden without it. */
  onOpen?: (link: LinkDoc, url: string) => void;
  /** Height of the scrolling table body. */
  height?: number | string;
}

export function LinkList(props: LinkListProps) {
  const { links, eventTypes, bookings, unsyncedIds, hostTimezone, hostName, now, linkUrl, height = 560 } = props;
  const { onCopy, onEdit, onShare, onRevoke, onOpen } = props;
  const [filter, setFilter] = useState<LinkFilter>(NO_FILTER);
  const deferredFilter = useDeferredValue(filter);
  const [revoking, setRevoking] = useState<LinkDoc | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  const rows = useMemo(() => buildLinkRows(links, eventTypes, bookings, unsyncedIds, now), [links, eventTypes, bookings, unsyncedIds, now]);
  const shown = useMemo(() => filterLinkRows(rows, deferredFilter), [rows, deferredFilter]);
  const eventTypesById = useMemo(() => new Map(eventTypes.map((e) => [e.id, e])), [eventTypes]);

  // The virtualizer hands out fresh functions on each render by design; it is used only here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => LINK_ROW_HEIGHT,
    overscan: 6,
    getItemKey: (index) => shown[index]?.link.id ?? index,
  });

  // A new search or filter is a new list: kept at the old offset, its first matches would sit
  // above the view. Keyed on the deferred filter, so the jump happens with the rows it shows.
  useLayoutEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [deferredFilter]);

  const copy = useCallback((link: LinkDoc) => onCopy(link, linkUrl(link)), [onCopy, linkUrl]);
  const open = useCallback((link: LinkDoc) => onOpen?.(link, linkUrl(link)), [onOpen, linkUrl]);
  const share = useCallback(
    (link: LinkDoc) => {
      const eventType = eventTypesById.get(link.eventTypeId);
      const meeting = eventType ? effectiveMeeting(link, eventType) : null;
      const mailto = buildShareMailto({
        url: linkUrl(link),
        eventName: meeting?.name ?? 'a meeting',
        durationMinutes: meeting?.durationMinutes ?? 30,
        to: link.contact.email,
        contactName: link.contact.name,
        hostName,
        maxUses: link.maxUses,
        expiresAt: link.expiresAt,
        timezone: hostTimezone,
      });
      onShare(link, mailto);
    },
    [eventTypesById, linkUrl, hostName, hostTimezone, onShare],
  );

  return (
    <Stack gap="md">
      <Title order={2}>Single-use links</Title>
      <LinkListToolbar filter={filter} onChange={setFilter} eventTypes={eventTypes} shown={shown.length} total={rows.length} />
      <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
        <div role="table" aria-label="Single-use links" aria-rowcount={shown.length + 1} style={{ minWidth: 860 }}>
          <div role="rowgroup">
            <div
              role="row"
              aria-rowindex={1}
              style={{
                display: 'grid',
                gridTemplateColumns: LINK_GRID_COLUMNS,
                gap: 'var(--mantine-spacing-md)',
                padding: '10px var(--mantine-spacing-md)',
                borderBottom: '1px solid var(--mantine-color-default-border)',
                background: 'var(--mantine-color-default-hover)',
              }}
            >
              {['Event type', 'Contact', 'Created', 'Status', 'Actions'].map((title) => (
                <Text key={title} role="columnheader" size="xs" fw={600} c="dimmed" tt="uppercase" ta={title === 'Actions' ? 'right' : undefined}>
                  {title}
                </Text>
              ))}
            </div>
          </div>
          <div ref={scrollRef} role="rowgroup" style={{ height, overflowY: 'auto', position: 'relative' }} data-testid="link-list-scroll">
            {shown.length === 0 ? (
              <Stack align="center" justify="center" gap="xs" h="100%" p="xl">
                {rows.length === 0 ? (
                  <>
                    <Text fw={500}>No single-use links yet</Text>
                    <Text size="sm" c="dimmed">
                      Create one with “1x” on an event type.
                    </Text>
                  </>
                ) : (
                  <>
                    <Text fw={500}>No links match</Text>
                    <Button variant="subtle" onClick={() => setFilter(NO_FILTER)}>
                      Clear search and filters
                    </Button>
                  </>
                )}
              </Stack>
            ) : (
              <div role="presentation" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
                {virtualizer.getVirtualItems().map((item) => {
                  const row = shown[item.index];
                  if (!row) return null;
                  return (
                    <LinkRowView
                      key={item.key}
                      row={row}
                      rowIndex={item.index + 2}
                      timezone={hostTimezone}
                      now={now}
                      style={{ position: 'absolute', top: 0, left: 0, right: 0, height: item.size, transform: `translateY(${item.start}px)` }}
                      onCopy={copy}
                      onShare={share}
                      onEdit={onEdit}
                      onRevoke={setRevoking}
                      onOpen={onOpen ? open : undefined}
                    />
                  );
                })}
              </div>
            )}
          </div>
        </div>
      </Paper>
      <RevokeLinkDialog link={revoking} onConfirm={onRevoke} onClose={() => setRevoking(null)} />
    </Stack>
  );
}
