// main: the settings the UI reads and changes, on top of electron-store and the token vault.
import type { DesktopSettings, DesktopSettingsView } from '../../contract/desktop-api.ts';
import { isSameServerOrigin, serverOriginOf, tokenBoundTo } from '../../contract/decide-server-change.ts';
import { validateSettingsPatch } from '../../contract/validate-settings-patch.ts';
import { NO_TOKEN, type StoredSettings } from './settings-schema.ts';
import { openToken, sealToken, type SecretCipher } from './token-vault.ts';

/** The part of electron-store (a `conf` instance) this needs. */
export interface SettingsStoreLike {
  get<Key extends keyof StoredSettings>(key: Key): StoredSettings[Key];
  set<Key extends keyof StoredSettings>(key: Key, value: StoredSettings[Key]): void;
}

export interface SettingsServiceDeps {
  store: SettingsStoreLike;
  cipher: SecretCipher;
  /** Problems outside the file, e.g. "the shortcut is taken by another app". */
  runtimeWarning?: () => string | null;
  /** Called after a change is saved, with the names of the fields that changed. */
  onChange?: (settings: DesktopSettings, changed: ReadonlyArray<keyof DesktopSettings>) => void;
}

export interface SettingsService {
  get(): Promise<DesktopSettingsView>;
  /** Validates (errors name the field), saves and returns the new view. */
  set(patch: unknown): Promise<DesktopSettingsView>;
}

export function createSettingsService(deps: SettingsServiceDeps): SettingsService {
  const { store, cipher } = deps;
  // Sealing is async; one change at a time keeps two quick saves from interleaving.
  let queue: Promise<unknown> = Promise.resolve();
  const serialize = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  // The token is stored with the origin of the server it was saved for, and only ever handed out
  // for that origin (decide-server-change.ts in electron/contract/).
  const saveToken = async (token: string, serverUrl: string): Promise<void> => {
    const sealed = await sealToken(token, cipher);
    const origin = serverOriginOf(serverUrl);
    store.set('hostToken', sealed.encoding === 'none' || origin === null ? sealed : { ...sealed, origin });
  };

  const read = async (): Promise<DesktopSettingsView> => {
    const serverUrl = store.get('serverUrl');
    const stored = store.get('hostToken');
    const opened = await openToken(stored, cipher);
    const token = tokenBoundTo(serverUrl, opened.token, stored.origin ?? null);
    if (opened.reseal && token !== '') await saveToken(token, serverUrl);
    return {
      serverUrl,
      hostToken: token,
      launchAtLogin: store.get('launchAtLogin'),
      defaultEventTypeId: store.get('defaultEventTypeId'),
      globalShortcut: store.get('globalShortcut'),
      tokenProtection: token === '' ? 'none' : opened.protection,
      warning: opened.warning ?? deps.runtimeWarning?.() ?? null,
    };
  };

  return {
    get: () => serialize(read),
    set: (input) =>
      serialize(async () => {
        const patch = validateSettingsPatch(input);
        const changed: Array<keyof DesktopSettings> = [];
        const previousServerUrl = store.get('serverUrl');
        if (patch.serverUrl !== undefined && patch.serverUrl !== previousServerUrl) {
          store.set('serverUrl', patch.serverUrl);
          changed.push('serverUrl');
        }
        if (patch.hostToken !== undefined) {
          await saveToken(patch.hostToken, store.get('serverUrl'));
          changed.push('hostToken');
        } else if (!isSameServerOrigin(previousServerUrl, store.get('serverUrl')) && store.get('hostToken').encoding !== 'none') {
          // A token never follows its server elsewhere: the new server gets it only by being given one.
          store.set('hostToken', NO_TOKEN);
          changed.push('hostToken');
        }
        if (patch.launchAtLogin !== undefined && patch.launchAtLogin !== store.get('launchAtLogin')) {
          store.set('launchAtLogin', patch.launchAtLogin);
          changed.push('launchAtLogin');
        }
        if (patch.defaultEventTypeId !== undefined && patch.defaultEventTypeId !== store.get('defaultEventTypeId')) {
          store.set('defaultEventTypeId', patch.defaultEventTypeId);
          changed.push('defaultEventTypeId');
        }
        if (patch.globalShortcut !== undefined && patch.globalShortcut !== store.get('globalShortcut')) {
          store.set('globalShortcut', patch.globalShortcut);
          changed.push('globalShortcut');
        }
        // Side effects (login item, shortcut) may set a runtime warning that read() reports.
        if (changed.length > 0) {
          const view = await read();
          const { tokenProtection: _protection, warning: _warning, ...settings } = view;
          deps.onChange?.(settings, changed);
        }
        return read();
      }),
  };
}
