// Runs in tests.
import { describe, expect, it } from 'vitest';
import { isPlausibleEmail } from './is-plausible-email.ts';

describe('isPlausibleEmail', () => {
  it.each([
    'ada@example.com',
    'first.last+tag@mail.example.co.uk',
    "o'brien@example.ie",
    'x_y-z@sub-domain.example.org',
    'jürgen@bücher.de',
    'info@xn--bcher-kva.de',
    `${'a'.repeat(64)}@example.com`,
  ])('accepts %s', (email) => {
    expect(isPlausibleEmail(email)).toBe(true);
  });

  it.each([
    '',
    'ada',
    'ada@',
    '@example.com',
    'ada@example',
    'ada@localhost',
    'ada@@example.com',
    'ada@b@example.com',
    'a da@example.com',
    'ada@exa mple.com',
    ' ada@example.com',
    'ada@example.c',
    'ada@example.123',
    '.ada@example.com',
    'ada.@example.com',
    'a..da@example.com',
    'ada@-example.com',
    'ada@example-.com',
    'ada@example..com',
    'ada@.example.com',
    'ada@example.com.',
    '"ada"@example.com',
    'ada<script>@example.com',
    `${'a'.repeat(65)}@example.com`,
    `a@${'b'.repeat(320)}.com`,
  ])('rejects %j', (email) => {
    expect(isPlausibleEmail(email)).toBe(false);
  });
});
