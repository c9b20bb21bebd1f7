// Runs in tests. The words of a lost-edit notice, and the device id the stamps carry.
import { describe, expect, it } from 'vitest';
import { isDeviceId } from '../../../core/merge/index.ts';
import { makeLink } from '../../../core/testing/fixtures.ts';
import { makeDeviceId } from '../db/device-id.ts';
import { lostEditNotice, valueText } from './lost-edit-notice.ts';

const edit = (at: string) => ({ at, after: '' });

describe('lostEditNotice', () => {
  it('names the link by its contact, the field by its label, and keeps both values as text', () => {
    const link = makeLink({ contact: { name: 'Ada Lovelace', email: 'ada@example.com' }, note: 'kept' });
    const notice = lostEditNotice('links', link, {
      field: 'note', lost: 'mine', kept: 'kept',
      lostEdit: edit('2026-12-03T10:00:00.000Z~0000~devicea1'), keptEdit: edit('2026-12-03T10:05:00.000Z~0000~deviceb2'),
    });
    expect(notice).toEqual({
      id: `links/${link.id}/note/2026-12-03T10:00:00.000Z~0000~devicea1`,
      collection: 'links', docId: link.id, what: 'the link for Ada Lovelace', field: 'Note',
      lostText: 'mine', keptText: 'kept', keptAt: '2026-12-03T10:05:00.000Z',
    });
  });

  it('writes objects as JSON the host can paste back, and says when a value was empty', () => {
    expect(valueText({ name: 'Bo', email: '' })).toBe('{\n  "name": "Bo",\n  "email": ""\n}');
    expect(valueText('')).toBe('(empty)');
    expect(valueText(null)).toBe('(empty)');
    expect(valueText(3)).toBe('3');
  });
});

describe('makeDeviceId', () => {
  it('is 16 characters a stamp can hold, every character equally likely (bytes over 251 skipped)', () => {
    const bytes = [255, 252, ...Array.from({ length: 20 }, (_, i) => i)];
    let offset = 0;
    const id = makeDeviceId((count) => {
      const chunk = Uint8Array.from(bytes.slice(offset, offset + count));
      offset += count;
      return chunk;
    });
    expect(id).toBe('abcdefghijklmnop');
    expect(isDeviceId(makeDeviceId())).toBe(true);
    expect(makeDeviceId()).not.toBe(makeDeviceId());
  });
});
