// Runs anywhere (shared by main, preload and renderer). Checks a settings change coming from the UI (main and the
// browser platform both run it); errors name the field.
import type { DesktopSettingsPatch } from './desktop-api.ts';
import { serverUrlTransportProblem, type ServerUrlOptions } from './is-acceptable-server-url.ts';

const MAX_TOKEN_LENGTH = 4096;
const MAX_ID_LENGTH = 100;
const MAX_SHORTCUT_LENGTH = 100;
const SETTINGS_KEYS = ['serverUrl', 'hostToken', 'launchAtLogin', 'defaultEventTypeId', 'globalShortcut'] as const;

export class SettingsValidationError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'SettingsValidationError';
    this.field = field;
  }
}

/**
 * `https://host[:port][/base]` (or `http://` to this computer) without a trailing slash, query or
 * fragment; throws naming `serverUrl`.
 */
export function normalizeServerUrl(raw: unknown, options: ServerUrlOptions = {}): string {
  if (typeof raw !== 'string' || raw.trim() === '') {
    throw new SettingsValidationError('serverUrl', 'must be a non-empty URL such as http://localhost:8787');
  }
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new SettingsValidationError('serverUrl', `"${raw}" is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SettingsValidationError('serverUrl', 'must start with http:// or https://');
  }
  if (url.username !== '' || url.password !== '') {
    throw new SettingsValidationError('serverUrl', 'must not contain a user name or password');
  }
  if (url.search !== '' || url.hash !== '') {
    throw new SettingsValidationError('serverUrl', 'must not contain a query or fragment');
  }
  const normalized = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  const problem = serverUrlTransportProblem(normalized, options);
  if (problem !== null) throw new SettingsValidationError('serverUrl', problem);
  return normalized;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Returns a clean patch (server URL normalized, token trimmed) or throws SettingsValidationError. */
export function validateSettingsPatch(input: unknown, options: ServerUrlOptions = {}): DesktopSettingsPatch {
  if (!isPlainObject(input)) throw new SettingsValidationError('settings', 'must be an object');
  const unknownKey = Object.keys(input).find((key) => !(SETTINGS_KEYS as readonly string[]).includes(key));
  if (unknownKey !== undefined) throw new SettingsValidationError(unknownKey, 'is not a setting');

  const patch: DesktopSettingsPatch = {};
  if ('serverUrl' in input) patch.serverUrl = normalizeServerUrl(input.serverUrl, options);
  if ('hostToken' in input) {
    const token = input.hostToken;
    if (typeof token !== 'string') throw new SettingsValidationError('hostToken', 'must be a string');
    const trimmed = token.trim();
    if (trimmed.length > MAX_TOKEN_LENGTH) {
      throw new SettingsValidationError('hostToken', `must be at most ${MAX_TOKEN_LENGTH} characters`);
    }
    if (/\s/.test(trimmed)) throw new SettingsValidationError('hostToken', 'must not contain spaces');
    patch.hostToken = trimmed;
  }
  if ('launchAtLogin' in input) {
    if (typeof input.launchAtLogin !== 'boolean') throw new SettingsValidationError('launchAtLogin', 'must be true or false');
    patch.launchAtLogin = input.launchAtLogin;
  }
  if ('defaultEventTypeId' in input) {
    const id = input.defaultEventTypeId;
    if (id !== null && (typeof id !== 'string' || id === '' || id.length > MAX_ID_LENGTH)) {
      throw new SettingsValidationError('defaultEventTypeId', `must be null or an id of 1..${MAX_ID_LENGTH} characters`);
    }
    patch.defaultEventTypeId = id;
  }
  if ('globalShortcut' in input) {
    const shortcut = input.globalShortcut;
    if (shortcut !== null && (typeof shortcut !== 'string' || !/^[\x21-\x7e]+$/.test(shortcut) || shortcut.length > MAX_SHORTCUT_LENGTH)) {
      throw new SettingsValidationError(
        'globalShortcut',
        'must be null or an accelerator such as CommandOrControl+Shift+L (no spaces)',
      );
    }
    patch.globalShortcut = shortcut;
  }
  return patch;
}
