// Runs in tests (server side). The booking's .ics: whatever hosts and invitees type (line breaks,
// control characters, `;` and `,`, very long names), no value starts a property of its own, every
// line ends in CRLF and is folded at 75 octets, and each value reads back as it was typed.
import { describe, expect, it } from 'vitest';
import type { BookingDoc } from '../../../core/schemas/index.ts';
import { buildBookingIcs, escapeIcsText } from './build-booking-ics.ts';

const INJECTION = 'Intro\r\nATTENDEE:mailto:evil@example.org\nORGANIZER:evil\rX-EVIL:1';

function booking(overrides: Partial<BookingDoc> = {}): BookingDoc {
  return {
    id: '0f6c2b1e-2b8a-4f0e-9d1c-111111111111',
    eventTypeId: 'e1',
    linkId: null,
    start: '2026-12-01T09:00:00.000Z',
    end: '2026-12-01T09:30:00.000Z',
    eventName: INJECTION,
    location: { kind: 'custom', details: `Room 1\r\nX-EVIL:2` },
    invitee: { name: 'Grace', email: 'grace@example.org', timezone: 'UTC', notes: 'see you\r\nATTENDEE:bad\u0007' },
    status: 'confirmed',
    canceledAt: null,
    canceledBy: null,
    cancelReason: null,
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    ...overrides,
  } as BookingDoc;
}

/** RFC 5545 3.1: a CRLF followed by one space or tab continues the line before. */
const unfold = (ics: string): string[] => ics.replace(/\r\n[ \t]/g, '').split('\r\n');
const unescape = (value: string): string => value.replace(/\\([\\;,nN])/g, (_all, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
const valueOf = (lines: string[], name: string): string | undefined => lines.find((line) => line.startsWith(`${name}:`))?.slice(name.length + 1);

describe('buildBookingIcs', () => {
  const ics = buildBookingIcs({ booking: booking(), hostName: 'Ada\r\nORGANIZER:evil', manageUrl: 'https://book.example.org/m/abc' });
  const lines = unfold(ics);

  it('lets no value start a property line of its own', () => {
    expect(ics).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
    const names = lines.map((line) => /^([A-Z-]+)[;:]/.exec(line)?.[1]);
    expect(names).not.toContain(undefined);
    expect(names.filter((name) => name === 'ATTENDEE' || name === 'ORGANIZER' || name?.startsWith('X-EVIL'))).toEqual([]);
    expect(lines.filter((line) => /^(ATTENDEE|ORGANIZER|X-EVIL)/.test(line))).toEqual([]);
  });

  it('writes the calendar name and the event text escaped, reading back as typed (line breaks as \\n, controls dropped)', () => {
    const typed = INJECTION.replace(/\r\n|\r/g, '\n');
    expect(unescape(valueOf(lines, 'NAME') ?? '')).toBe(typed);
    expect(unescape(valueOf(lines, 'X-WR-CALNAME') ?? '')).toBe(typed);
    expect(unescape(valueOf(lines, 'SUMMARY') ?? '')).toBe(`${typed} with Ada\nORGANIZER:evil`);
    expect(unescape(valueOf(lines, 'LOCATION') ?? '')).toBe('Room 1\nX-EVIL:2');
    expect(unescape(valueOf(lines, 'DESCRIPTION') ?? '')).toBe('see you\nATTENDEE:bad\n\nView or cancel: https://book.example.org/m/abc');
  });

  it('folds every line at 75 octets, multi-byte characters kept whole', () => {
    const longName = `Kennenlernen, Beratung; ${'Grüße 👋 '.repeat(40)}`;
    const long = buildBookingIcs({ booking: booking({ eventName: longName, location: { kind: 'none', details: '' } }), hostName: 'Ada', manageUrl: 'https://book.example.org/m/abc' });
    const physical = long.split('\r\n');
    expect(Math.max(...physical.map((line) => Buffer.byteLength(line, 'utf8')))).toBeLessThanOrEqual(75);
    expect(physical.join('')).not.toContain('\uFFFD');
    expect(physical.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(10);
    const readBack = unfold(long);
    expect(unescape(valueOf(readBack, 'NAME') ?? '')).toBe(longName);
    expect(unescape(valueOf(readBack, 'X-WR-CALNAME') ?? '')).toBe(longName);
  });
});

describe('escapeIcsText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break, and drops control characters', () => {
    expect(escapeIcsText('a\\b;c,d\r\ne\nf\rg\u0000h\u001bi\tj')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\nghi\tj');
  });
});
