// renderer: one row of the "Single-use links" list: event type, contact, created date, status,
// and the row's actions (copy, share by email, edit while unused, revoke).
import { ActionIcon, Menu, Text, Tooltip } from '@mantine/core';
import { memo, type CSSProperties } from 'react';
import type { LinkDoc } from '../../../core/schemas/index.ts';
import { formatDate } from '../components/format-dates.ts';
import { formatMinutes } from '../components/format-minutes.ts';
import { IconCopy, IconDots, IconMail } from '../components/icons.tsx';
import { useFlash } from '../components/use-flash.ts';
import { effectiveMeeting } from './build-new-link.ts';
import type { LinkRow } from './link-rows.ts';
import { LinkStatusBadge } from './link-status-badge.tsx';
import { LINK_GRID_COLUMNS } from './link-table-layout.ts';

export interface LinkRowActions {
  onCopy: (link: LinkDoc) => void | Promise<void>;
  onShare: (link: LinkDoc) => void;
  onEdit: (link: LinkDoc) => void;
  onRevoke: (link: LinkDoc) => void;
  onOpen?: (link: LinkDoc) => void;
}

export interface LinkRowViewProps extends LinkRowActions {
  row: LinkRow;
  /** 1-based position among all rows of the table, the header being row 1. */
  rowIndex: number;
  timezone: string;
  now: Date;
  style: CSSProperties;
}

const cell: CSSProperties = { minWidth: 0, overflow: 'hidden' };

export const LinkRowView = memo(function LinkRowView({ row, rowIndex, timezone, now, style, ...actions }: LinkRowViewProps) {
  const { link, status, eventType } = row;
  const [copied, flashCopied] = useFlash();
  const meeting = eventType ? effectiveMeeting(link, eventType) : null;
  const who = link.contact.name || link.contact.email;
  const contactDetail = [link.contact.name ? link.contact.email : '', link.note].filter((t) => t !== '').join(' · ');
  const label = who || 'link';

  return (
    <div
      role="row"
      aria-rowindex={rowIndex}
      data-link-id={link.id}
      style={{
        ...style,
        display: 'grid',
        gridTemplateColumns: LINK_GRID_COLUMNS,
        alignItems: 'center',
        gap: 'var(--mantine-spacing-md)',
        padding: '0 var(--mantine-spacing-md)',
        borderBottom: '1px solid var(--mantine-color-default-border)',
      }}
    >
      <div role="cell" style={cell}>
        <Text size="sm" fw={500} truncate="end">
          {meeting?.name ?? 'Unknown event type'}
        </Text>
        {meeting && (
          <Text size="xs" c="dimmed" truncate="end">
            {formatMinutes(meeting.durationMinutes)}
          </Text>
        )}
      </div>
      <div role="cell" style={cell}>
        <Text size="sm" truncate="end" c={who ? undefined : 'dimmed'}>
          {who || 'No contact'}
        </Text>
        {contactDetail && (
          <Text size="xs" c="dimmed" truncate="end" title={contactDetail}>
            {contactDetail}
          </Text>
        )}
      </div>
      <div role="cell" style={cell}>
        <Text size="sm">{formatDate(link.createdAt, timezone)}</Text>
      </div>
      <div role="cell" style={cell}>
        <LinkStatusBadge link={link} status={status} timezone={timezone} now={now} />
      </div>
      <div role="cell" style={{ display: 'flex', gap: 4, justifyContent: 'flex-end' }}>
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
