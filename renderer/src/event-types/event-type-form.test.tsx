// Runs in tests (jsdom). The event type form: errors next to their fields, nothing saved when the
// input is bad, the slug following the name, and a draft that survives closing the form.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { EventTypeDoc } from '../../../core/schemas/index.ts';
import { makeEventType } from '../../../core/testing/index.ts';
import { validateEventType } from '../../../core/validation/index.ts';
import { draftKey } from '../forms/draft-storage.ts';
import { renderWithProviders } from '../testing/render-with-providers.tsx';
import { EventTypeForm, type EventTypeFormProps } from './event-type-form.tsx';
import { newEventType } from './new-event-type.ts';

const NOW = () => new Date('2026-03-02T08:00:00.000Z');

function renderForm(props: Partial<EventTypeFormProps> & { eventType: EventTypeDoc }) {
  const onSave = vi.fn<(doc: EventTypeDoc) => void>();
  const view = renderWithProviders(<EventTypeForm onSave={onSave} now={NOW} {...props} />);
  return { onSave, ...view };
}

const nameInput = () => screen.getByRole('textbox', { name: /^Name/ });
const slugInput = () => screen.getByRole('textbox', { name: /^Slug/ });

// A state update React saw outside act() means a test asserted before the form settled (or
// wrapped user-event, which already acts, in act() again): either warning fails the test.
const ACT_WARNING = /not wrapped in act|not configured to support act/;
let consoleError: MockInstance<typeof console.error>;

beforeEach(() => {
  localStorage.clear();
  consoleError = vi.spyOn(console, 'error');
});

afterEach(() => {
  const warnings = consoleError.mock.calls.map((args) => args.map(String).join(' ')).filter((text) => ACT_WARNING.test(text));
  consoleError.mockRestore();
  expect(warnings).toEqual([]);
});

