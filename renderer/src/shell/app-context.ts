// renderer: what every screen of a signed-in host needs: the session (database, sync, profile),
// the platform and navigation.
import { createContext, useContext } from 'react';
import type { Platform } from '../platform/platform.ts';
import type { HostSession } from '../session/open-host-session.ts';
import type { AppView } from './app-view.ts';

export interface AppContextValue {
  session: HostSession;
  platform: Platform;
  navigate: (view: AppView) => void;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useAppContext: no AppContext above this component');
  return value;
}
