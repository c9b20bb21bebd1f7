// test (dom): the booking detail view shows what the host could not see before (notes, the
// invitee's zone and time there, the location, the link, the cancel) and keeps invitee text text.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeBooking } from '../../../core/testing/fixtures.ts';
import { renderWithProviders } from '../testing/render-with-providers.tsx';
import { BookingDetailsDrawer } from './booking-details-drawer.tsx';

const HOSTILE_NOTES = '<img src=x onerror="window.hacked=1">Agenda:\n1. Pricing';

describe('BookingDetailsDrawer', () => {
  it('shows invitee, both clocks, notes as text, location and source', async () => {
    const booking = makeBooking({
      invitee: { name: 'Ada Lovelace', email: 'ada@example.com', timezone: 'Asia/Tokyo', notes: HOSTILE_NOTES },
      location: { kind: 'in_person', details: 'Main Street 1' },
    });
    const canceled: string[] = [];
    const { container } = renderWithProviders(
      <BookingDetailsDrawer booking={booking} timezone="Europe/Berlin" sourceOf={() => 'Single-use link · Ada'} onClose={() => {}} onCancel={(b) => canceled.push(b.id)} />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Intro call with Ada Lovelace' });
    const view = within(dialog);
    expect(view.getByText('ada@example.com', { exact: false })).toBeInTheDocument();
    expect(view.getByText('Tue, Mar 3, 2026, 10:00 – 10:30')).toBeInTheDocument();
    expect(view.getByText('Asia/Tokyo')).toBeInTheDocument();
    expect(view.getByText('Tue, Mar 3, 2026, 18:00 – 18:30')).toBeInTheDocument();
    expect(view.getByText((_, node) => node?.tagName === 'DD' && node.textContent === HOSTILE_NOTES)).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(view.getByText((_, node) => node?.tagName === 'DD' && node.textContent === 'In person\nMain Street 1')).toBeInTheDocument();
    expect(view.getByText('Single-use link · Ada')).toBeInTheDocument();
    expect(view.getByText('Confirmed')).toBeInTheDocument();
    await userEvent.click(view.getByRole('button', { name: 'Cancel booking…' }));
    expect(canceled).toEqual([booking.id]);
  });

  it('shows the reschedule chain both ways and offers Reschedule on a confirmed booking', async () => {
    const first = makeBooking({ start: '2026-03-03T09:00:00.000Z' });
    const second = makeBooking({ start: '2026-03-04T09:00:00.000Z', rescheduledFromId: first.id });
    const moved = { ...first, status: 'canceled' as const, canceledBy: 'invitee' as const, canceledAt: '2026-03-02T08:00:00.000Z', cancelReason: 'rescheduled', rescheduledToId: second.id };
    const asked: string[] = [];
    const { unmount } = renderWithProviders(
      <BookingDetailsDrawer booking={second} timezone="Europe/Berlin" sourceOf={() => 'Standard link'} onClose={() => {}} onReschedule={(b) => asked.push(b.id)} chain={{ before: [moved], after: [] }} />,
    );
    expect(screen.getByText((_, node) => node?.tagName === 'DD' && node.textContent === 'Tue, Mar 3, 10:00')).toBeInTheDocument();
    expect(screen.getByText('Rescheduled from')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reschedule…' }));
    expect(asked).toEqual([second.id]);
    unmount();

    renderWithProviders(<BookingDetailsDrawer booking={moved} timezone="Europe/Berlin" sourceOf={() => 'Standard link'} onClose={() => {}} onReschedule={() => {}} chain={{ before: [], after: [second] }} />);
    expect(screen.getByText('Rescheduled to')).toBeInTheDocument();
    expect(screen.getByText((_, node) => node?.tagName === 'DD' && node.textContent === 'Wed, Mar 4, 10:00 (current)')).toBeInTheDocument();
    expect(screen.getByText((_, node) => node?.tagName === 'DD' && node.textContent === 'Moved to another time by the invitee on Mon, Mar 2, 2026, 09:00')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reschedule…' })).toBeNull();
  });

  it('says who canceled, when, and why, and offers no cancel', () => {
    const booking = makeBooking({ status: 'canceled', canceledBy: 'invitee', canceledAt: '2026-03-02T08:00:00.000Z', cancelReason: 'Ill, sorry.' });
    renderWithProviders(<BookingDetailsDrawer booking={booking} timezone="Europe/Berlin" sourceOf={() => 'Standard link'} onClose={() => {}} onCancel={() => {}} />);
    expect(screen.getByText('Canceled')).toBeInTheDocument();
    expect(screen.getByText((_, node) => node?.tagName === 'DD' && node.textContent === 'Canceled by the invitee on Mon, Mar 2, 2026, 09:00\nReason: Ill, sorry.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel booking…' })).toBeNull();
  });
});
