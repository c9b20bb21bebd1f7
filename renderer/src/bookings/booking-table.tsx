// renderer: bookings as a table: when (in the host's zone), invitee, event, link, status, cancel.
import { Badge, Button, Table, Text } from '@mantine/core';
import type { BookingDoc } from '../../../core/schemas/index.ts';
import { formatDateTime } from '../components/format-dates.ts';
import { dayjs } from '../components/dayjs.ts';
import { usableZone } from '../components/format-dates.ts';

export interface BookingTableProps {
  bookings: readonly BookingDoc[];
  timezone: string;
  now: Date;
  sourceOf: (booking: BookingDoc) => string;
  unsyncedIds: ReadonlySet<string>;
  /** Omitted: no cancel buttons (past bookings). */
  onCancel?: (booking: BookingDoc) => void;
}

export function BookingTable({ bookings, timezone, now, sourceOf, unsyncedIds, onCancel }: BookingTableProps) {
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table highlightOnHover verticalSpacing="sm" aria-label="Bookings">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Invitee</Table.Th>
            <Table.Th>Event</Table.Th>
            <Table.Th>Link</Table.Th>
            <Table.Th>Status</Table.Th>
            {onCancel && <Table.Th aria-label="Actions" />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {bookings.map((booking) => {
            const canceled = booking.status === 'canceled';
            return (
              <Table.Tr key={booking.id} data-testid="booking-row" style={canceled ? { opacity: 0.65 } : undefined}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {formatDateTime(booking.start, timezone, now)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    until {dayjs(booking.end).tz(usableZone(timezone)).format('HH:mm')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{booking.invitee.name}</Text>
                  <Text size="xs" c="dimmed">
                    {booking.invitee.email}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{booking.eventName}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{sourceOf(booking)}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={canceled ? 'gray' : 'teal'} variant="light">
                    {canceled ? `Canceled${booking.canceledBy ? ` by ${booking.canceledBy}` : ''}` : 'Confirmed'}
                  </Badge>
                  {unsyncedIds.has(booking.id) && (
                    <Badge color="yellow" variant="outline" ml={6}>
                      Not yet synced
                    </Badge>
                  )}
                  {canceled && booking.cancelReason && (
                    <Text size="xs" c="dimmed" mt={4} lineClamp={2} title={booking.cancelReason}>
                      {booking.cancelReason}
                    </Text>
                  )}
                </Table.Td>
                {onCancel && (
                  <Table.Td ta="right">
                    {!canceled && (
                      <Button size="xs" variant="subtle" color="red" onClick={() => onCancel(booking)} aria-label={`Cancel booking with ${booking.invitee.name}`}>
                        Cancel
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
