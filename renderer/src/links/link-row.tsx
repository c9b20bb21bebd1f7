// Runs in the renderer. One link of the "Single-use links" list, as a table row or (on a phone)
// a card: a box to select it, the meeting with what the link changes from its event type and
// the link's URL (selectable), contact, created date, status, and its actions (copy and share
// while it can still be booked, edit while unused, revoke while live).
import { ActionIcon, Menu, Text, Tooltip } from '@mantine/core';
import { memo, type CSSProperties } from 'react';
import type { LinkDoc } from '../../../core/schemas/index.ts';
import { formatDate } from '../components/format-dates.ts';
import { IconCopy, IconDots, IconMail } from '../components/icons.tsx';
import { useFlash } from '../components/use-flash.ts';
import { effectiveMeeting } from './build-new-link.ts';
import type { LinkRow } from './link-rows.ts';
import { LinkStatusBadge } from './link-status-badge.tsx';
import { LinkSummaryLine } from './link-summary-line.tsx';
import { linkCellStyle, linkRowGrid, type LinkListLayout } from './link-table-layout.ts';

export interface LinkRowActions {
  onCopy: (link: LinkDoc) => void | Promise<void>;
  onShare: (link: LinkDoc) => void;
  onEdit: (link: LinkDoc) => void;
  onRevoke: (link: LinkDoc) => void;
  onOpen?: (link: LinkDoc) => void;
  onSelect: (link: LinkDoc, selected: boolean) => void;
}

export interface LinkRowViewProps extends LinkRowActions {
  row: LinkRow;
  url: string;
  layout: LinkListLayout;
  selected: boolean;
  /** 1-based position among all rows of the table, the header being row 1. */
  rowIndex: number;
  timezone: string;
  now: Date;
  style: CSSProperties;
}

const CHECKBOX_STYLE: CSSProperties = { width: 18, height: 18, margin: 0, cursor: 'pointer', accentColor: 'var(--mantine-primary-color-filled)' };

/** How the row's buttons name the link: its contact, else "link". */
export function linkLabel(link: LinkDoc): string {
  return link.contact.name || link.contact.email || 'link';
}

export const LinkRowView = memo(function LinkRowView({ row, url, layout, selected, rowIndex, timezone, now, style, ...actions }: LinkRowViewProps) {
  const { link, status, eventType } = row;
  const [copied, flashCopied] = useFlash();
  const meeting = eventType ? effectiveMeeting(link, eventType) : null;
  const who = link.contact.name || link.contact.email;
  const contactDetail = [link.contact.name ? link.contact.email : '', link.note].filter((t) => t !== '').join(' · ');
  const label = linkLabel(link);
  const cell = (name: Parameters<typeof linkCellStyle>[1]) => linkCellStyle(layout, name);

  return (
    <div
      role="row"
      aria-rowindex={rowIndex}
      aria-selected={status.revocable ? selected : undefined}
      data-link-id={link.id}
      style={{
        ...style,
        ...linkRowGrid(layout),
        padding: layout === 'cards' ? 'var(--mantine-spacing-sm)' : '0 var(--mantine-spacing-md)',
        borderBottom: '1px solid var(--mantine-color-default-border)',
        background: selected ? 'var(--mantine-primary-color-light)' : undefined,
      }}
    >
      <div role="cell" style={{ ...cell('select'), paddingTop: layout === 'cards' ? 2 : 0 }}>
        {/* A native box: Mantine's Checkbox costs several elements per row, and rows render by the
            dozen while the list scrolls. */}
        {status.revocable && (
          <input
            type="checkbox"
            aria-label={`Select link for ${label}`}
            checked={selected}
            onChange={(event) => actions.onSelect(link, event.currentTarget.checked)}
            style={CHECKBOX_STYLE}
          />
        )}
      </div>
      <div role="cell" style={cell('link')}>
        <Text size="sm" fw={500} truncate="end" title={meeting?.name}>
          {meeting?.name ?? 'Unknown event type'}
        </Text>
        {eventType && <LinkSummaryLine link={link} eventType={eventType} timezone={timezone} now={now} />}
        <Text size="xs" ff="monospace" c="dimmed" truncate="end" title={url} data-testid="link-url" style={{ userSelect: 'all' }}>
          {url}
        </Text>
      </div>
      <div role="cell" style={cell('contact')} data-testid="link-contact">
        <Text size="sm" truncate="end" c={who ? undefined : 'dimmed'}>
          {who || 'No contact'}
        </Text>
        {contactDetail && (
          <Text size="xs" c="dimmed" truncate="end" title={contactDetail}>
            {contactDetail}
          </Text>
        )}
      </div>
      <div role="cell" style={cell('created')}>
        <Text size={layout === 'cards' ? 'xs' : 'sm'} c={layout === 'cards' ? 'dimmed' : undefined}>
          {layout === 'cards' ? `Created ${formatDate(link.createdAt, timezone)}` : formatDate(link.createdAt, timezone)}
        </Text>
      </div>
      <div role="cell" style={cell('status')}>
        <LinkStatusBadge link={link} status={status} timezone={timezone} now={now} />
      </div>
      <div role="cell" style={cell('actions')}>
        {/* A used-up, revoked or expired link books nobody: nothing worth copying or sending. */}
        {status.live && (
          <>
            <Tooltip label={copied ? 'Copied' : 'Copy link'}>
              <ActionIcon
                variant="subtle"
                color={copied ? 'teal' : 'gray'}
                aria-label={`Copy link for ${label}`}
                onClick={() => {
                  Promise.resolve(actions.onCopy(link)).then(flashCopied, () => {});
                }}
              >
                <IconCopy />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Share by email">
              <ActionIcon variant="subtle" color="gray" aria-label={`Share link for ${label} by email`} onClick={() => actions.onShare(link)}>
                <IconMail />
              </ActionIcon>
            </Tooltip>
          </>
        )}
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={`More actions for ${label}`}>
              <IconDots />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            {actions.onOpen && <Menu.Item onClick={() => actions.onOpen?.(link)}>Open booking page</Menu.Item>}
            <Menu.Item disabled={!status.editable} onClick={() => actions.onEdit(link)}>
              Edit details
            </Menu.Item>
            <Menu.Item color="red" disabled={!status.revocable} onClick={() => actions.onRevoke(link)}>
              Revoke…
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </div>
    </div>
  );
});