describe('EventTypeForm', () => {
  it('names the field at fault and does not save bad input', async () => {
    const user = userEvent.setup();
    const { onSave } = renderForm({ eventType: newEventType({ timezone: 'Europe/Berlin', now: NOW() }), isNew: true });
    await user.click(screen.getByRole('button', { name: 'Create event type' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(nameInput()).toHaveAccessibleDescription('Must not be blank');
    expect(nameInput()).toHaveAttribute('aria-invalid', 'true');
    expect(nameInput()).toHaveFocus();
    expect(screen.getByText('2 fields need attention')).toBeInTheDocument();

    // The message follows the input: fixing the name removes it.
    await user.type(nameInput(), 'Intro call');
    expect(nameInput()).not.toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Create event type' }));
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('derives the slug from the name until the slug is edited by hand', async () => {
    const user = userEvent.setup();
    renderForm({ eventType: newEventType({ timezone: 'Europe/Berlin', now: NOW() }), isNew: true, standardLinkBase: 'https://book.example.com/e/ada/' });
    await user.type(nameInput(), 'Café Chat');
    expect(slugInput()).toHaveValue('cafe-chat');
    expect(screen.getByText(/Standard link: https:\/\/book.example.com\/e\/ada\/cafe-chat/)).toBeInTheDocument();
    await user.clear(slugInput());
    await user.type(slugInput(), 'My Coffee');
    expect(slugInput()).toHaveValue('my-coffee');
    await user.type(nameInput(), ' 2');
    expect(slugInput()).toHaveValue('my-coffee');
  });

  it('saves meeting limits and the reminder; an emptied limit is no limit', async () => {
    const user = userEvent.setup();
    const { onSave } = renderForm({ eventType: makeEventType({ maxBookingsPerWeek: 10 }) });
    const perDay = screen.getByRole('textbox', { name: /^Limit bookings per day/ });
    const perWeek = screen.getByRole('textbox', { name: /^Limit bookings per week/ });
    expect(perDay).toHaveValue('');
    expect(perDay).toHaveAttribute('placeholder', 'No limit');
    expect(perWeek).toHaveValue('10 a week');
    await user.type(perDay, '3');
    await user.clear(perWeek);
    await user.click(screen.getAllByLabelText(/^Reminder email/)[0]!);
    await user.click(await screen.findByRole('option', { name: '24 hours before' }));
    await user.click(screen.getByRole('button', { name: /^Save/ }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    const saved = onSave.mock.calls[0]![0];
    expect(saved).toMatchObject({ maxBookingsPerDay: 3, maxBookingsPerWeek: null, reminderMinutes: 1440 });
    expect(validateEventType(saved).ok).toBe(true);
  });

  it('offers no day limit below one: a 0 becomes 1 when the input is left', async () => {
    const user = userEvent.setup();
    const { onSave } = renderForm({ eventType: makeEventType() });
    await user.type(screen.getByRole('textbox', { name: /^Limit bookings per day/ }), '0');
    await user.click(screen.getByRole('button', { name: /^Save/ }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0].maxBookingsPerDay).toBe(1);
  });

  it('keeps the slug of an existing event type when its name changes', async () => {
    const user = userEvent.setup();
    renderForm({ eventType: makeEventType() });
    await user.type(nameInput(), ' (long)');
    expect(slugInput()).toHaveValue('intro-call');
  });

  it('saves a valid document and drops the draft', async () => {
    const user = userEvent.setup();
    const eventType = makeEventType();
    const { onSave } = renderForm({ eventType });
    await user.clear(nameInput());
    await user.type(nameInput(), 'Deep dive');
    await user.click(screen.getByRole('switch', { name: /Standard link open to anyone/ }));
    expect(localStorage.getItem(draftKey('event-type', eventType.id))).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(onSave).toHaveBeenCalledTimes(1);
    const saved = onSave.mock.calls[0]![0];
    expect(validateEventType(saved).ok).toBe(true);
    expect(saved).toMatchObject({ id: eventType.id, name: 'Deep dive', slug: 'intro-call', publicBooking: false, createdAt: eventType.createdAt });
    expect(saved.updatedAt).toBe(NOW().toISOString());
    await waitFor(() => expect(localStorage.getItem(draftKey('event-type', eventType.id))).toBeNull());
  });

  it('keeps what was typed across unmount and remount until discarded', async () => {
    const user = userEvent.setup();
    const eventType = makeEventType();
    const first = renderForm({ eventType });
    await user.clear(nameInput());
    await user.type(nameInput(), 'Half-typed na');
    await user.clear(screen.getByRole('textbox', { name: /^Duration/ }));
    await user.type(screen.getByRole('textbox', { name: /^Duration/ }), '45');
    first.unmount();

    renderForm({ eventType });
    expect(nameInput()).toHaveValue('Half-typed na');
    expect(screen.getByRole('textbox', { name: /^Duration/ })).toHaveValue('45 min');
    expect(screen.getByText('Unsaved changes restored')).toBeInTheDocument();

    await user.click(screen.getAllByRole('button', { name: 'Discard changes' })[0]!);
    expect(nameInput()).toHaveValue('Intro call');
    expect(localStorage.getItem(draftKey('event-type', eventType.id))).toBeNull();
  });

  it('brings back a half-typed new event type in a form opened later for a new one', async () => {
    const user = userEvent.setup();
    const first = renderForm({ eventType: newEventType({ timezone: 'Europe/Berlin', now: NOW() }), isNew: true });
    await user.type(nameInput(), 'Office hours');
    first.unmount();
    const { onSave } = renderForm({ eventType: newEventType({ timezone: 'Europe/Berlin', now: NOW() }), isNew: true });
    expect(nameInput()).toHaveValue('Office hours');
    expect(slugInput()).toHaveValue('office-hours');
    await user.click(screen.getByRole('button', { name: 'Create event type' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ name: 'Office hours', slug: 'office-hours' }));
    await waitFor(() => expect(localStorage.getItem(draftKey('event-type', 'new'))).toBeNull());
  });

  it('ignores a stored draft of another shape', () => {
    const eventType = makeEventType();
    localStorage.setItem(draftKey('event-type', eventType.id), JSON.stringify({ v: 1, savedAt: NOW().toISOString(), value: { name: 3 } }));
    renderForm({ eventType });
    expect(nameInput()).toHaveValue('Intro call');
    expect(screen.queryByText('Unsaved changes restored')).not.toBeInTheDocument();
  });

  it('puts availability errors on the interval at fault', async () => {
    const user = userEvent.setup();
    const eventType = makeEventType();
    eventType.availability.weekly.mon = [{ start: '09:00', end: '12:00' }, { start: '11:00', end: '13:00' }];
    const { onSave } = renderForm({ eventType });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('combobox', { name: 'Monday: start of hours 2' })).toHaveAccessibleDescription('Overlaps the previous interval (09:00–12:00)');
    expect(screen.getByText('Each problem is shown next to its field.')).toBeInTheDocument();
  });

  it('refuses a slug another event type uses', async () => {
    const user = userEvent.setup();
    const { onSave } = renderForm({ eventType: makeEventType(), takenSlugs: ['intro-call'] });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(slugInput()).toHaveAccessibleDescription(/Is already used by another of your event types/);
  });

  it('keeps the draft and says so when saving fails', async () => {
    const user = userEvent.setup();
    const eventType = makeEventType();
    const onSave = vi.fn(async () => {
      throw new Error('The database is closed.');
    });
    renderWithProviders(<EventTypeForm eventType={eventType} onSave={onSave} now={NOW} />);
    await user.type(nameInput(), '!');
    // user-event already acts; the failed save settles later, so findBy waits for its message.
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/The database is closed\./)).toBeInTheDocument();
    expect(localStorage.getItem(draftKey('event-type', eventType.id))).not.toBeNull();
  });
});
