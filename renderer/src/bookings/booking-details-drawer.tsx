// renderer: one booking in full, in a drawer opened from its row: who, when on both clocks, the
// invitee's notes, where, which link, the reschedule chain ("Rescheduled from …" on the new
// booking, "Rescheduled to …" on the old), and the reschedule and cancel actions. Invitee text is rendered as React text
// (never as HTML), with its line breaks kept.
import { Badge, Button, Drawer, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { BookingDoc } from '../../../core/schemas/index.ts';
import { formatDateTime } from '../components/format-dates.ts';
import { bookingDetails } from './booking-details.ts';

export interface BookingDetailsDrawerProps {
  /** The booking shown; null keeps the drawer closed. */
  booking: BookingDoc | null;
  timezone: string;
  sourceOf: (booking: BookingDoc) => string;
  onClose: () => void;
  /** Omitted or canceled booking: no cancel button. */
  onCancel?: (booking: BookingDoc) => void;
  /** Omitted or canceled booking: no reschedule button. */
  onReschedule?: (booking: BookingDoc) => void;
  /** The bookings it replaced and those that replaced it (reschedule-chain.ts), oldest first. */
  chain?: { before: BookingDoc[]; after: BookingDoc[] };
}

const KEEP_LINES = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" fw={600} c="dimmed" tt="uppercase">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} style={KEEP_LINES}>
        {children}
      </Text>
    </div>
  );
}

const NO_CHAIN = { before: [], after: [] };

export function BookingDetailsDrawer({ booking, timezone, sourceOf, onClose, onCancel, onReschedule, chain = NO_CHAIN }: BookingDetailsDrawerProps) {
  const details = booking ? bookingDetails(booking, timezone, sourceOf(booking)) : null;
  return (
    <Drawer opened={booking !== null} onClose={onClose} position="right" size="md" title={details?.title ?? 'Booking'} data-testid="booking-details">
      {booking && details && (
        <Stack gap="md">
          <Group gap="xs">
            <Badge color={details.status === 'Canceled' ? 'gray' : 'teal'} variant="light">
              {details.status}
            </Badge>
          </Group>
          <dl style={{ margin: 0, display: 'grid', gap: 'var(--mantine-spacing-sm)' }}>
            <Item label="Invitee">
              {details.inviteeName}
              {'\n'}
              {details.inviteeEmail}
            </Item>
            <Item label={`When (your time, ${timezone})`}>{details.whenForHost}</Item>
            <Item label="Invitee's time zone">{details.inviteeZone}</Item>
            <Item label="When for the invitee">{details.whenForInvitee ?? 'The same as yours'}</Item>
            <Item label="Notes">{details.notes.trim() === '' ? <Text span c="dimmed" size="sm">None</Text> : details.notes}</Item>
            <Item label="Location">
              {details.locationKind}
              {details.locationDetails && `\n${details.locationDetails}`}
            </Item>
            <Item label="Booked through">{details.source}</Item>
            {chain.before.length > 0 && (
              <Item label="Rescheduled from">{chain.before.map((b) => formatDateTime(b.start, timezone)).reverse().join('\n')}</Item>
            )}
            {chain.after.length > 0 && (
              <Item label="Rescheduled to">{chain.after.map((b, i) => `${formatDateTime(b.start, timezone)}${i === chain.after.length - 1 && b.status === 'confirmed' ? ' (current)' : ''}`).join('\n')}</Item>
            )}
            {details.cancelSummary && (
              <Item label="Cancellation">
                {details.cancelSummary}
                {details.cancelReason.trim() && `\nReason: ${details.cancelReason}`}
              </Item>
            )}
          </dl>
          {(onCancel || onReschedule) && booking.status === 'confirmed' && (
            <Group justify="flex-end">
              {onReschedule && (
                <Button variant="light" onClick={() => onReschedule(booking)}>
                  Reschedule…
                </Button>
              )}
              {onCancel && (
                <Button color="red" variant="light" onClick={() => onCancel(booking)}>
                  Cancel booking…
                </Button>
              )}
            </Group>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
