// Runs in tests (jsdom). The "Single-use links" list: statuses, what a link changes and its URL,
// search and filters, sorting, the row actions, selecting and revoking several links, the card
// layout, and virtualization (10,000 links, a few dozen rows in the DOM).
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LinkDoc } from '../../../core/schemas/index.ts';
import { FIXTURE_NOW, makeBooking, makeEventType, makeLink } from '../../../core/testing/index.ts';
import { renderWithProviders } from '../testing/render-with-providers.tsx';
import { LinkList, type LinkListProps } from './link-list.tsx';
import { LINK_ROW_HEIGHTS } from './link-table-layout.ts';

// jsdom lays nothing out; the virtualizer reads the viewport's height from clientHeight.
const VIEWPORT = 600;
let restoreClientHeight: () => void = () => {};
beforeAll(() => {
  const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => VIEWPORT });
  restoreClientHeight = () => {
    if (original) Object.defineProperty(HTMLElement.prototype, 'clientHeight', original);
  };
});
afterAll(() => restoreClientHeight());

const NOW = new Date(FIXTURE_NOW);
const intro = makeEventType({ name: 'Intro call' });
const demo = makeEventType({ name: 'Product demo', slug: 'demo', durationMinutes: 45 });

function renderList(links: LinkDoc[], extra: Partial<LinkListProps> = {}) {
  const handlers = {
    onCopy: vi.fn(async () => {}),
    onEdit: vi.fn(),
    onShare: vi.fn(),
    onRevoke: vi.fn(async () => {}),
    onOpen: vi.fn(),
  };
  renderWithProviders(
    <LinkList
      links={links}
      eventTypes={[intro, demo]}
      bookings={[]}
      unsyncedIds={new Set()}
      hostTimezone="Europe/Berlin"
      hostName="Grace Hopper"
      now={NOW}
      linkUrl={(link) => `https://book.example.com/l/${link.token}`}
      {...handlers}
      {...extra}
    />,
  );
  return handlers;
}

const bodyRows = () => screen.getAllByRole('row').filter((row) => row.hasAttribute('data-link-id'));
const headerOf = (name: string) => screen.getByRole('button', { name }).closest('[role="columnheader"]');
const rowOf = (text: string) => {
  const row = bodyRows().find((r) => within(r).queryByText(text));
  if (!row) throw new Error(`no row shows ${text}`);
  return row;
};

