// Runs in tests (jsdom). "Open booking page" on an event type hands its standard link over for
// a preview, and is offered only while the standard link is open.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeEventType } from '../../../core/testing/index.ts';
import { renderWithProviders } from '../testing/render-with-providers.tsx';
import { EventTypeList } from './event-type-list.tsx';

function renderWithPreview(eventType = makeEventType({ name: 'Intro call' })) {
  const onOpenStandardLink = vi.fn();
  renderWithProviders(
    <EventTypeList
      eventTypes={[eventType]}
      standardLinkUrl={(e) => `https://book.example.com/e/ada/${e.slug}`}
      onCreate={vi.fn()}
      onCreateLink={vi.fn()}
      onEdit={vi.fn()}
      onDuplicate={vi.fn()}
      onSetArchived={vi.fn()}
      onCopyStandardLink={vi.fn()}
      onOpenStandardLink={onOpenStandardLink}
    />,
  );
  return onOpenStandardLink;
}

describe('event type preview', () => {
  it('opens the standard link from the card menu', async () => {
    const user = userEvent.setup();
    const onOpen = renderWithPreview();
    await user.click(screen.getByRole('button', { name: 'More actions for Intro call' }));
    await user.click(screen.getByRole('menuitem', { name: 'Open booking page' }));
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ name: 'Intro call' }), 'https://book.example.com/e/ada/intro-call');
  });

  it('is disabled while the standard link is closed', async () => {
    const user = userEvent.setup();
    const onOpen = renderWithPreview(makeEventType({ name: 'Private', publicBooking: false }));
    await user.click(screen.getByRole('button', { name: 'More actions for Private' }));
    expect(screen.getByRole('menuitem', { name: 'Open booking page' })).toBeDisabled();
    expect(onOpen).not.toHaveBeenCalled();
  });
});
