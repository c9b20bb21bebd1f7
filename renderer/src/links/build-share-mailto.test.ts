// Runs in tests (node). The "Share by email" mailto: URL.
import { describe, expect, it } from 'vitest';
import { buildShareMailBody, buildShareMailto, type ShareMailInput } from './build-share-mailto.ts';

const input: ShareMailInput = {
  url: 'https://book.example.com/l/AbC_-123',
  eventName: 'Intro call',
  durationMinutes: 30,
  to: 'ada@example.com',
  contactName: 'Ada Lovelace',
  hostName: 'Grace Hopper',
  maxUses: 1,
  expiresAt: null,
  timezone: 'Europe/Berlin',
};

function parse(mailto: string) {
  const match = /^mailto:([^?]*)\?subject=([^&]*)&body=([^&]*)$/.exec(mailto);
  if (!match) throw new Error(`not a mailto with subject and body: ${mailto}`);
  return { to: decodeURIComponent(match[1]!), subject: decodeURIComponent(match[2]!), body: decodeURIComponent(match[3]!) };
}

describe('buildShareMailto', () => {
  it('addresses the contact with a subject and a body that holds the link', () => {
    const mailto = buildShareMailto(input);
    expect(mailto.startsWith('mailto:ada@example.com?subject=Book%20a%20time%3A%20Intro%20call&body=')).toBe(true);
    expect(mailto).not.toContain('+');
    expect(mailto).not.toContain(' ');
    const { to, subject, body } = parse(mailto);
    expect(to).toBe('ada@example.com');
    expect(subject).toBe('Book a time: Intro call');
    expect(body).toBe(
      [
        'Hi Ada,',
        '',
        'Please pick a time for "Intro call" (30 min) that suits you:',
        'https://book.example.com/l/AbC_-123',
        '',
        'The link is for you alone and works for one booking.',
        '',
        'Best regards,',
        'Grace Hopper',
      ].join('\r\n'),
    );
  });

  it('leaves the recipient empty without a contact and encodes what could break the URL', () => {
    const { to, body } = parse(buildShareMailto({ ...input, to: '', contactName: '' }));
    expect(to).toBe('');
    expect(body.startsWith('Hi,\r\n')).toBe(true);
    const tricky = buildShareMailto({ ...input, to: 'a&b?c@example.com', eventName: 'Q&A #1 100%' });
    expect(tricky.startsWith('mailto:a%26b%3Fc@example.com?subject=')).toBe(true);
    expect(parse(tricky).subject).toBe('Book a time: Q&A #1 100%');
  });

  it('mentions several uses and the last day of an expiring link in the host zone', () => {
    // Expires at the end of 10 March in Berlin (23:00 UTC): the last usable day is 10 March.
    const body = buildShareMailBody({ ...input, maxUses: 3, expiresAt: '2026-03-10T23:00:00.000Z' });
    expect(body).toContain('The link works for 3 bookings.');
    expect(body).toContain('It can be used until Tue, Mar 10, 2026.');
  });
});
