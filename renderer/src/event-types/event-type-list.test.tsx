// Runs in tests (jsdom). The event type list: cards with their facts and actions, the archive
// view, and the empty state.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { EventTypeDoc } from '../../../core/schemas/index.ts';
import { makeEventType } from '../../../core/testing/index.ts';
import { renderWithProviders } from '../testing/render-with-providers.tsx';
import { EventTypeList, type EventTypeListProps } from './event-type-list.tsx';

function renderList(eventTypes: EventTypeDoc[], extra: Partial<EventTypeListProps> = {}) {
  const handlers = {
    onCreate: vi.fn(),
    onCreateLink: vi.fn(),
    onEdit: vi.fn(),
    onDuplicate: vi.fn(),
    onSetArchived: vi.fn(),
    onCopyStandardLink: vi.fn(async () => {}),
  };
  renderWithProviders(
    <EventTypeList eventTypes={eventTypes} standardLinkUrl={(e) => `https://book.example.com/e/ada/${e.slug}`} {...handlers} {...extra} />,
  );
  return handlers;
}

describe('EventTypeList', () => {
  it('invites creating the first event type when there is none', async () => {
    const user = userEvent.setup();
    const { onCreate } = renderList([]);
    expect(screen.getByText('Create your first event type')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New event type' }));
    expect(onCreate).toHaveBeenCalledTimes(1);
  });

  it('shows name, duration, location and standard link status of each event type', () => {
    renderList([
      makeEventType({ name: 'Intro call' }),
      makeEventType({ name: 'Deep dive', slug: 'deep-dive', durationMinutes: 90, publicBooking: false, location: { kind: 'in_person', details: 'Main St 1' } }),
    ]);
    const intro = screen.getByRole('article', { name: 'Intro call' });
    expect(within(intro).getByText('30 min · Video call · https://meet.example.com/intro')).toBeInTheDocument();
    expect(within(intro).getByText('Standard link open')).toBeInTheDocument();
    expect(within(intro).getByText('https://book.example.com/e/ada/intro-call')).toBeInTheDocument();

    const deep = screen.getByRole('article', { name: 'Deep dive' });
    expect(within(deep).getByText('1 h 30 min · In person · Main St 1')).toBeInTheDocument();
    expect(within(deep).getByText('Single-use links only')).toBeInTheDocument();
    expect(within(deep).getByRole('button', { name: 'Copy link: the standard link of Deep dive' })).toBeDisabled();
  });

  it('hands each action the event type it belongs to', async () => {
    const user = userEvent.setup();
    const intro = makeEventType({ name: 'Intro call' });
    const handlers = renderList([intro], { unsyncedIds: new Set([intro.id]) });
    expect(screen.getByText('Not yet synced')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '1x: create a single-use link for Intro call' }));
    expect(handlers.onCreateLink).toHaveBeenCalledWith(intro);

    await user.click(screen.getByRole('button', { name: 'Copy link: the standard link of Intro call' }));
    expect(handlers.onCopyStandardLink).toHaveBeenCalledWith(intro, 'https://book.example.com/e/ada/intro-call');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Copied: the standard link of Intro call' })).toHaveTextContent('Copied'));

    await user.click(screen.getByRole('button', { name: 'Edit' }));
    expect(handlers.onEdit).toHaveBeenCalledWith(intro);

    await user.click(screen.getByRole('button', { name: 'More actions for Intro call' }));
    await user.click(screen.getByRole('menuitem', { name: 'Duplicate' }));
    expect(handlers.onDuplicate).toHaveBeenCalledWith(intro);

    await user.click(screen.getByRole('button', { name: 'More actions for Intro call' }));
    await user.click(screen.getByRole('menuitem', { name: 'Archive' }));
    expect(handlers.onSetArchived).toHaveBeenCalledWith(intro, true);
  });

  it('lists archived event types apart, with unarchive', async () => {
    const user = userEvent.setup();
    const old = makeEventType({ name: 'Old call', slug: 'old-call', archived: true });
    const handlers = renderList([makeEventType({ name: 'Intro call' }), old]);
    expect(screen.queryByRole('article', { name: 'Old call' })).not.toBeInTheDocument();
    await user.click(screen.getByText('Archived (1)'));
    const card = screen.getByRole('article', { name: 'Old call' });
    expect(within(card).queryByRole('button', { name: /1x/ })).not.toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Unarchive' }));
    expect(handlers.onSetArchived).toHaveBeenCalledWith(old, false);
  });
});
