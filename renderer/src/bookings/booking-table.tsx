// renderer: bookings as a table: when (in the host's zone), invitee, event, link, status, and the
// row's actions (details, cancel). Fixed column widths, so a cancel does not reflow the table.
import { Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import type { BookingDoc } from '../../../core/schemas/index.ts';
import { formatDateTime } from '../components/format-dates.ts';
import { dayjs } from '../components/dayjs.ts';
import { usableZone } from '../components/format-dates.ts';
import stacked from '../components/stacked-table.module.css';
import { BOOKING_COLUMN_WIDTHS, BOOKING_TABLE_MIN_WIDTH } from './booking-table-layout.ts';

export interface BookingTableProps {
  bookings: readonly BookingDoc[];
  timezone: string;
  now: Date;
  sourceOf: (booking: BookingDoc) => string;
  unsyncedIds: ReadonlySet<string>;
  /** Omitted: no cancel buttons (past bookings). */
  onCancel?: (booking: BookingDoc) => void;
  onOpenDetails: (booking: BookingDoc) => void;
  /** "Rescheduled from Tue, Mar 3, 10:00" / "Moved to …" for a booking of a reschedule chain; null for others. */
  rescheduleNoteOf?: (booking: BookingDoc) => string | null;
}

export function BookingTable({ bookings, timezone, now, sourceOf, unsyncedIds, onCancel, onOpenDetails, rescheduleNoteOf = () => null }: BookingTableProps) {
  return (
    // On a phone the rows become cards (stacked-table), so Cancel is in view without a swipe.
    <Table.ScrollContainer minWidth={BOOKING_TABLE_MIN_WIDTH} className={stacked.scroll}>
      <Table highlightOnHover verticalSpacing="sm" aria-label="Bookings" layout="fixed" className={stacked.table}>
        <colgroup>
          {Object.entries(BOOKING_COLUMN_WIDTHS).map(([column, width]) => (
            <col key={column} style={{ width }} />
          ))}
        </colgroup>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Invitee</Table.Th>
            <Table.Th>Event</Table.Th>
            <Table.Th>Link</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {bookings.map((booking) => {
            const canceled = booking.status === 'canceled';
            // A reschedule retires the old booking as canceled: the row says it moved instead.
            const moved = canceled && typeof booking.rescheduledToId === 'string';
            const note = rescheduleNoteOf(booking);
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
                  <Text size="sm" truncate="end" title={booking.invitee.name}>
                    {booking.invitee.name}
                  </Text>
                  <Text size="xs" c="dimmed" truncate="end" title={booking.invitee.email}>
                    {booking.invitee.email}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" truncate="end" title={booking.eventName}>
                    {booking.eventName}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" truncate="end" title={sourceOf(booking)}>
                    {sourceOf(booking)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={canceled ? 'gray' : 'teal'} variant="light">
                    {moved ? 'Rescheduled' : canceled ? `Canceled${booking.canceledBy ? ` by ${booking.canceledBy}` : ''}` : 'Confirmed'}
                  </Badge>
                  {unsyncedIds.has(booking.id) && (
                    <Badge color="yellow" variant="outline" ml={6}>
                      Not yet synced
                    </Badge>
                  )}
                  {note && (
                    <Text size="xs" c="dimmed" mt={4} data-testid="reschedule-note">
                      {note}
                    </Text>
                  )}
                  {canceled && !moved && booking.cancelReason && (
                    <Text size="xs" c="dimmed" mt={4} lineClamp={2} title={booking.cancelReason}>
                      {booking.cancelReason}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button size="xs" variant="subtle" onClick={() => onOpenDetails(booking)} aria-label={`Details of the booking with ${booking.invitee.name || booking.invitee.email}`}>
                      Details
                    </Button>
                    {onCancel && !canceled && (
                      <Button size="xs" variant="subtle" color="red" onClick={() => onCancel(booking)} aria-label={`Cancel booking with ${booking.invitee.name || booking.invitee.email}`}>
                        Cancel
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
