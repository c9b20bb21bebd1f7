// renderer: a link's status at a glance: a colored badge, the words behind it ("Booked by Ada
// Lovelace at Tue, Mar 3, 10:00"), and "Not yet synced" while the server has not confirmed it.
import { Badge } from '@mantine/core';
import type { CSSProperties } from 'react';
import type { LinkDoc } from '../../../core/schemas/index.ts';
import type { LinkState, LinkStatus } from './derive-link-status.ts';
import { describeLinkStatus, LINK_STATE_LABELS } from './describe-link-status.ts';
import text from './link-row.module.css';

const STATE_COLORS: Readonly<Record<LinkState, string>> = {
  unused: 'blue',
  booked: 'teal',
  expired: 'gray',
  revoked: 'red',
};

/** Mantine's <Group gap={6} wrap="nowrap">, as a plain element (one per row of a scrolling list). */
const BADGE_ROW: CSSProperties = { display: 'flex', alignItems: 'center', gap: 6, flexWrap: 'nowrap', minWidth: 0 };

export interface LinkStatusBadgeProps {
  link: LinkDoc;
  status: LinkStatus;
  timezone: string;
  now: Date;
}

export function LinkStatusBadge({ link, status, timezone, now }: LinkStatusBadgeProps) {
  const words = describeLinkStatus(link, status, timezone, now);
  const label = LINK_STATE_LABELS[status.state];
  return (
    <div style={BADGE_ROW}>
      <Badge color={STATE_COLORS[status.state]} variant="light" style={{ flexShrink: 0 }}>
        {label}
      </Badge>
      {status.unsynced && (
        <Badge color="yellow" variant="outline" style={{ flexShrink: 0 }}>
          Not yet synced
        </Badge>
      )}
      {words !== label && (
        <div className={text.line} title={words}>
          {words}
        </div>
      )}
    </div>
  );
}
