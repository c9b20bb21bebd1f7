// main: keeps the host token encrypted at rest with the OS keychain (Electron safeStorage).
//
// Fallback when the OS offers no encryption (Linux without a keyring, where safeStorage would
// only obfuscate with a hard-coded key): the token is stored as is in the owner-only (0600)
// settings file and the UI is told (tokenProtection: 'plain') so it can say so. Once encryption
// becomes available, the next read re-encrypts it. When the stored ciphertext can no longer be
// decrypted (keychain reset, profile copied to another machine), the token is treated as unset
// and the UI asks for it again: failing closed beats a crash loop.
import type { TokenProtection } from '../../contract/desktop-api.ts';
import type { StoredToken } from './settings-schema.ts';

/** Electron's safeStorage, reduced to what we use (async API; the sync one is deprecated). */
export interface SecretCipher {
  isAvailable(): Promise<boolean>;
  encrypt(plainText: string): Promise<Uint8Array>;
  decrypt(cipherText: Uint8Array): Promise<{ result: string; shouldReEncrypt: boolean }>;
}

export interface OpenedToken {
  token: string;
  protection: TokenProtection;
  warning: string | null;
  /** The stored form should be rewritten (migrate plain → encrypted, or a rotated key). */
  reseal: boolean;
}

export async function sealToken(token: string, cipher: SecretCipher): Promise<StoredToken> {
  if (token === '') return { encoding: 'none', value: '' };
  if (!(await cipher.isAvailable())) return { encoding: 'plain', value: token };
  // No silent plain-text fallback here: if the keychain is there but fails, the save fails.
  const encrypted = await cipher.encrypt(token);
  return { encoding: 'safe-storage', value: Buffer.from(encrypted).toString('base64') };
}

export async function openToken(stored: StoredToken, cipher: SecretCipher): Promise<OpenedToken> {
  if (stored.encoding === 'none' || stored.value === '') {
    return { token: '', protection: 'none', warning: null, reseal: false };
  }
  if (stored.encoding === 'plain') {
    const canEncrypt = await cipher.isAvailable();
    return { token: stored.value, protection: canEncrypt ? 'encrypted' : 'plain', warning: null, reseal: canEncrypt };
  }
  try {
    if (!(await cipher.isAvailable())) throw new Error('encryption is not available');
    const { result, shouldReEncrypt } = await cipher.decrypt(Buffer.from(stored.value, 'base64'));
    return { token: result, protection: 'encrypted', warning: null, reseal: shouldReEncrypt };
  } catch {
    return {
      token: '',
      protection: 'none',
      warning: 'The saved host token could not be decrypted (the system keychain changed). Please enter it again.',
      reseal: false,
    };
  }
}
