// Runs in the renderer. One link of the "Single-use links" list, as a table row or (on a phone)
// a card: a box to select it, the meeting with what the link changes from its event type and
// the link's URL (selectable), contact, created date, status, and its actions (copy and share
// while it can still be booked, edit while unused, revoke while live).
import { memo, type CSSProperties } from 'react';
import type { LinkDoc } from '../../../core/schemas/index.ts';
import { formatDate } from '../components/format-dates.ts';
import { effectiveMeeting } from './build-new-link.ts';
import { LinkRowActionButtons, type LinkRowActions } from './link-row-actions.tsx';
import type { LinkRow } from './link-rows.ts';
import { LinkStatusBadge } from './link-status-badge.tsx';
import { LinkSummaryLine } from './link-summary-line.tsx';
import text from './link-row.module.css';
import { linkCellStyle, linkRowGrid, type LinkListLayout } from './link-table-layout.ts';

export interface LinkRowViewProps extends LinkRowActions {
  row: LinkRow;
  url: string;
  layout: LinkListLayout;
  selected: boolean;
  /** 1-based position among all rows of the table, the header being row 1. */
  rowIndex: number;
  timezone: string;
  now: Date;
  /** Where the row sits in the scrolled body, px: numbers, so a row that stays in view is not rendered again. */
  top: number;
  height: number;
}

const CHECKBOX_STYLE: CSSProperties = { width: 18, height: 18, margin: 0, cursor: 'pointer', accentColor: 'var(--mantine-primary-color-filled)' };

/** How the row's buttons name the link: its contact, else "link". */
export function linkLabel(link: LinkDoc): string {
  return link.contact.name || link.contact.email || 'link';
}

export const LinkRowView = memo(function LinkRowView({ row, url, layout, selected, rowIndex, timezone, now, top, height, ...actions }: LinkRowViewProps) {
  const { link, status, eventType } = row;
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
        position: 'absolute',
        top: 0,
        left: 0,
        right: 0,
        height,
        transform: `translateY(${top}px)`,
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
        <div className={`${text.line} ${text.strong}`} title={meeting?.name}>
          {meeting?.name ?? 'Unknown event type'}
        </div>
        {eventType && <LinkSummaryLine link={link} eventType={eventType} timezone={timezone} now={now} />}
        <div className={`${text.line} ${text.xs} ${text.dimmed} ${text.url}`} title={url} data-testid="link-url">
          {url}
        </div>
      </div>
      <div role="cell" style={cell('contact')} data-testid="link-contact">
        <div className={who ? text.line : `${text.line} ${text.dimmed}`}>{who || 'No contact'}</div>
        {contactDetail && (
          <div className={`${text.line} ${text.xs} ${text.dimmed}`} title={contactDetail}>
            {contactDetail}
          </div>
        )}
      </div>
      <div role="cell" style={cell('created')}>
        {layout === 'cards' ? (
          <div className={`${text.line} ${text.xs} ${text.dimmed}`}>{`Created ${formatDate(link.createdAt, timezone)}`}</div>
        ) : (
          <div className={text.line}>{formatDate(link.createdAt, timezone)}</div>
        )}
      </div>
      <div role="cell" style={cell('status')}>
        <LinkStatusBadge link={link} status={status} timezone={timezone} now={now} />
      </div>
      <div role="cell" style={cell('actions')}>
        <LinkRowActionButtons
          link={link}
          status={status}
          label={label}
          onCopy={actions.onCopy}
          onShare={actions.onShare}
          onEdit={actions.onEdit}
          onRevoke={actions.onRevoke}
          onOpen={actions.onOpen}
        />
      </div>
    </div>
  );
});
