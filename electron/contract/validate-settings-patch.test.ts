// test: settings changes from the UI are checked and errors name the field.
import { describe, expect, it } from 'vitest';
import { normalizeServerUrl, SettingsValidationError, validateSettingsPatch } from './validate-settings-patch.ts';

function errorOf(run: () => unknown): SettingsValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof SettingsValidationError) return error;
    throw error;
  }
  throw new Error('expected a SettingsValidationError');
}

describe('normalizeServerUrl', () => {
  it('keeps scheme, host, port and base path, without a trailing slash', () => {
    expect(normalizeServerUrl('http://localhost:8787/')).toBe('http://localhost:8787');
    expect(normalizeServerUrl(' https://sync.example.com/team/ ')).toBe('https://sync.example.com/team');
    expect(normalizeServerUrl('HTTPS://Sync.Example.com')).toBe('https://sync.example.com');
  });

  it.each([
    ['', 'non-empty'],
    ['localhost:8787', 'http'],
    ['ftp://example.com', 'http'],
    ['not a url', 'not a valid URL'],
    ['https://user:pw@example.com', 'user name'],
    ['https://example.com/?token=1', 'query'],
  ])('refuses %j', (raw, message) => {
    const error = errorOf(() => normalizeServerUrl(raw));
    expect(error.field).toBe('serverUrl');
    expect(error.message).toContain(message);
  });

  it('refuses plain http to another computer, saying why', () => {
    const error = errorOf(() => normalizeServerUrl('http://sync.example.com:8787'));
    expect(error.field).toBe('serverUrl');
    expect(error.message).toContain('the token would travel unencrypted; use https://');
    expect(normalizeServerUrl('http://192.168.1.5:8787', { alsoAllowedOrigin: 'http://192.168.1.5:8787' })).toBe('http://192.168.1.5:8787');
  });
});

describe('validateSettingsPatch', () => {
  it('accepts a full valid patch and cleans it', () => {
    expect(
      validateSettingsPatch({
        serverUrl: 'http://127.0.0.1:8787/',
        hostToken: '  abc_DEF-123  ',
        launchAtLogin: true,
        defaultEventTypeId: 'et-1',
        globalShortcut: 'CommandOrControl+Shift+L',
      }),
    ).toEqual({
      serverUrl: 'http://127.0.0.1:8787',
      hostToken: 'abc_DEF-123',
      launchAtLogin: true,
      defaultEventTypeId: 'et-1',
      globalShortcut: 'CommandOrControl+Shift+L',
    });
  });

  it('accepts an empty patch, an empty token (sign out) and nulls', () => {
    expect(validateSettingsPatch({})).toEqual({});
    expect(validateSettingsPatch({ hostToken: '' })).toEqual({ hostToken: '' });
    expect(validateSettingsPatch({ defaultEventTypeId: null, globalShortcut: null })).toEqual({
      defaultEventTypeId: null,
      globalShortcut: null,
    });
  });

  it.each([
    [null, 'settings'],
    [[], 'settings'],
    [{ serverUrl: 5 }, 'serverUrl'],
    [{ hostToken: 5 }, 'hostToken'],
    [{ hostToken: 'a b' }, 'hostToken'],
    [{ hostToken: 'x'.repeat(5000) }, 'hostToken'],
    [{ launchAtLogin: 'yes' }, 'launchAtLogin'],
    [{ defaultEventTypeId: '' }, 'defaultEventTypeId'],
    [{ defaultEventTypeId: 7 }, 'defaultEventTypeId'],
    [{ globalShortcut: 'Ctrl + L' }, 'globalShortcut'],
    [{ globalShortcut: '' }, 'globalShortcut'],
    [{ theme: 'dark' }, 'theme'],
  ])('refuses %j naming %s', (input, field) => {
    const error = errorOf(() => validateSettingsPatch(input));
    expect(error.field).toBe(field);
    expect(error.message.startsWith(`${field}: `)).toBe(true);
  });
});
