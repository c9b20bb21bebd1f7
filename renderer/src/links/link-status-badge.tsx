// renderer: a link's status at a glance: a colored badge, the words behind it ("Booked by Ada
// Lovelace at Tue, Mar 3, 10:00"), and "Not yet synced" while the server has not confirmed it.
import { Badge, Group, Text } from '@mantine/core';
import type { LinkDoc } from '../../../core/schemas/index.ts';
import type { LinkState, LinkStatus } from './derive-link-status.ts';
import { describeLinkStatus, LINK_STATE_LABELS } from './describe-link-status.ts';

const STATE_COLORS: Readonly<Record<LinkState, string>> = {
  unused: 'blue',
  booked: 'teal',
  expired: 'gray',
  revoked: 'red',
};

export interface LinkStatusBadgeProps {
  link: LinkDoc;
  status: LinkStatus;
  timezone: string;
  now: Date;
}

export function LinkStatusBadge({ link, status, timezone, now }: LinkStatusBadgeProps) {
  const text = describeLinkStatus(link, status, timezone, now);
  const label = LINK_STATE_LABELS[status.state];
  return (
    <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
      <Badge color={STATE_COLORS[status.state]} variant="light" style={{ flexShrink: 0 }}>
        {label}
      </Badge>
      {status.unsynced && (
        <Badge color="yellow" variant="outline" style={{ flexShrink: 0 }}>
          Not yet synced
        </Badge>
      )}
      {text !== label && (
        <Text size="sm" truncate="end" title={text}>
          {text}
        </Text>
      )}
    </Group>
  );
}
