// main: the token vault's cipher on top of Electron's safeStorage (async API).
import type { SecretCipher } from './token-vault.ts';

/** The part of Electron's safeStorage this needs. */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Uint8Array>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
  getSelectedStorageBackend(): string;
}

export function createSafeStorageCipher(safeStorage: SafeStorageLike, platform: string): SecretCipher {
  return {
    async isAvailable() {
      // Linux without a keyring: safeStorage "encrypts" with a key hard-coded in Chromium, which
      // protects nothing, so it counts as unavailable (and the UI says the token is stored plain).
      if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return false;
      return safeStorage.isAsyncEncryptionAvailable();
    },
    encrypt: (plainText) => safeStorage.encryptStringAsync(plainText),
    decrypt: (cipherText) => safeStorage.decryptStringAsync(Buffer.from(cipherText)),
  };
}
