// renderer: "Cancel booking": asks for a reason the invitee will see, then hands it over.
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { BookingDoc } from '../../../core/schemas/index.ts';
import { formatDateTime } from '../components/format-dates.ts';
import { cancelConsequence } from './describe-cancel.ts';

export const CANCEL_REASON_MAX_LENGTH = 2000;

export interface CancelBookingDialogProps {
  /** The booking to cancel; null keeps the dialog closed. */
  booking: BookingDoc | null;
  timezone: string;
  onConfirm: (booking: BookingDoc, reason: string) => void | Promise<void>;
  onClose: () => void;
}

export function CancelBookingDialog({ booking, timezone, onConfirm, onClose }: CancelBookingDialogProps) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const tooLong = reason.length > CANCEL_REASON_MAX_LENGTH;

  const close = () => {
    setReason('');
    setError(null);
    onClose();
  };
  const confirm = async () => {
    if (!booking || tooLong) return;
    setBusy(true);
    setError(null);
    try {
      await onConfirm(booking, reason.trim());
      close();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={booking !== null} onClose={close} title="Cancel this booking?" centered>
      {booking && (
        <Stack>
          <Text size="sm">
            {booking.eventName} with {booking.invitee.name || booking.invitee.email} on {formatDateTime(booking.start, timezone)}. {cancelConsequence(booking)}
          </Text>
          <Textarea
            label="Reason"
            description="Shown to the invitee"
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={tooLong ? `Reason must be at most ${CANCEL_REASON_MAX_LENGTH} characters` : undefined}
          />
          {error && <Alert color="red">{error}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Keep booking
            </Button>
            <Button color="red" loading={busy} disabled={tooLong} onClick={() => void confirm()}>
              Cancel booking
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
