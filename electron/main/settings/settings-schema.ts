// main: what electron-store keeps on disk, with the JSON schema it validates every write against.
import type { Schema } from 'electron-store';
import type { WindowState } from '../window/restore-window-bounds.ts';

/**
 * The host token at rest: `safe-storage` = base64 of Electron safeStorage ciphertext (OS keychain);
 * `plain` = only where the OS offers no encryption (see token-vault.ts); `none` = not set.
 */
export interface StoredToken {
  encoding: 'none' | 'safe-storage' | 'plain';
  value: string;
  /** Origin of the server the token was saved for; it is handed out for no other. Missing in older files. */
  origin?: string;
}

export const NO_TOKEN: StoredToken = { encoding: 'none', value: '' };

export interface StoredSettings {
  serverUrl: string;
  hostToken: StoredToken;
  windowState: WindowState | null;
  launchAtLogin: boolean;
  defaultEventTypeId: string | null;
  globalShortcut: string | null;
}

export const DEFAULT_SERVER_URL = 'http://localhost:8787';

export const SETTINGS_DEFAULTS: StoredSettings = {
  serverUrl: DEFAULT_SERVER_URL,
  hostToken: NO_TOKEN,
  windowState: null,
  launchAtLogin: false,
  defaultEventTypeId: null,
  globalShortcut: null,
};

export const SETTINGS_SCHEMA: Schema<StoredSettings> = {
  serverUrl: { type: 'string', minLength: 1, maxLength: 2048, pattern: '^https?://' },
  hostToken: {
    type: 'object',
    additionalProperties: false,
    required: ['encoding', 'value'],
    properties: {
      encoding: { type: 'string', enum: ['none', 'safe-storage', 'plain'] },
      value: { type: 'string', maxLength: 16384 },
      origin: { type: 'string', maxLength: 2048, pattern: '^https?://' },
    },
  },
  windowState: {
    type: ['object', 'null'],
    additionalProperties: false,
    required: ['width', 'height', 'maximized'],
    properties: {
      x: { type: 'integer' },
      y: { type: 'integer' },
      width: { type: 'integer', minimum: 100, maximum: 20000 },
      height: { type: 'integer', minimum: 100, maximum: 20000 },
      maximized: { type: 'boolean' },
    },
  },
  launchAtLogin: { type: 'boolean' },
  defaultEventTypeId: { type: ['string', 'null'], maxLength: 100 },
  globalShortcut: { type: ['string', 'null'], maxLength: 100 },
};

/** electron-store options shared by the app and the schema test (which uses `conf` directly). */
export const SETTINGS_STORE_OPTIONS = {
  name: 'settings',
  schema: SETTINGS_SCHEMA,
  defaults: SETTINGS_DEFAULTS,
  // Owner-only: the file may hold the token in plain text where the OS has no keychain.
  configFileMode: 0o600,
  clearInvalidConfig: false,
} as const;
