// Runs in tests (jsdom). The "1x" form: defaults from the event type, overrides only for what
// changed, errors at their fields, the expiry as the end of a day in the host's zone, and the
// edit form that keeps a link's overrides.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FIXTURE_NOW, makeEventType, makeLink } from '../../../core/testing/index.ts';
import { validateLink } from '../../../core/validation/index.ts';
import { renderWithProviders } from '../testing/render-with-providers.tsx';
import { buildNewLink, type LinkFields } from './build-new-link.ts';
import { CreateLinkForm } from './create-link-form.tsx';
import { EditLinkForm, type LinkEditFields } from './edit-link-form.tsx';

const NOW = () => new Date(FIXTURE_NOW);
const TZ = 'Europe/Berlin';
const create = () => screen.getByRole('button', { name: 'Create & Copy Link' });

function renderCreate(eventType = makeEventType()) {
  const onCreate = vi.fn<(fields: LinkFields) => void>();
  renderWithProviders(<CreateLinkForm eventType={eventType} hostTimezone={TZ} onCreate={onCreate} now={NOW} />);
  return { onCreate, eventType };
}

beforeEach(() => localStorage.clear());

describe('CreateLinkForm', () => {
  it('starts from the event type with one use and creates a link without overrides', async () => {
    const user = userEvent.setup();
    const { onCreate, eventType } = renderCreate();
    expect(screen.getByRole('textbox', { name: /^Uses/ })).toHaveValue('1');
    expect(screen.getByRole('textbox', { name: /^Duration/ })).toHaveValue('30 min');
    expect(screen.getByRole('textbox', { name: /^Meeting name/ })).toHaveValue('Intro call');
    expect(screen.getByRole('switch', { name: /Use different availability/ })).not.toBeChecked();

    await user.click(create());
    expect(onCreate).toHaveBeenCalledWith({
      eventTypeId: eventType.id,
      maxUses: 1,
      expiresAt: null,
      overrides: {},
      contact: { name: '', email: '' },
      note: '',
    });
    expect(validateLink(buildNewLink(onCreate.mock.calls[0]![0], NOW())).ok).toBe(true);
  });

  it('returns overrides only for the details that changed', async () => {
    const user = userEvent.setup();
    const { onCreate } = renderCreate();
    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'Ada Lovelace');
    await user.type(screen.getByRole('textbox', { name: /^Email/ }), ' ada@example.com ');
    const duration = screen.getByRole('textbox', { name: /^Duration/ });
    await user.clear(duration);
    await user.type(duration, '60');
    await user.click(screen.getByRole('switch', { name: /Use different availability/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Saturday' }));
    await user.type(screen.getByRole('textbox', { name: /^Note/ }), 'Met at the conference');
    await user.click(create());

    expect(onCreate).toHaveBeenCalledTimes(1);
    const fields = onCreate.mock.calls[0]![0];
    expect(fields.contact).toEqual({ name: 'Ada Lovelace', email: 'ada@example.com' });
    expect(fields.note).toBe('Met at the conference');
    expect(Object.keys(fields.overrides).sort()).toEqual(['availability', 'durationMinutes']);
    expect(fields.overrides.durationMinutes).toBe(60);
    expect(fields.overrides.availability?.weekly.sat).toEqual([{ start: '09:00', end: '17:00' }]);
    expect(fields.overrides.availability?.weekly.mon).toEqual([{ start: '09:00', end: '17:00' }]);
    // Created: the draft is gone and the form starts afresh.
    await waitFor(() => expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveValue(''));
    expect(screen.getByRole('textbox', { name: /^Duration/ })).toHaveValue('30 min');
  });

  it('leaves availability alone when the custom availability is switched on but not changed', async () => {
    const user = userEvent.setup();
    const { onCreate } = renderCreate();
    await user.click(screen.getByRole('switch', { name: /Use different availability/ }));
    await user.click(create());
    expect(onCreate.mock.calls[0]![0].overrides).toEqual({});
  });

  it('names the field at fault and creates nothing', async () => {
    const user = userEvent.setup();
    const { onCreate } = renderCreate();
    await user.type(screen.getByRole('textbox', { name: /^Email/ }), 'not-an-email');
    await user.clear(screen.getByRole('textbox', { name: /^Uses/ }));
    await user.click(create());
    expect(onCreate).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: /^Email/ })).toHaveAccessibleDescription('Must be an email address like name@example.com');
    expect(screen.getByRole('textbox', { name: /^Uses/ })).toHaveAccessibleDescription(/Must be a whole number/);
  });

  it('expires at the end of the chosen day in the host zone', async () => {
    const user = userEvent.setup();
    const { onCreate } = renderCreate();
    await user.click(screen.getByRole('button', { name: /^Expires after/ }));
    await user.click(screen.getByRole('button', { name: '10 March 2026' }));
    await user.click(create());
    expect(onCreate.mock.calls[0]![0].expiresAt).toBe('2026-03-10T23:00:00.000Z');
  });

  it('keeps a half-filled form for the next time', async () => {
    const user = userEvent.setup();
    const eventType = makeEventType();
    const first = renderWithProviders(<CreateLinkForm eventType={eventType} hostTimezone={TZ} onCreate={vi.fn()} now={NOW} />);
    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'Grace');
    first.unmount();
    renderWithProviders(<CreateLinkForm eventType={eventType} hostTimezone={TZ} onCreate={vi.fn()} now={NOW} />);
    expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveValue('Grace');
    expect(screen.getByText('Unsaved changes restored')).toBeInTheDocument();
  });
});

describe('EditLinkForm', () => {
  it('starts from the link, keeps its overrides and returns the editable fields', async () => {
    const user = userEvent.setup();
    const eventType = makeEventType();
    const link = makeLink({
      eventTypeId: eventType.id,
      contact: { name: 'Ada', email: 'ada@example.com' },
      overrides: { durationMinutes: 30, name: 'VIP call' },
      expiresAt: '2026-03-10T23:00:00.000Z',
    });
    const onSave = vi.fn<(fields: LinkEditFields) => void>();
    renderWithProviders(<EditLinkForm link={link} eventType={eventType} hostTimezone={TZ} onSave={onSave} now={NOW} />);
    expect(screen.getByRole('textbox', { name: /^Meeting name/ })).toHaveValue('VIP call');
    expect(screen.getByRole('button', { name: /^Expires after/ })).toHaveTextContent('Tue, Mar 10, 2026');
    await user.type(screen.getByRole('textbox', { name: /^Note/ }), 'Moved to Tuesday');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSave).toHaveBeenCalledWith({
      maxUses: 1,
      expiresAt: '2026-03-10T23:00:00.000Z',
      overrides: { durationMinutes: 30, name: 'VIP call' },
      contact: { name: 'Ada', email: 'ada@example.com' },
      note: 'Moved to Tuesday',
    });
  });

  it('refuses to save a link that was booked meanwhile', () => {
    const eventType = makeEventType();
    const link = makeLink({ eventTypeId: eventType.id, useCount: 1 });
    renderWithProviders(<EditLinkForm link={link} eventType={eventType} hostTimezone={TZ} onSave={vi.fn()} now={NOW} />);
    expect(screen.getByText('This link can no longer change')).toBeInTheDocument();
    expect(within(screen.getByRole('form', { name: 'Edit link details' })).getByRole('button', { name: 'Save changes' })).toBeDisabled();
  });
});
