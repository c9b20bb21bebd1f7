// test (dom): cancelling a booking asks for a reason and hands it over trimmed; a failure keeps
// the dialog open with the message.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeBooking } from '../../../core/testing/fixtures.ts';
import { renderWithProviders } from '../testing/render-with-providers.tsx';
import { CancelBookingDialog } from './cancel-booking-dialog.tsx';

describe('CancelBookingDialog', () => {
  it('passes the reason on confirm and closes', async () => {
    const booking = makeBooking();
    const confirmed: string[] = [];
    let closed = 0;
    renderWithProviders(
      <CancelBookingDialog booking={booking} timezone="Europe/Berlin" onConfirm={(_b, reason) => { confirmed.push(reason); }} onClose={() => { closed += 1; }} />,
    );
    expect(screen.getByText(/Ada Lovelace on Tue, Mar 3, (2026, )?10:00/)).toBeInTheDocument();
    // The host's own time comes free; the invitee is the one told.
    expect(screen.getByText(/Your time becomes open for booking again\. Ada Lovelace's booking page will show it canceled, with your reason\./)).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/Reason/), '  Ill, sorry.  ');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel booking' }));
    expect(confirmed).toEqual(['Ill, sorry.']);
    expect(closed).toBe(1);
  });

  it('keeps the dialog open with the error when cancelling fails', async () => {
    let closed = 0;
    renderWithProviders(
      <CancelBookingDialog booking={makeBooking()} timezone="UTC" onConfirm={() => { throw new Error('The booking no longer exists.'); }} onClose={() => { closed += 1; }} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Cancel booking' }));
    expect(await screen.findByText('The booking no longer exists.')).toBeInTheDocument();
    expect(closed).toBe(0);
  });
});
