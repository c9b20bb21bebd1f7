// test support (node): a reversible stand-in for the OS keychain behind Electron's safeStorage.
import type { SecretCipher } from '../main/settings/token-vault.ts';

/** A reversible stand-in for the OS keychain: XOR with a key, tagged so tests can see it is not plain. */
export function fakeCipher(options: { available?: boolean; key?: number; failEncrypt?: boolean; reEncrypt?: boolean } = {}) {
  const state = { available: options.available ?? true, key: options.key ?? 0x5a };
  const cipher: SecretCipher = {
    isAvailable: async () => state.available,
    encrypt: async (text) => {
      if (options.failEncrypt) throw new Error('keychain locked');
      return Uint8Array.from([state.key, ...Buffer.from(text, 'utf8').map((byte) => byte ^ state.key)]);
    },
    decrypt: async (data) => {
      if (data[0] !== state.key) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return {
        result: Buffer.from(data.subarray(1).map((byte) => byte ^ state.key)).toString('utf8'),
        shouldReEncrypt: options.reEncrypt ?? false,
      };
    },
  };
  return { cipher, state };
}
