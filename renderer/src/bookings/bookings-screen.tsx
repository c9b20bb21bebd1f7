// renderer: the Bookings screen: upcoming and past meetings in the host's zone; cancelling
// writes status + reason locally and replication takes it to the server, which frees the slot.
// Rescheduling asks the server at once (reschedule-on-server.ts); both bookings come back by replication.
import { Center, Group, Loader, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { BookingDoc } from '../../../core/schemas/index.ts';
import { useCollectionDocs } from '../queries/use-collection-docs.ts';
import { useMinuteClock } from '../queries/use-minute-clock.ts';
import { useUnsyncedIds } from '../queries/use-unsynced-ids.ts';
import { useAppContext } from '../shell/app-context.ts';
import { showDone } from '../shell/show-result.ts';
import { BookingDetailsDrawer } from './booking-details-drawer.tsx';
import { BookingTable } from './booking-table.tsx';
import { CancelBookingDialog } from './cancel-booking-dialog.tsx';
import { formatDateTime } from '../components/format-dates.ts';
import { RescheduleBookingDialog } from './reschedule-booking-dialog.tsx';
import { rescheduleChain } from './reschedule-chain.ts';
import { cancelDoneMessage } from './describe-cancel.ts';
import { countConfirmed, describeBookingSource, splitBookings } from './split-bookings.ts';

type Tab = 'upcoming' | 'past';

export function BookingsScreen() {
  const { session } = useAppContext();
  const { db, sync, profile } = session;
  const bookings = useCollectionDocs(db, 'bookings');
  const links = useCollectionDocs(db, 'links');
  const unsyncedIds = useUnsyncedIds(sync, 'bookings');
  const now = useMinuteClock();
  const [tab, setTab] = useState<Tab>('upcoming');
  const [canceling, setCanceling] = useState<BookingDoc | null>(null);
  const [detailsId, setDetailsId] = useState<string | null>(null);
  const [moving, setMoving] = useState<BookingDoc | null>(null);
  const server = useMemo(() => ({ serverUrl: session.serverUrl, token: session.token }), [session.serverUrl, session.token]);
  const bookingsById = useMemo(() => new Map(bookings.docs.map((b) => [b.id, b])), [bookings.docs]);

  const { upcoming, past } = useMemo(() => splitBookings(bookings.docs, now), [bookings.docs, now]);
  const linksById = useMemo(() => new Map(links.docs.map((l) => [l.id, l])), [links.docs]);
  const shown = tab === 'upcoming' ? upcoming : past;
  // By id, so the drawer follows the live document (an invitee's cancel shows while it is open).
  const details = detailsId === null ? null : (bookings.docs.find((booking) => booking.id === detailsId) ?? null);
  const sourceOf = (booking: BookingDoc) => describeBookingSource(booking.linkId, linksById);

  const cancel = async (booking: BookingDoc, reason: string) => {
    const doc = await db.bookings.findOne(booking.id).exec();
    if (!doc) throw new Error('The booking no longer exists.');
    if (doc.status === 'canceled') return;
    await doc.incrementalPatch({ status: 'canceled', cancelReason: reason });
    const done = cancelDoneMessage(booking, profile.timezone);
    showDone(done.message, done.title);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={2}>Bookings</Title>
        <SegmentedControl
          aria-label="Show"
          value={tab}
          onChange={(value) => setTab(value as Tab)}
          data={[
            { value: 'upcoming', label: `Upcoming (${countConfirmed(upcoming)})` },
            { value: 'past', label: `Past (${past.length})` },
          ]}
        />
      </Group>
      <Text size="sm" c="dimmed">
        Times in {profile.timezone}.
      </Text>
      {!bookings.loaded ? (
        <Center h={200}>
          <Loader />
        </Center>
      ) : shown.length === 0 ? (
        <Paper withBorder radius="md" p="xl">
          <Text ta="center" c="dimmed">
            {tab === 'upcoming' ? 'No upcoming bookings. Send a single-use link and they show up here the moment someone books.' : 'No past bookings yet.'}
          </Text>
        </Paper>
      ) : (
        <Paper withBorder radius="md">
          <BookingTable
            bookings={shown}
            timezone={profile.timezone}
            now={now}
            unsyncedIds={unsyncedIds}
            sourceOf={sourceOf}
            onCancel={tab === 'upcoming' ? setCanceling : undefined}
            onOpenDetails={(booking) => setDetailsId(booking.id)}
            rescheduleNoteOf={(booking) => {
              const from = booking.rescheduledFromId ? bookingsById.get(booking.rescheduledFromId) : undefined;
              if (from) return `Rescheduled from ${formatDateTime(from.start, profile.timezone, now)}`;
              const to = booking.rescheduledToId ? bookingsById.get(booking.rescheduledToId) : undefined;
              return to ? `Moved to ${formatDateTime(to.start, profile.timezone, now)}` : null;
            }}
          />
        </Paper>
      )}
      <BookingDetailsDrawer
        booking={details}
        timezone={profile.timezone}
        sourceOf={sourceOf}
        onClose={() => setDetailsId(null)}
        chain={details ? rescheduleChain(details, bookingsById) : undefined}
        onReschedule={
          details && Date.parse(details.start) > now.getTime()
            ? (booking) => {
                setDetailsId(null);
                setMoving(booking);
              }
            : undefined
        }
        onCancel={
          details && Date.parse(details.end) > now.getTime()
            ? (booking) => {
                // One dialog at a time: the cancel dialog takes the focus the drawer held.
                setDetailsId(null);
                setCanceling(booking);
              }
            : undefined
        }
      />
      <RescheduleBookingDialog
        booking={moving}
        timezone={profile.timezone}
        server={server}
        onClose={() => setMoving(null)}
        // The moved booking arrives by replication; its drawer opens as soon as it is here.
        onDone={(moved) => {
          showDone(`Moved to ${formatDateTime(moved.start, profile.timezone)}. The invitee is told.`, 'Booking rescheduled');
          setDetailsId(moved.id);
        }}
      />
      <CancelBookingDialog booking={canceling} timezone={profile.timezone} onConfirm={cancel} onClose={() => setCanceling(null)} />
    </Stack>
  );
}
