// Runs in the renderer. The scrolling body of the links table: only the rows in view (and a few
// beyond) exist in the DOM. It is its own component because the virtualizer renders it on every
// scroll step: the title, toolbar, header and dialog above it stay as they are while the list
// scrolls, and a row that stays in view is not rendered again (LinkRowView is memoized on plain
// props).
import { Button, Stack, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef } from 'react';
import type { LinkDoc } from '../../../core/schemas/index.ts';
import type { LinkRowActions } from './link-row-actions.tsx';
import { LinkRowView } from './link-row.tsx';
import type { LinkRow } from './link-rows.ts';
import { LINK_ROW_HEIGHTS, type LinkListLayout } from './link-table-layout.ts';

export interface LinkListBodyProps extends LinkRowActions {
  /** The rows to show, in order. */
  shown: readonly LinkRow[];
  /** Whether there are links at all (the empty state differs from "nothing matches"). */
  anyLinks: boolean;
  layout: LinkListLayout;
  selected: ReadonlySet<string>;
  /** aria-rowindex of the first row (after the header row, if any). */
  firstRowIndex: number;
  linkUrl: (link: LinkDoc) => string;
  timezone: string;
  now: Date;
  height: number | string;
  /** A change of this (a new search, filter or order) scrolls back to the top. */
  resetScrollKey: unknown;
  onClearFilters: () => void;
}

export function LinkListBody(props: LinkListBodyProps) {
  const { shown, anyLinks, layout, selected, firstRowIndex, linkUrl, timezone, now, height, resetScrollKey, onClearFilters } = props;
  const { onCopy, onShare, onEdit, onRevoke, onSelect, onOpen } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowHeight = LINK_ROW_HEIGHTS[layout];
  // Kept while the rows are: the virtualizer recomputes every row's offset (all 10,000 of them)
  // whenever getItemKey is a new function, and it renders on every scroll step.
  const getItemKey = useCallback((index: number) => shown[index]?.link.id ?? index, [shown]);
  const estimateSize = useCallback(() => rowHeight, [rowHeight]);
  // The virtualizer hands out fresh functions on each render by design; it is used only here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    overscan: 6,
    getItemKey,
  });
  // The estimate is the size: a new layout changes every row's height at once.
  useLayoutEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);

  // A new search, filter or order is a new list: kept at the old offset, its first matches would
  // sit above the view. The key changes with the rows it shows (the deferred filter).
  useLayoutEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [resetScrollKey]);

  return (
    <div ref={scrollRef} role="rowgroup" style={{ height, overflowY: 'auto', position: 'relative' }} data-testid="link-list-scroll">
      {shown.length === 0 ? (
        <Stack align="center" justify="center" gap="xs" h="100%" p="xl">
          {anyLinks ? (
            <>
              <Text fw={500}>No links match</Text>
              <Button variant="subtle" onClick={onClearFilters}>
                Clear search and filters
              </Button>
            </>
          ) : (
            <>
              <Text fw={500}>No single-use links yet</Text>
              <Text size="sm" c="dimmed">
                Create one with “1x” on an event type.
              </Text>
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
                url={linkUrl(row.link)}
                layout={layout}
                selected={selected.has(row.link.id)}
                rowIndex={item.index + firstRowIndex}
                timezone={timezone}
                now={now}
                top={item.start}
                height={item.size}
                onCopy={onCopy}
                onShare={onShare}
                onEdit={onEdit}
                onRevoke={onRevoke}
                onSelect={onSelect}
                onOpen={onOpen}
              />
            );
          })}
        </div>
      )}
    </div>
  );
}
