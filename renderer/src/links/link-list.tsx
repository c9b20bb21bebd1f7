// Runs in the renderer. The "Single-use links" list: every link with its event type (and what
// the link changes from it), URL, contact, created date and status; a filter, a search and
// sortable columns; per row copy, share by email, edit (while unused) and revoke; several links
// selected and revoked at once. A table on wide screens, cards on a phone. Virtualized: only the
// rows in view exist in the DOM, so 10,000 links stay fast (link-list-body.tsx).
import { Paper, Stack, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { BookingDoc, EventTypeDoc, LinkDoc } from '../../../core/schemas/index.ts';
import { buildShareMailto } from './build-share-mailto.ts';
import { effectiveMeeting } from './build-new-link.ts';
import { LinkListHeader } from './link-list-header.tsx';
import { LinkListToolbar } from './link-list-toolbar.tsx';
import { LinkListBody } from './link-list-body.tsx';
import { buildLinkRows, filterLinkRows, NO_FILTER, type LinkFilter } from './link-rows.ts';
import { LinkSelectionBar } from './link-selection-bar.tsx';
import { LINK_CARDS_MEDIA_QUERY, LINK_TABLE_MIN_WIDTH, type LinkListLayout } from './link-table-layout.ts';
import { RevokeLinkDialog } from './revoke-link-dialog.tsx';
import { DEFAULT_LINK_SORT, nextSort, sortLinkRows, type LinkSort, type LinkSortKey } from './sort-link-rows.ts';

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
  /** Revokes one link or several selected ones, after the host confirmed; reject to keep the dialog open with the message. */
  onRevoke: (links: readonly LinkDoc[]) => void | Promise<void>;
  /** "Open booking page" (preview); the item is hidden without it. */
  onOpen?: (link: LinkDoc, url: string) => void;
  /** Height of the scrolling table body. */
  height?: number | string;
  /** Table or cards; by default cards on a phone-wide screen. */
  layout?: LinkListLayout;
}

const NONE: ReadonlySet<string> = new Set();

export function LinkList(props: LinkListProps) {
  const { links, eventTypes, bookings, unsyncedIds, hostTimezone, hostName, now, linkUrl, height = 560 } = props;
  const { onCopy, onEdit, onShare, onRevoke, onOpen } = props;
  const narrow = useMediaQuery(LINK_CARDS_MEDIA_QUERY, false, { getInitialValueInEffect: false });
  const layout: LinkListLayout = props.layout ?? (narrow ? 'cards' : 'table');
  const [filter, setFilter] = useState<LinkFilter>(NO_FILTER);
  const deferredFilter = useDeferredValue(filter);
  const [sort, setSort] = useState<LinkSort>(DEFAULT_LINK_SORT);
  const [selected, setSelected] = useState<ReadonlySet<string>>(NONE);
  const [revoking, setRevoking] = useState<readonly LinkDoc[] | null>(null);

  const rows = useMemo(() => buildLinkRows(links, eventTypes, bookings, unsyncedIds, now), [links, eventTypes, bookings, unsyncedIds, now]);
  // Sorted before filtering: a keystroke in the search filters an ordered list, it never re-sorts.
  const sorted = useMemo(() => sortLinkRows(rows, sort), [rows, sort]);
  const shown = useMemo(() => filterLinkRows(sorted, deferredFilter), [sorted, deferredFilter]);
  const eventTypesById = useMemo(() => new Map(eventTypes.map((e) => [e.id, e])), [eventTypes]);
  // Only what is shown and still live counts: a link that got booked or filtered away meanwhile is
  // never revoked by a selection the host can no longer see.
  const selectable = useMemo(() => shown.filter((row) => row.status.revocable), [shown]);
  const chosen = useMemo(() => selectable.filter((row) => selected.has(row.link.id)).map((row) => row.link), [selectable, selected]);

  const changeFilter = useCallback((next: LinkFilter) => {
    setFilter(next);
    setSelected(NONE);
  }, []);
  const clearFilters = useCallback(() => changeFilter(NO_FILTER), [changeFilter]);
  // A new search, filter or order scrolls the list back to the top, with the rows it shows.
  const scrollKey = useMemo(() => ({ filter: deferredFilter, sort }), [deferredFilter, sort]);
  const select = useCallback((link: LinkDoc, on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(link.id);
      else next.delete(link.id);
      return next;
    });
  }, []);
  const selectAll = useMemo(
    () => ({
      selectable: selectable.length,
      selected: chosen.length,
      onChange: (all: boolean) => setSelected(all ? new Set(selectable.map((row) => row.link.id)) : NONE),
    }),
    [selectable, chosen.length],
  );

  const copy = useCallback((link: LinkDoc) => onCopy(link, linkUrl(link)), [onCopy, linkUrl]);
  const open = useCallback((link: LinkDoc) => onOpen?.(link, linkUrl(link)), [onOpen, linkUrl]);
  const revokeOne = useCallback((link: LinkDoc) => setRevoking([link]), []);
  const revoke = useCallback(
    async (targets: readonly LinkDoc[]) => {
      await onRevoke(targets);
      setSelected((current) => {
        const next = new Set(current);
        for (const link of targets) next.delete(link.id);
        return next;
      });
    },
    [onRevoke],
  );
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

  const cards = layout === 'cards';
  const firstRowIndex = cards ? 1 : 2;
  return (
    <Stack gap="md">
      <Title order={2}>Single-use links</Title>
      <LinkListToolbar
        filter={filter}
        onChange={changeFilter}
        eventTypes={eventTypes}
        shown={shown.length}
        total={rows.length}
        layout={layout}
        sort={sort}
        onSort={setSort}
        selectAll={selectAll}
      />
      {chosen.length > 0 && <LinkSelectionBar count={chosen.length} onRevoke={() => setRevoking(chosen)} onClear={() => setSelected(NONE)} />}
      <Paper withBorder radius="md" style={{ overflowX: cards ? 'hidden' : 'auto' }}>
        <div role="table" aria-label="Single-use links" aria-rowcount={shown.length + firstRowIndex - 1} style={{ minWidth: cards ? 0 : LINK_TABLE_MIN_WIDTH }}>
          {!cards && (
            <div role="rowgroup">
              <LinkListHeader sort={sort} onSort={(key: LinkSortKey) => setSort((current) => nextSort(current, key))} selectAll={selectAll} />
            </div>
          )}
          <LinkListBody
            shown={shown}
            anyLinks={rows.length > 0}
            layout={layout}
            selected={selected}
            firstRowIndex={firstRowIndex}
            linkUrl={linkUrl}
            timezone={hostTimezone}
            now={now}
            height={height}
            resetScrollKey={scrollKey}
            onClearFilters={clearFilters}
            onCopy={copy}
            onShare={share}
            onEdit={onEdit}
            onRevoke={revokeOne}
            onSelect={select}
            onOpen={onOpen ? open : undefined}
          />
        </div>
      </Paper>
      <RevokeLinkDialog links={revoking} onConfirm={revoke} onClose={() => setRevoking(null)} />
    </Stack>
  );
}
