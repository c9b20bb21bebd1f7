// renderer: where the app stands with the host: reading settings, waiting for the first
// connection, or working (online or not) on the host's own database.
import { useCallback, useEffect, useRef, useState } from 'react';
import { defaultDraftStorage } from '../forms/draft-storage.ts';
import type { PendingServerChange, Platform } from '../platform/platform.ts';
import { checkConnection, type ConnectionCheck } from './check-connection.ts';
import { forgetLocalData } from './forget-local-data.ts';
import { readCachedProfile, writeCachedProfile, type HostProfile } from './host-profile.ts';
import { closeHostSession, openHostSession, reconnectHostSession, type HostSession } from './open-host-session.ts';
import { normalizeServerUrl } from '../sync/check-sync-target.ts';

export type SessionState =
  | { kind: 'loading' }
  /** A setup link points at another server: nothing changes (and no token goes there) until the person answers. */
  | { kind: 'confirm-server'; change: PendingServerChange }
  | { kind: 'setup'; serverUrl: string; token: string; message: string | null }
  | { kind: 'ready'; session: HostSession };

export interface SessionApi {
  state: SessionState;
  /** Checks the server and token; on success saves them and opens (or switches) the host's data. */
  connect(serverUrl: string, token: string): Promise<ConnectionCheck>;
  /** Stops syncing and removes the local database, the token and every draft. */
  signOut(): Promise<void>;
  /** The answer to a `confirm-server` state: yes switches servers (without the old token), no keeps the current one. */
  answerServerChange(accept: boolean): Promise<void>;
}

function sameProfile(a: HostProfile, b: HostProfile): boolean {
  return a.hostId === b.hostId && a.name === b.name && a.slug === b.slug && a.timezone === b.timezone && a.email === b.email;
}

function safeNormalize(url: string): string {
  try {
    return normalizeServerUrl(url);
  } catch {
    return url;
  }
}

export function useSession(platform: Platform): SessionApi {
  // A pending setup link for another server is answered before anything starts (nothing to load yet).
  const [state, setState] = useState<SessionState>(() => {
    const change = platform.pendingServerChange();
    return change === null ? { kind: 'loading' } : { kind: 'confirm-server', change };
  });
  const current = useRef<HostSession | null>(null);
  const started = useRef(false);

  const start = useCallback(() => {
    void (async () => {
      const settings = await platform.getSettings();
      const serverUrl = safeNormalize(settings.serverUrl);
      if (settings.hostToken === '') {
        setState({ kind: 'setup', serverUrl, token: '', message: null });
        return;
      }
      // Known host: open at once (offline too) and let the sync state speak for the server.
      const cached = readCachedProfile(defaultDraftStorage(), serverUrl);
      if (cached) {
        const session = await openHostSession({ serverUrl, token: settings.hostToken, profile: cached });
        current.current = session;
        setState({ kind: 'ready', session });
        // The name or zone may have changed on the server meanwhile; a failed check changes nothing
        // (the sync state already says why the server is not reachable).
        const fresh = await checkConnection(serverUrl, settings.hostToken);
        if (fresh.ok && fresh.profile.hostId === cached.hostId && !sameProfile(fresh.profile, cached) && current.current === session) {
          writeCachedProfile(defaultDraftStorage(), serverUrl, fresh.profile);
          const updated = { ...session, profile: fresh.profile };
          current.current = updated;
          setState({ kind: 'ready', session: updated });
        }
        return;
      }
      const check = await checkConnection(serverUrl, settings.hostToken);
      if (!check.ok) {
        setState({ kind: 'setup', serverUrl, token: settings.hostToken, message: check.message });
        return;
      }
      writeCachedProfile(defaultDraftStorage(), check.serverUrl, check.profile);
      const session = await openHostSession(check);
      current.current = session;
      setState({ kind: 'ready', session });
    })().catch((error: unknown) => {
      setState({ kind: 'setup', serverUrl: '', token: '', message: `The app could not start: ${error instanceof Error ? error.message : String(error)}` });
    });
  }, [platform]);

  useEffect(() => {
    // StrictMode runs effects twice in development; the database must be opened once.
    if (started.current) return;
    started.current = true;
    if (platform.pendingServerChange() === null) start();
  }, [platform, start]);

  const answerServerChange = useCallback(
    async (accept: boolean) => {
      await platform.answerServerChange(accept);
      setState({ kind: 'loading' });
      start();
    },
    [platform, start],
  );

  const connect = useCallback(
    async (serverUrl: string, token: string): Promise<ConnectionCheck> => {
      const check = await checkConnection(serverUrl, token);
      if (!check.ok) return check;
      await platform.setSettings({ serverUrl: check.serverUrl, hostToken: check.token });
      writeCachedProfile(defaultDraftStorage(), check.serverUrl, check.profile);
      const previous = current.current;
      current.current = null;
      let session: HostSession;
      if (previous && previous.profile.hostId === check.profile.hostId) {
        session = await reconnectHostSession(previous, check);
      } else {
        // Another host's data never stays on this computer next to this one's.
        if (previous) await closeHostSession(previous, { removeData: true });
        session = await openHostSession(check);
      }
      current.current = session;
      setState({ kind: 'ready', session });
      return check;
    },
    [platform],
  );

  const signOut = useCallback(async () => {
    const previous = current.current;
    current.current = null;
    if (previous) await closeHostSession(previous, { removeData: true });
    const settings = await platform.setSettings({ hostToken: '', defaultEventTypeId: null });
    forgetLocalData(defaultDraftStorage());
    setState({ kind: 'setup', serverUrl: safeNormalize(settings.serverUrl), token: '', message: null });
  }, [platform]);

  return { state, connect, signOut, answerServerChange };
}
