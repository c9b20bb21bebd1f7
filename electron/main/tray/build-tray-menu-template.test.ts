// test: the tray menu built from what the renderer pushed.
import { describe, expect, it } from 'vitest';
import type { TrayData } from '../../contract/desktop-api.ts';
import { buildTrayMenuTemplate, menuLabel, syncStateLabel, type TrayMenuActions, type TrayMenuItem } from './build-tray-menu-template.ts';

function recordingActions() {
  const calls: string[] = [];
  const actions: TrayMenuActions = {
    createLink: (eventType) => calls.push(`create:${eventType.id}`),
    copyRecentLink: (link) => calls.push(`copy:${link.url}`),
    openWindow: () => calls.push('open'),
    quit: () => calls.push('quit'),
  };
  return { actions, calls };
}

const data: TrayData = {
  eventTypes: [
    { id: 'et-intro', name: 'Intro call' },
    { id: 'et-demo', name: 'Demo & Q&A' },
  ],
  recentLinks: Array.from({ length: 7 }, (_, i) => ({ id: `l${i}`, label: `Link ${i}`, url: `https://sync.test/l/t${i}` })),
  syncState: 'online',
};

const byId = (items: TrayMenuItem[], id: string): TrayMenuItem => {
  const item = items.find((entry) => entry.id === id);
  if (!item) throw new Error(`no menu item ${id}`);
  return item;
};

describe('buildTrayMenuTemplate', () => {
  it('lists the sections in order: new link, recent, open, sync state, quit', () => {
    const template = buildTrayMenuTemplate(data, recordingActions().actions, 'Onetime Scheduler');
    expect(template.map((item) => item.id ?? item.type)).toEqual([
      'new-link',
      'recent-links',
      'separator',
      'open',
      'sync-state',
      'separator',
      'quit',
    ]);
    expect(byId(template, 'open').label).toBe('Open Onetime Scheduler');
    expect(byId(template, 'sync-state')).toMatchObject({ label: 'Synced', enabled: false });
  });

  it('has one "New single-use link" entry per event type that creates a link for it', () => {
    const { actions, calls } = recordingActions();
    const submenu = byId(buildTrayMenuTemplate(data, actions, 'App'), 'new-link').submenu ?? [];
    expect(submenu.map((item) => item.label)).toEqual(['Intro call', 'Demo && Q&&A']);
    submenu[1]?.click?.();
    expect(calls).toEqual(['create:et-demo']);
  });

  it('shows at most the 5 most recent links; a click copies that link', () => {
    const { actions, calls } = recordingActions();
    const submenu = byId(buildTrayMenuTemplate(data, actions, 'App'), 'recent-links').submenu ?? [];
    expect(submenu.map((item) => item.label)).toEqual(['Link 0', 'Link 1', 'Link 2', 'Link 3', 'Link 4']);
    expect(submenu[0]?.toolTip).toBe('https://sync.test/l/t0');
    submenu[2]?.click?.();
    expect(calls).toEqual(['copy:https://sync.test/l/t2']);
  });

  it('wires Open and Quit', () => {
    const { actions, calls } = recordingActions();
    const template = buildTrayMenuTemplate(data, actions, 'App');
    byId(template, 'open').click?.();
    byId(template, 'quit').click?.();
    expect(calls).toEqual(['open', 'quit']);
  });

  it('still gives a usable menu before the renderer has pushed anything', () => {
    const template = buildTrayMenuTemplate(null, recordingActions().actions, 'App');
    expect(byId(template, 'new-link').submenu).toEqual([{ label: 'Loading event types…', enabled: false }]);
    expect(byId(template, 'recent-links').submenu).toEqual([{ label: 'No links yet', enabled: false }]);
    expect(byId(template, 'sync-state').label).toBe('Starting…');
    expect(byId(template, 'quit').click).toBeTypeOf('function');
  });

  it('explains an empty list of event types', () => {
    const template = buildTrayMenuTemplate({ eventTypes: [], recentLinks: [], syncState: 'offline' }, recordingActions().actions, 'App');
    expect(byId(template, 'new-link').submenu).toEqual([{ label: 'No event types yet: create one in the app', enabled: false }]);
    expect(byId(template, 'sync-state').label).toMatch(/^Offline/);
  });
});

describe('labels', () => {
  it('escapes mnemonics, folds whitespace and shortens long names', () => {
    expect(menuLabel('R&D\nsync')).toBe('R&&D sync');
    const long = menuLabel('x'.repeat(80));
    expect(long).toHaveLength(60);
    expect(long.endsWith('…')).toBe(true);
  });

  it('names the known sync states and passes other text through', () => {
    expect(syncStateLabel('syncing')).toBe('Syncing…');
    expect(syncStateLabel('error')).toMatch(/^Sync error/);
    expect(syncStateLabel('Last synced 10:42')).toBe('Last synced 10:42');
  });
});
