// renderer: the signed-in app: header with the sync state, the navbar (Event types,
// Single-use links, Bookings, Settings) and the open screen. Also starts the booking news and
// the tray connection for the session, and lists edits a newer one from another device replaced.
import { AppShell, Burger, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { BookingsScreen } from '../bookings/bookings-screen.tsx';
import { IconCalendar, IconClock, IconLink } from '../components/icons.tsx';
import { EventTypeEditorScreen } from '../event-types/event-type-editor-screen.tsx';
import { EventTypesScreen } from '../event-types/event-types-screen.tsx';
import { CreateLinkScreen } from '../links/create-link-screen.tsx';
import { LinkEditorScreen } from '../links/link-editor-screen.tsx';
import { LinksScreen } from '../links/links-screen.tsx';
import { LostEdits } from '../lost-edits/lost-edits.tsx';
import { watchBookingNews } from '../news/watch-booking-news.ts';
import type { Platform } from '../platform/platform.ts';
import type { ConnectionCheck } from '../session/check-connection.ts';
import type { HostSession } from '../session/open-host-session.ts';
import { SettingsScreen } from '../settings/settings-screen.tsx';
import { connectTray } from '../tray/connect-tray.ts';
import { AppContext, type AppContextValue } from './app-context.ts';
import { sectionOf, type AppView, type NavSection } from './app-view.ts';
import { SyncStatusIndicator } from './sync-status-indicator.tsx';

export interface HostWorkspaceProps {
  session: HostSession;
  platform: Platform;
  onConnect: (serverUrl: string, token: string) => Promise<ConnectionCheck>;
  onSignOut: () => Promise<void>;
}

const SETTINGS_ICON = (
  <svg width={18} height={18} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" aria-hidden="true">
    <circle cx="12" cy="12" r="3" />
    <path d="M12 2v3M12 19v3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M2 12h3M19 12h3M4.9 19.1 7 17M17 7l2.1-2.1" />
  </svg>
);

const NAV: ReadonlyArray<{ section: NavSection; label: string; view: AppView; icon: React.ReactNode }> = [
  { section: 'event-types', label: 'Event types', view: { screen: 'event-types' }, icon: <IconCalendar /> },
  { section: 'links', label: 'Single-use links', view: { screen: 'links' }, icon: <IconLink /> },
  { section: 'bookings', label: 'Bookings', view: { screen: 'bookings' }, icon: <IconClock /> },
  { section: 'settings', label: 'Settings', view: { screen: 'settings' }, icon: SETTINGS_ICON },
];

function Screen({ view, props }: { view: AppView; props: HostWorkspaceProps }) {
  switch (view.screen) {
    case 'event-types':
      return <EventTypesScreen />;
    case 'event-type-editor':
      return <EventTypeEditorScreen key={view.eventTypeId ?? 'new'} eventTypeId={view.eventTypeId} />;
    case 'create-link':
      return <CreateLinkScreen key={view.eventTypeId} eventTypeId={view.eventTypeId} />;
    case 'links':
      return <LinksScreen />;
    case 'link-editor':
      return <LinkEditorScreen key={view.linkId} linkId={view.linkId} />;
    case 'bookings':
      return <BookingsScreen />;
    case 'settings':
      return (
        <SettingsScreen
          profile={props.session.profile}
          serverUrl={props.session.serverUrl}
          token={props.session.token}
          platformKind={props.platform.kind}
          onConnect={props.onConnect}
          onSignOut={props.onSignOut}
        />
      );
  }
}

export function HostWorkspace(props: HostWorkspaceProps) {
  const { session, platform } = props;
  const [view, setView] = useState<AppView>({ screen: 'event-types' });
  const [navOpened, nav] = useDisclosure(false);
  const context: AppContextValue = useMemo(
    () => ({
      session,
      platform,
      navigate: (next: AppView) => {
        setView(next);
        nav.close();
      },
    }),
    [session, platform, nav],
  );

  useEffect(() => watchBookingNews(session.db, platform, session.profile.timezone), [session, platform]);
  useEffect(() => connectTray(session, platform), [session, platform]);

  const section = sectionOf(view);
  return (
    <AppContext.Provider value={context}>
      <AppShell header={{ height: 60 }} navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !navOpened } }} padding="lg">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger opened={navOpened} onClick={nav.toggle} hiddenFrom="sm" size="sm" aria-label="Menu" />
              <Title order={1} size="h3">
                1x
              </Title>
              <Text size="sm" c="dimmed" visibleFrom="md">
                {session.profile.name}
              </Text>
            </Group>
            <SyncStatusIndicator sync={session.sync} timezone={session.profile.timezone} />
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" aria-label="Main">
          {NAV.map((item) => (
            // Buttons, not anchors without href (no role, out of the tab order): the views are
            // plain state, since the fragment is reserved for the setup hand-over (app-view.ts).
            <NavLink
              key={item.section}
              component="button"
              type="button"
              label={item.label}
              leftSection={item.icon}
              active={item.section === section}
              aria-current={item.section === section ? 'page' : undefined}
              onClick={() => context.navigate(item.view)}
              style={{ borderRadius: 'var(--mantine-radius-sm)' }}
            />
          ))}
        </AppShell.Navbar>
        <AppShell.Main>
          <LostEdits />
          <Screen view={view} props={props} />
        </AppShell.Main>
      </AppShell>
    </AppContext.Provider>
  );
}
