// test: the first-run local host is named after the computer's user, never "Me".
import { describe, expect, it } from 'vitest';
import { validateHostInput } from '../../sync-server/src/hosts/validate-host-input.ts';
import { localHostName } from './provision-local-host.ts';

describe('localHostName', () => {
  it('capitalizes the user name, word by word', () => {
    expect(localHostName('ada')).toBe('Ada');
    expect(localHostName('ada.lovelace')).toBe('Ada Lovelace');
    expect(localHostName('grace_hopper-2')).toBe('Grace Hopper 2');
    expect(localHostName('élodie')).toBe('Élodie');
  });

  it('falls back to "Host" when there is no usable user name', () => {
    expect(localHostName(null)).toBe('Host');
    expect(localHostName('')).toBe('Host');
    expect(localHostName('$\t\n')).toBe('Host');
  });

  it('always gives a name the host validator takes', () => {
    for (const username of ['root', 'a'.repeat(300), 'x\u0007y', '  ', 'DOMAIN\\user']) {
      expect(validateHostInput({ name: localHostName(username), slug: 'me', timezone: 'UTC' }), username).toEqual([]);
    }
  });
});
