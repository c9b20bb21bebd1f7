// test: the quick-link flow with fakes: request, clipboard, notification, failures.
import { describe, expect, it } from 'vitest';
import type { NotificationRequest } from '../../contract/desktop-api.ts';
import { copyRecentLink } from './copy-recent-link.ts';
import { createLinkRequester } from './create-link-requester.ts';
import { pickShortcutEventType } from './pick-shortcut-event-type.ts';
import { runQuickLink } from './run-quick-link.ts';

const intro = { id: 'et-intro', name: 'Intro call' };

function sinks() {
  const clipboard: string[] = [];
  const notes: NotificationRequest[] = [];
  return {
    clipboard,
    notes,
    // Electron >= 44 returns a Promise from clipboard.writeText.
    writeClipboard: async (text: string) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      clipboard.push(text);
    },
    notify: (note: NotificationRequest) => void notes.push(note),
  };
}

describe('runQuickLink', () => {
  it('copies the new link and says "Link copied: <event type>"', async () => {
    const s = sinks();
    const outcome = await runQuickLink(intro, { ...s, requestLink: async (id) => `https://sync.test/l/${id}-tok` });
    expect(outcome).toEqual({ ok: true, url: 'https://sync.test/l/et-intro-tok' });
    expect(s.clipboard).toEqual(['https://sync.test/l/et-intro-tok']);
    expect(s.notes).toEqual([{ title: 'Link copied: Intro call', body: 'https://sync.test/l/et-intro-tok' }]);
  });

  it('works with a synchronous clipboard too (Electron < 44)', async () => {
    const copied: string[] = [];
    const notes: NotificationRequest[] = [];
    const outcome = await runQuickLink(intro, {
      requestLink: async () => 'https://sync.test/l/x',
      writeClipboard: (text) => void copied.push(text),
      notify: (n) => void notes.push(n),
    });
    expect(outcome.ok).toBe(true);
    expect(copied).toEqual(['https://sync.test/l/x']);
  });

  it('tells the user clearly when the renderer fails, and copies nothing', async () => {
    const s = sinks();
    const outcome = await runQuickLink(intro, { ...s, requestLink: () => Promise.reject(new Error('database is locked')) });
    expect(outcome).toEqual({ ok: false, error: 'database is locked' });
    expect(s.clipboard).toEqual([]);
    expect(s.notes).toEqual([{ title: 'Could not create a link', body: 'Intro call: database is locked' }]);
  });

  it('times out with a notification when the renderer does not answer', async () => {
    const s = sinks();
    const requester = createLinkRequester({ send: () => true, newId: () => 'r1', timeoutMs: 20 });
    const outcome = await runQuickLink(intro, { ...s, requestLink: (id) => requester.request(id) });
    expect(outcome.ok).toBe(false);
    expect(s.notes[0]?.title).toBe('Could not create a link');
    expect(s.notes[0]?.body).toMatch(/^Intro call: The app did not answer within/);
    expect(s.clipboard).toEqual([]);
  });

  it('refuses to copy something that is not an http(s) link', async () => {
    const s = sinks();
    const outcome = await runQuickLink(intro, { ...s, requestLink: async () => 'javascript:alert(1)' });
    expect(outcome.ok).toBe(false);
    expect(s.clipboard).toEqual([]);
    expect(s.notes[0]?.body).toContain('invalid link URL');
  });

  it('reports a clipboard failure', async () => {
    const notes: NotificationRequest[] = [];
    const outcome = await runQuickLink(intro, {
      requestLink: async () => 'https://sync.test/l/x',
      writeClipboard: () => Promise.reject(new Error('clipboard unavailable')),
      notify: (n) => void notes.push(n),
    });
    expect(outcome).toEqual({ ok: false, error: 'clipboard unavailable' });
    expect(notes).toEqual([{ title: 'Could not create a link', body: 'Intro call: clipboard unavailable' }]);
  });
});

describe('copyRecentLink', () => {
  it('copies the link and names it in the notification', async () => {
    const s = sinks();
    await copyRecentLink({ id: 'l1', label: 'For Ann', url: 'https://sync.test/l/ann' }, s);
    expect(s.clipboard).toEqual(['https://sync.test/l/ann']);
    expect(s.notes).toEqual([{ title: 'Link copied: For Ann', body: 'https://sync.test/l/ann' }]);
  });

  it('reports a failure', async () => {
    const notes: NotificationRequest[] = [];
    const outcome = await copyRecentLink(
      { id: 'l1', label: 'x', url: 'https://s.test/l/x' },
      { writeClipboard: () => Promise.reject(new Error('denied')), notify: (n) => void notes.push(n) },
    );
    expect(outcome).toEqual({ ok: false, error: 'denied' });
    expect(notes).toEqual([{ title: 'Could not copy the link', body: 'denied' }]);
  });
});

describe('pickShortcutEventType', () => {
  const data = { eventTypes: [intro, { id: 'et-demo', name: 'Demo' }], recentLinks: [], syncState: 'online' };
  it('uses the default event type, else the first one, else none', () => {
    expect(pickShortcutEventType('et-demo', data)).toEqual({ id: 'et-demo', name: 'Demo' });
    expect(pickShortcutEventType('archived-one', data)).toEqual(intro);
    expect(pickShortcutEventType(null, data)).toEqual(intro);
    expect(pickShortcutEventType('et-demo', { ...data, eventTypes: [] })).toBeNull();
    expect(pickShortcutEventType('et-demo', null)).toBeNull();
  });
});
