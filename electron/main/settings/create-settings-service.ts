// main: the settings the UI reads and changes, on top of electron-store and the token vault.
import type { DesktopSettings, DesktopSettingsView } from '../../contract/desktop-api.ts';
import { validateSettingsPatch } from '../../contract/validate-settings-patch.ts';
import type { StoredSettings } from './settings-schema.ts';
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

  const read = async (): Promise<DesktopSettingsView> => {
    const opened = await openToken(store.get('hostToken'), cipher);
    if (opened.reseal) store.set('hostToken', await sealToken(opened.token, cipher));
    return {
      serverUrl: store.get('serverUrl'),
      hostToken: opened.token,
      launchAtLogin: store.get('launchAtLogin'),
      defaultEventTypeId: store.get('defaultEventTypeId'),
      globalShortcut: store.get('globalShortcut'),
      tokenProtection: opened.protection,
      warning: opened.warning ?? deps.runtimeWarning?.() ?? null,
    };
  };

  return {
    get: () => serialize(read),
    set: (input) =>
      serialize(async () => {
        const patch = validateSettingsPatch(input);
        const changed: Array<keyof DesktopSettings> = [];
        if (patch.serverUrl !== undefined && patch.serverUrl !== store.get('serverUrl')) {
          store.set('serverUrl', patch.serverUrl);
          changed.push('serverUrl');
        }
        if (patch.hostToken !== undefined) {
          store.set('hostToken', await sealToken(patch.hostToken, cipher));
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
