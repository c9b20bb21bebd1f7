// Runs in tests. Tokens are the capability in public URLs: check size, alphabet and randomness.
import { describe, expect, it } from 'vitest';
import { linkSchema } from '../schemas/index.ts';
import { validateLink } from '../validation/index.ts';
import { makeLink } from '../testing/fixtures.ts';
import { generateToken, TOKEN_MAX_BYTES } from './generate-token.ts';
import { isWellFormedToken } from './is-well-formed-token.ts';

const BASE64URL = /^[A-Za-z0-9_-]+$/;

function decodedLength(token: string): number {
  return Buffer.from(token, 'base64url').length;
}

describe('generateToken', () => {
  it('gives 128 random bits as 22 base64url characters by default', () => {
    const token = generateToken();
    expect(token).toMatch(BASE64URL);
    expect(token).toHaveLength(22);
    expect(decodedLength(token)).toBe(16);
    expect(token.length * 6).toBeGreaterThanOrEqual(128);
  });

  it.each([16, 17, 18, 32, 64, TOKEN_MAX_BYTES])('encodes %i bytes without padding', (bytes) => {
    const token = generateToken(bytes);
    expect(token).toMatch(BASE64URL);
    expect(token).toHaveLength(Math.ceil((bytes * 4) / 3));
    expect(decodedLength(token)).toBe(bytes);
    expect(isWellFormedToken(token)).toBe(true);
  });

  it.each([0, 8, 15, 15.5, TOKEN_MAX_BYTES + 1, Number.NaN])('refuses %s bytes (under 128 bits or over the stored length)', (bytes) => {
    expect(() => generateToken(bytes)).toThrow(RangeError);
  });

  it('never repeats over many tokens', () => {
    const tokens = new Set(Array.from({ length: 20_000 }, () => generateToken()));
    expect(tokens.size).toBe(20_000);
  });

  it('uses the whole alphabet in every position but the last', () => {
    const tokens = Array.from({ length: 4000 }, () => generateToken());
    for (let position = 0; position < 21; position++) {
      expect(new Set(tokens.map((t) => t[position])).size, `position ${position}`).toBe(64);
    }
    // The last character carries the remaining 2 bits of the 16th byte, padded with zeros.
    expect(new Set(tokens.map((t) => t[21])).size).toBe(4);
  });

  it('has balanced bits (a broken generator, e.g. zero-filled, would not)', () => {
    let ones = 0;
    const count = 2000;
    for (let i = 0; i < count; i++) {
      for (const byte of Buffer.from(generateToken(), 'base64url')) ones += byte.toString(2).replaceAll('0', '').length;
    }
    const bits = count * 128;
    // Mean bits/2, standard deviation sqrt(bits)/2 ≈ 253: six deviations leave no room for flakes.
    expect(Math.abs(ones - bits / 2)).toBeLessThan(1600);
  });

  it('fits the links schema', () => {
    const property = linkSchema.properties.token as { minLength: number; maxLength: number };
    expect(generateToken().length).toBeGreaterThanOrEqual(property.minLength);
    expect(generateToken(TOKEN_MAX_BYTES).length).toBeLessThanOrEqual(property.maxLength);
    expect(validateLink(makeLink({ token: generateToken(TOKEN_MAX_BYTES) })).ok).toBe(true);
  });
});
