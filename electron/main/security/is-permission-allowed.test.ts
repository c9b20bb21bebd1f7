// test: the renderer gets no OS-reaching web permissions.
import { describe, expect, it } from 'vitest';
import { isPermissionAllowed } from './is-permission-allowed.ts';

describe('isPermissionAllowed', () => {
  it('allows sanitized clipboard writes from the app only', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://bundle/index.html', ['app://bundle'])).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.test/', ['app://bundle'])).toBe(false);
  });

  it.each([['media'], ['geolocation'], ['notifications'], ['openExternal'], ['clipboard-read'], ['hid'], ['fullscreen']])(
    'denies %s',
    (permission) => {
      expect(isPermissionAllowed(permission, 'app://bundle/index.html', ['app://bundle'])).toBe(false);
    },
  );
});
