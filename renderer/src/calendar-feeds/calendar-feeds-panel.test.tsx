// Runs in tests (jsdom). The Calendars panel over a real RxDB database (memory storage): adding a
// feed, refusing an address that is not http(s), showing the server's report as it arrives
// (replication writes it into the same collection), switching a feed off and deleting it.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppDatabase } from '../db/create-database.ts';
import type { AppDatabase } from '../db/app-database-types.ts';
import { uniqueDatabaseName } from '../db/testing/unique-database-name.ts';
import { renderWithProviders } from '../testing/render-with-providers.tsx';
import { CalendarFeedsList } from './calendar-feeds-panel.tsx';

describe('CalendarFeedsList', () => {
  let db: AppDatabase;
  beforeEach(async () => {
    db = await createAppDatabase({ name: uniqueDatabaseName('feeds'), storage: getRxStorageMemory() });
  });
  afterEach(async () => {
    await db.remove();
  });

  it('adds a feed, shows the server\'s report live, switches it off and deletes it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CalendarFeedsList db={db} />);
    expect(await screen.findByText('No calendars yet.')).toBeInTheDocument();

    await user.type(screen.getByLabelText(/iCal address/), 'ftp://example.org/cal.ics');
    await user.click(screen.getByRole('button', { name: 'Add calendar' }));
    expect(await screen.findByText('The address must be an http:// or https:// address')).toBeInTheDocument();
    expect(await db.calendar_feeds.count().exec()).toBe(0);

    await user.clear(screen.getByLabelText(/iCal address/));
    await user.type(screen.getByLabelText('Name'), 'Work');
    await user.type(screen.getByLabelText(/iCal address/), 'webcal://calendar.example.org/private/abc.ics');
    await user.click(screen.getByRole('button', { name: 'Add calendar' }));
    await waitFor(async () => expect(await db.calendar_feeds.count().exec()).toBe(1));
    const [stored] = await db.calendar_feeds.find().exec();
    expect(stored!.toJSON()).toMatchObject({ name: 'Work', url: 'https://calendar.example.org/private/abc.ics', enabled: true });
    expect(await screen.findByText('Waiting for the server to fetch it…')).toBeInTheDocument();

    // The server's report, as a pull would bring it.
    await stored!.incrementalPatch({ lastFetchedAt: '2026-12-02T10:00:00.000Z', busyCount: 12, lastError: 'the server answered 404' });
    expect(await screen.findByTestId('calendar-feed-error')).toHaveTextContent('the server answered 404');
    expect(screen.getByTestId('calendar-feed-state')).toHaveTextContent(/12 busy times \(still used\)/);

    await user.click(screen.getByRole('switch'));
    await waitFor(async () => expect((await db.calendar_feeds.findOne(stored!.id).exec())!.enabled).toBe(false));
    expect(await screen.findByText(/^Off: its busy times do not block slots/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect(await db.calendar_feeds.count().exec()).toBe(0));
    expect(await screen.findByText('No calendars yet.')).toBeInTheDocument();
  });
});
