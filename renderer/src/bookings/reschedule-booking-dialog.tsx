// renderer: "Reschedule": the open times a booking may move to, a week at a time in the host's
// zone (its own time counted as free, the server's rule), then one confirm that asks the server to
// move it. Nothing changes unless the server says so; a time taken meanwhile is said in words.
import { Alert, Button, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { BookingDoc } from '../../../core/schemas/index.ts';
import { dayjs } from '../components/dayjs.ts';
import { formatDateTime, usableZone } from '../components/format-dates.ts';
import { listRescheduleSlots, rescheduleOnServer, type ServerCall, type SlotDay } from './reschedule-on-server.ts';

export interface RescheduleBookingDialogProps {
  /** The booking to move; null keeps the dialog closed. */
  booking: BookingDoc | null;
  timezone: string;
  server: ServerCall;
  onClose: () => void;
  /** After the server moved it: the new booking. */
  onDone: (moved: BookingDoc) => void;
  now?: () => Date;
}

const WEEK = 7;

export function RescheduleBookingDialog({ booking, timezone, server, onClose, onDone, now = () => new Date() }: RescheduleBookingDialogProps) {
  const zone = usableZone(timezone);
  const today = dayjs(now()).tz(zone).format('YYYY-MM-DD');
  const [from, setFrom] = useState(today);
  // The week as the server answered it, by which booking and week it was asked for: another
  // week shows the loader until its own answer is here.
  const [loaded, setLoaded] = useState<{ key: string; days: SlotDay[] } | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const bookingId = booking?.id ?? null;
  const key = `${bookingId}|${from}|${zone}`;
  const days = loaded?.key === key ? loaded.days : null;

  useEffect(() => {
    if (bookingId === null) return;
    let current = true;
    const to = dayjs(from).add(WEEK - 1, 'day').format('YYYY-MM-DD');
    void listRescheduleSlots(server, bookingId, from, to, zone).then((answer) => {
      if (!current) return;
      setLoaded({ key: `${bookingId}|${from}|${zone}`, days: answer.ok ? answer.days : [] });
      if (!answer.ok) setError(answer.message);
    });
    return () => { current = false; };
  }, [bookingId, from, zone, server]);

  const close = () => {
    setFrom(today);
    setChosen(null);
    setError(null);
    onClose();
  };
  const confirm = async () => {
    if (!booking || chosen === null) return;
    setBusy(true);
    setError(null);
    const answer = await rescheduleOnServer(server, booking.id, chosen, zone);
    setBusy(false);
    if (answer.ok) {
      close();
      onDone(answer.booking);
    } else {
      setError(answer.message);
      if (answer.problem === 'taken') {
        setChosen(null);
        setLoaded((l) => l && { ...l, days: l.days.map((day) => ({ ...day, slots: day.slots.filter((s) => s.start !== chosen) })) });
      }
    }
  };

  const open = (days ?? []).filter((day) => day.slots.length > 0);
  return (
    <Modal opened={booking !== null} onClose={close} title="Reschedule this booking" centered size="lg">
      {booking && (
        <Stack>
          <Text size="sm">
            {booking.eventName} with {booking.invitee.name || booking.invitee.email}, now on {formatDateTime(booking.start, zone)}. Pick a new time ({zone}); the invitee keeps their booking until the new one is confirmed.
          </Text>
          <Group justify="space-between">
            <Button variant="default" size="xs" disabled={from <= today} onClick={() => setFrom(dayjs(from).subtract(WEEK, 'day').format('YYYY-MM-DD') < today ? today : dayjs(from).subtract(WEEK, 'day').format('YYYY-MM-DD'))}>
              Earlier week
            </Button>
            <Button variant="default" size="xs" onClick={() => setFrom(dayjs(from).add(WEEK, 'day').format('YYYY-MM-DD'))}>
              Later week
            </Button>
          </Group>
          {days === null ? (
            <Group justify="center"><Loader size="sm" /></Group>
          ) : open.length === 0 ? (
            <Text size="sm" c="dimmed">No open times this week.</Text>
          ) : (
            open.map((day) => (
              <Stack key={day.date} gap={4}>
                <Title order={6}>{dayjs(day.date).format('ddd, MMM D')}</Title>
                <Group gap={6}>
                  {day.slots.map((slot) => (
                    <Button key={slot.start} size="xs" variant={chosen === slot.start ? 'filled' : 'light'} aria-pressed={chosen === slot.start} onClick={() => setChosen(slot.start)}>
                      {dayjs(slot.start).tz(zone).format('HH:mm')}
                    </Button>
                  ))}
                </Group>
              </Stack>
            ))
          )}
          {error && <Alert color="red">{error}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Keep the current time
            </Button>
            <Button loading={busy} disabled={chosen === null} onClick={() => void confirm()}>
              {chosen === null ? 'Move booking' : `Move to ${formatDateTime(chosen, zone)}`}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
