// renderer: the app's root: Mantine, notifications, and the first-run screen or the host's workspace.
import { Center, Loader, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { accessibleColors, appTheme } from './components/app-theme.ts';
import { getPlatform } from './platform/get-platform.ts';
import { useSession } from './session/use-session.ts';
import { FirstRunScreen } from './settings/first-run-screen.tsx';
import { ServerChangeScreen } from './settings/server-change-screen.tsx';
import { HostWorkspace } from './shell/host-workspace.tsx';

function Root() {
  const platform = getPlatform();
  const { state, connect, signOut, answerServerChange } = useSession(platform);
  switch (state.kind) {
    case 'loading':
      return (
        <Center h="100vh">
          <Loader aria-label="Loading" />
        </Center>
      );
    case 'confirm-server':
      return <ServerChangeScreen change={state.change} onAnswer={answerServerChange} />;
    case 'setup':
      return <FirstRunScreen serverUrl={state.serverUrl} token={state.token} message={state.message} platformKind={platform.kind} onConnect={connect} />;
    case 'ready':
      return <HostWorkspace key={state.session.profile.hostId + state.session.serverUrl} session={state.session} platform={platform} onConnect={connect} onSignOut={signOut} />;
  }
}

export function App() {
  return (
    <MantineProvider theme={appTheme} cssVariablesResolver={accessibleColors} defaultColorScheme="light">
      <Notifications position="bottom-right" limit={4} />
      <Root />
    </MantineProvider>
  );
}
