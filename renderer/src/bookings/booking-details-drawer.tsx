// renderer: one booking in full, in a drawer opened from its row: who, when on both clocks, the
// invitee's notes, where, which link, and the cancel. Invitee text is rendered as React text
// (never as HTML), with its line breaks kept.
import { Badge, Button, Drawer, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { BookingDoc } from '../../../core/schemas/index.ts';
import { bookingDetails } from './booking-details.ts';

export interface BookingDetailsDrawerProps {
  /** The booking shown; null keeps the drawer closed. */
  booking: BookingDoc | null;
  timezone: string;
  sourceOf: (booking: BookingDoc) => string;
  onClose: () => void;
  /** Omitted or canceled booking: no cancel button. */
  onCancel?: (booking: BookingDoc) => void;
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

export function BookingDetailsDrawer({ booking, timezone, sourceOf, onClose, onCancel }: BookingDetailsDrawerProps) {
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
            {details.cancelSummary && (
              <Item label="Cancellation">
                {details.cancelSummary}
                {details.cancelReason.trim() && `\nReason: ${details.cancelReason}`}
              </Item>
            )}
          </dl>
          {onCancel && booking.status === 'confirmed' && (
            <Group justify="flex-end">
              <Button color="red" variant="light" onClick={() => onCancel(booking)}>
                Cancel booking…
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
