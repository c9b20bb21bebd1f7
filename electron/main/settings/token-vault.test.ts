// test: the host token at rest: encrypted when the OS can, and each fallback.
import { describe, expect, it } from 'vitest';
import { createSafeStorageCipher, type SafeStorageLike } from './create-safe-storage-cipher.ts';
import { fakeCipher } from '../../test-support/fake-cipher.ts';
import { openToken, sealToken } from './token-vault.ts';

describe('sealToken', () => {
  it('encrypts when the OS offers encryption; the token does not appear in what is stored', async () => {
    const sealed = await sealToken('secret-token-123', fakeCipher().cipher);
    expect(sealed.encoding).toBe('safe-storage');
    expect(sealed.value).not.toContain('secret-token-123');
    expect(Buffer.from(sealed.value, 'base64').toString('latin1')).not.toContain('secret');
  });

  it('stores an empty token as none', async () => {
    expect(await sealToken('', fakeCipher().cipher)).toEqual({ encoding: 'none', value: '' });
  });

  it('falls back to plain only when encryption is unavailable', async () => {
    expect(await sealToken('tok', fakeCipher({ available: false }).cipher)).toEqual({ encoding: 'plain', value: 'tok' });
  });

  it('fails rather than writing plain text when the keychain exists but errors', async () => {
    await expect(sealToken('tok', fakeCipher({ failEncrypt: true }).cipher)).rejects.toThrow('keychain locked');
  });
});

describe('openToken', () => {
  it('round-trips an encrypted token', async () => {
    const { cipher } = fakeCipher();
    expect(await openToken(await sealToken('tok-1', cipher), cipher)).toEqual({
      token: 'tok-1',
      protection: 'encrypted',
      warning: null,
      reseal: false,
    });
  });

  it('reports a plain token, and asks to reseal it once encryption is available', async () => {
    const { cipher, state } = fakeCipher({ available: false });
    const stored = await sealToken('tok-2', cipher);
    expect(await openToken(stored, cipher)).toMatchObject({ token: 'tok-2', protection: 'plain', reseal: false });
    state.available = true;
    expect(await openToken(stored, cipher)).toMatchObject({ token: 'tok-2', protection: 'encrypted', reseal: true });
  });

  it('treats an undecryptable token as unset, with a warning, instead of crashing', async () => {
    const { cipher, state } = fakeCipher();
    const stored = await sealToken('tok-3', cipher);
    state.key = 0x33; // the keychain was reset
    const opened = await openToken(stored, cipher);
    expect(opened).toMatchObject({ token: '', protection: 'none', reseal: false });
    expect(opened.warning).toMatch(/could not be decrypted/);
    state.key = 0x5a;
    state.available = false; // encrypted on disk, but no keychain now
    expect((await openToken(stored, cipher)).warning).toMatch(/could not be decrypted/);
  });

  it('asks to reseal when the OS rotated its key', async () => {
    const { cipher } = fakeCipher({ reEncrypt: true });
    expect((await openToken(await sealToken('tok', cipher), cipher)).reseal).toBe(true);
  });
});

describe('createSafeStorageCipher', () => {
  function fakeSafeStorage(backend: string, available: boolean): SafeStorageLike {
    return {
      isAsyncEncryptionAvailable: async () => available,
      encryptStringAsync: async (text) => Buffer.from(`enc:${text}`),
      decryptStringAsync: async (data) => ({ result: data.toString().replace(/^enc:/, ''), shouldReEncrypt: false }),
      getSelectedStorageBackend: () => backend,
    };
  }

  it('counts Linux without a keyring (basic_text) as unavailable', async () => {
    expect(await createSafeStorageCipher(fakeSafeStorage('basic_text', true), 'linux').isAvailable()).toBe(false);
    expect(await createSafeStorageCipher(fakeSafeStorage('gnome_libsecret', true), 'linux').isAvailable()).toBe(true);
    expect(await createSafeStorageCipher(fakeSafeStorage('unknown', true), 'darwin').isAvailable()).toBe(true);
    expect(await createSafeStorageCipher(fakeSafeStorage('unknown', false), 'win32').isAvailable()).toBe(false);
  });

  it('passes encryption through to safeStorage', async () => {
    const cipher = createSafeStorageCipher(fakeSafeStorage('kwallet6', true), 'linux');
    const encrypted = await cipher.encrypt('tok');
    expect(await cipher.decrypt(encrypted)).toEqual({ result: 'tok', shouldReEncrypt: false });
  });
});