describe('LinkList', () => {
  const ada = makeLink({ eventTypeId: intro.id, contact: { name: 'Ada Lovelace', email: 'ada@example.com' }, useCount: 1, createdAt: '2026-03-01T10:00:00.000Z' });
  const grace = makeLink({ eventTypeId: demo.id, contact: { name: 'Grace', email: 'grace@navy.example' }, note: 'Conference follow-up', createdAt: '2026-03-02T07:00:00.000Z' });
  const old = makeLink({ eventTypeId: intro.id, contact: { name: 'Old Contact', email: '' }, expiresAt: '2026-02-20T23:00:00.000Z', createdAt: '2026-02-01T10:00:00.000Z' });
  const revoked = makeLink({ eventTypeId: demo.id, contact: { name: 'Revoked Person', email: '' }, revokedAt: '2026-02-25T10:00:00.000Z', createdAt: '2026-02-02T10:00:00.000Z' });
  const links = [ada, grace, old, revoked];
  const bookings = [makeBooking({ linkId: ada.id, eventTypeId: intro.id })];

  it('shows event type, contact, created date and status of each link', () => {
    renderList(links, { bookings, unsyncedIds: new Set([grace.id]) });
    expect(screen.getByText('4 links')).toBeInTheDocument();
    const adaRow = rowOf('Ada Lovelace');
    expect(within(adaRow).getByText('Intro call')).toBeInTheDocument();
    expect(within(adaRow).getByText('Sun, Mar 1, 2026')).toBeInTheDocument();
    expect(within(adaRow).getByText('Booked by Ada Lovelace at Tue, Mar 3, 10:00')).toBeInTheDocument();

    const graceRow = rowOf('Grace');
    expect(within(graceRow).getByText('Product demo')).toBeInTheDocument();
    expect(within(graceRow).getByText('grace@navy.example · Conference follow-up')).toBeInTheDocument();
    expect(within(graceRow).getByText('Unused')).toBeInTheDocument();
    expect(within(graceRow).getByText('Not yet synced')).toBeInTheDocument();

    expect(within(rowOf('Old Contact')).getByText('Expired after Fri, Feb 20, 2026')).toBeInTheDocument();
    expect(within(rowOf('Revoked Person')).getByText('Revoked Wed, Feb 25, 2026')).toBeInTheDocument();
    // Newest first.
    expect(bodyRows().map((r) => r.getAttribute('data-link-id'))).toEqual([grace.id, ada.id, revoked.id, old.id]);
  });

  it('searches contact and note, and filters by status and event type', async () => {
    const user = userEvent.setup();
    renderList(links, { bookings, unsyncedIds: new Set([grace.id]) });
    const search = screen.getByRole('textbox', { name: 'Search links' });
    await user.type(search, 'conference');
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    expect(rowOf('Grace')).toBeInTheDocument();
    expect(screen.getByText('1 of 4 links')).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, 'ADA@');
    await waitFor(() => expect(bodyRows().map((r) => r.getAttribute('data-link-id'))).toEqual([ada.id]));
    await user.clear(search);

    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(screen.getByRole('option', { name: 'Expired' }));
    await waitFor(() => expect(bodyRows().map((r) => r.getAttribute('data-link-id'))).toEqual([old.id]));
    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(screen.getByRole('option', { name: 'Not yet synced' }));
    await waitFor(() => expect(bodyRows().map((r) => r.getAttribute('data-link-id'))).toEqual([grace.id]));
    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(screen.getByRole('option', { name: 'All statuses' }));

    await user.click(screen.getByRole('combobox', { name: 'Event type' }));
    await user.click(screen.getByRole('option', { name: 'Product demo' }));
    await waitFor(() => expect(bodyRows().map((r) => r.getAttribute('data-link-id'))).toEqual([grace.id, revoked.id]));

    await user.type(search, 'nobody matches this');
    await user.click(await screen.findByRole('button', { name: 'Clear search and filters' }));
    await waitFor(() => expect(bodyRows()).toHaveLength(4));
  });

  it('copies, shares by email with a ready mailto, edits only unused links and revokes after confirming', async () => {
    const user = userEvent.setup();
    const handlers = renderList(links, { bookings });
    await user.click(screen.getByRole('button', { name: 'Copy link for Grace' }));
    expect(handlers.onCopy).toHaveBeenCalledWith(grace, `https://book.example.com/l/${grace.token}`);

    await user.click(screen.getByRole('button', { name: 'Share link for Grace by email' }));
    const [sharedLink, mailto] = handlers.onShare.mock.calls[0]! as [LinkDoc, string];
    expect(sharedLink).toBe(grace);
    expect(mailto.startsWith('mailto:grace@navy.example?subject=Book%20a%20time%3A%20Product%20demo&body=')).toBe(true);
    expect(decodeURIComponent(mailto)).toContain(`https://book.example.com/l/${grace.token}`);

    await user.click(screen.getByRole('button', { name: 'More actions for Ada Lovelace' }));
    expect(screen.getByRole('menuitem', { name: 'Edit details' })).toBeDisabled();
    expect(screen.getByRole('menuitem', { name: 'Revoke…' })).toBeDisabled();
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'More actions for Grace' }));
    await user.click(screen.getByRole('menuitem', { name: 'Edit details' }));
    expect(handlers.onEdit).toHaveBeenCalledWith(grace);

    await user.click(screen.getByRole('button', { name: 'More actions for Grace' }));
    await user.click(screen.getByRole('menuitem', { name: 'Open booking page' }));
    expect(handlers.onOpen).toHaveBeenCalledWith(grace, `https://book.example.com/l/${grace.token}`);

    await user.click(screen.getByRole('button', { name: 'More actions for Grace' }));
    await user.click(screen.getByRole('menuitem', { name: 'Revoke…' }));
    const dialog = screen.getByRole('dialog', { name: 'Revoke this link?' });
    expect(within(dialog).getByText(/Grace will no longer be able to book with it/)).toBeInTheDocument();
    expect(handlers.onRevoke).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Revoke link' }));
    expect(handlers.onRevoke).toHaveBeenCalledWith([grace]);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Revoke this link?' })).not.toBeInTheDocument());
  });

  it('shows each link’s URL, and what it changes from its event type', () => {
    const tailored = makeLink({
      eventTypeId: demo.id,
      contact: { name: 'Tailored', email: '' },
      maxUses: 3,
      overrides: { durationMinutes: 60, location: { kind: 'phone', details: '+49 30 1234567' } },
    });
    renderList([grace, tailored]);
    expect(within(rowOf('Grace')).getByTestId('link-url')).toHaveTextContent(`https://book.example.com/l/${grace.token}`);
    expect(within(rowOf('Grace')).getByTestId('link-summary')).toHaveTextContent(/^45 min$/);
    const summary = within(rowOf('Tailored')).getByTestId('link-summary');
    expect(summary).toHaveTextContent('1 h · Phone call · 3 uses');
    expect(summary).toHaveAttribute('title', '1 h instead of 45 min; Phone call · +49 30 1234567 instead of Video call · https://meet.example.com/intro; Can be booked 3 times');
  });

  it('search also finds links by their event type’s name', async () => {
    const user = userEvent.setup();
    renderList(links, { bookings });
    await user.type(screen.getByRole('textbox', { name: 'Search links' }), 'product');
    await waitFor(() => expect(bodyRows().map((r) => r.getAttribute('data-link-id'))).toEqual([grace.id, revoked.id]));
  });

  it('sorts by a column when its title is pressed, and the other way when pressed again', async () => {
    const user = userEvent.setup();
    renderList(links, { bookings });
    const order = () => bodyRows().map((r) => r.getAttribute('data-link-id'));
    await user.click(screen.getByRole('button', { name: 'Sort by contact' }));
    await waitFor(() => expect(order()).toEqual([ada.id, grace.id, old.id, revoked.id]));
    expect(headerOf('Sort by contact')).toHaveAttribute('aria-sort', 'ascending');
    await user.click(screen.getByRole('button', { name: 'Sort by contact' }));
    await waitFor(() => expect(order()).toEqual([revoked.id, old.id, grace.id, ada.id]));
    await user.click(screen.getByRole('button', { name: 'Sort by status' }));
    await waitFor(() => expect(order()).toEqual([grace.id, ada.id, old.id, revoked.id]));
    await user.click(screen.getByRole('button', { name: 'Sort by event type' }));
    await waitFor(() => expect(order()).toEqual([ada.id, old.id, grace.id, revoked.id]));
    await user.click(screen.getByRole('button', { name: 'Sort by created' }));
    await waitFor(() => expect(order()).toEqual([grace.id, ada.id, revoked.id, old.id]));
    expect(headerOf('Sort by created')).toHaveAttribute('aria-sort', 'descending');
    await user.click(screen.getByRole('button', { name: 'Sort by created' }));
    await waitFor(() => expect(order()).toEqual([old.id, revoked.id, ada.id, grace.id]));
    expect(headerOf('Sort by created')).toHaveAttribute('aria-sort', 'ascending');
  });

  it('offers no copy or share on a used-up, revoked or expired link', () => {
    renderList(links, { bookings });
    expect(screen.getByRole('button', { name: 'Copy link for Grace' })).toBeInTheDocument();
    for (const dead of ['Ada Lovelace', 'Old Contact', 'Revoked Person']) {
      expect(screen.queryByRole('button', { name: `Copy link for ${dead}` })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: `Share link for ${dead} by email` })).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: `More actions for ${dead}` })).toBeInTheDocument();
    }
  });

  it('selects several live links and revokes them at once after confirming', async () => {
    const user = userEvent.setup();
    const more = [1, 2, 3].map((i) => makeLink({ eventTypeId: intro.id, contact: { name: `Extra ${i}`, email: '' }, createdAt: `2026-03-0${i}T12:00:00.000Z` }));
    const handlers = renderList([...links, ...more], { bookings });
    // Dead links cannot be selected.
    expect(within(rowOf('Ada Lovelace')).queryByRole('checkbox')).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Select link for Grace' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select link for Extra 2' }));
    const bar = screen.getByRole('region', { name: 'Selected links' });
    expect(within(bar).getByText('2 links selected')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Select all live links shown' })).toHaveProperty('indeterminate', true);

    await user.click(within(bar).getByRole('button', { name: 'Revoke 2 links…' }));
    const dialog = screen.getByRole('dialog', { name: 'Revoke 2 links?' });
    expect(within(dialog).getByText('Grace')).toBeInTheDocument();
    expect(within(dialog).getByText('Extra 2')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Revoke 2 links' }));
    const [revokedLinks] = handlers.onRevoke.mock.calls[0]! as unknown as [LinkDoc[]];
    expect(revokedLinks.map((l) => l.id).sort()).toEqual([grace.id, more[1]!.id].sort());
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Selected links' })).not.toBeInTheDocument());

    // "Select all" takes every live link shown, and a new search lets go of the selection.
    await user.click(screen.getByRole('checkbox', { name: 'Select all live links shown' }));
    expect(screen.getByText('4 links selected')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Search links' }), 'extra');
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Selected links' })).not.toBeInTheDocument());
  });

  it('lays links out as cards on a phone, with the sort order in the toolbar', async () => {
    const user = userEvent.setup();
    renderList(links, { bookings, layout: 'cards' });
    expect(screen.queryByRole('columnheader')).not.toBeInTheDocument();
    expect(within(rowOf('Grace')).getByText('Created Mon, Mar 2, 2026')).toBeInTheDocument();
    expect(within(rowOf('Grace')).getByRole('button', { name: 'Copy link for Grace' })).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Sort by' }));
    await user.click(screen.getByRole('option', { name: 'Contact A–Z' }));
    await waitFor(() => expect(bodyRows().map((r) => r.getAttribute('data-link-id'))).toEqual([ada.id, grace.id, old.id, revoked.id]));
  });

  it('invites creating a link when there is none', () => {
    renderList([]);
    expect(screen.getByText('No single-use links yet')).toBeInTheDocument();
  });

  it('renders 10,000 links with only the rows in view in the DOM, and scrolls through them', async () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      makeLink({
        eventTypeId: i % 2 === 0 ? intro.id : demo.id,
        contact: { name: `Contact ${i}`, email: `c${i}@example.com` },
        createdAt: new Date(Date.parse('2026-01-01T00:00:00.000Z') + i * 60_000).toISOString(),
      }),
    );
    renderList(many);
    expect(screen.getByText('10000 links')).toBeInTheDocument();
    const initial = bodyRows();
    expect(initial.length).toBeGreaterThan(5);
    expect(initial.length).toBeLessThan(40);
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '10001');
    // Newest first: the last created link is on top.
    expect(within(initial[0]!).getByText('Contact 9999')).toBeInTheDocument();

    const scroller = screen.getByTestId('link-list-scroll');
    scroller.scrollTop = LINK_ROW_HEIGHTS.table * 5_000;
    fireEvent.scroll(scroller);
    await waitFor(() => expect(screen.getByText('Contact 4999')).toBeInTheDocument());
    expect(bodyRows().length).toBeLessThan(40);
    // Row 5,001 of the links, after the header: its place among all rows, not among those in the DOM.
    expect(rowOf('Contact 4999')).toHaveAttribute('aria-rowindex', '5002');
    // Its buttons arrive in a deferred render, after the row's text.
    expect(await within(rowOf('Contact 4999')).findByRole('button', { name: 'More actions for Contact 4999' })).toBeInTheDocument();
  });
});
