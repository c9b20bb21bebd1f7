// test: IPC arguments are checked; errors name the argument.
import { describe, expect, it } from 'vitest';
import { validateCopyText, validateExternalUrl, validateNotification, validateTrayLinkResponse } from './validate-ipc-args.ts';

describe('IPC argument validation', () => {
  it('copyText takes a string of reasonable size', () => {
    expect(validateCopyText('https://x.test/l/abc')).toBe('https://x.test/l/abc');
    expect(validateCopyText('')).toBe('');
    expect(() => validateCopyText(5)).toThrow('text must be a string');
    expect(() => validateCopyText('x'.repeat(100_001))).toThrow('text must be at most');
  });

  it('notify takes a title and a body', () => {
    expect(validateNotification({ title: 'Booked', body: 'Ann, Tue 10:00', extra: 1 })).toEqual({ title: 'Booked', body: 'Ann, Tue 10:00' });
    expect(() => validateNotification('hi')).toThrow('notification must be an object');
    expect(() => validateNotification({ title: ' ', body: '' })).toThrow('notification.title');
    expect(() => validateNotification({ title: 'x' })).toThrow('notification.body');
    expect(() => validateNotification({ title: 'x', body: 'y'.repeat(1001) })).toThrow('notification.body');
  });

  it('openExternal takes http(s) and mailto only', () => {
    expect(validateExternalUrl('https://example.com')).toBe('https://example.com/');
    expect(() => validateExternalUrl('file:///etc/passwd')).toThrow('url must be an http(s) or mailto URL');
    expect(() => validateExternalUrl({})).toThrow('url must be');
  });

  it('tray link answers are well-formed', () => {
    expect(validateTrayLinkResponse({ requestId: 'r', ok: true, url: 'https://x' })).toEqual({ requestId: 'r', ok: true, url: 'https://x' });
    expect(validateTrayLinkResponse({ requestId: 'r', ok: false, error: 'nope' })).toEqual({ requestId: 'r', ok: false, error: 'nope' });
    expect(validateTrayLinkResponse({ requestId: 'r', ok: false })).toEqual({ requestId: 'r', ok: false, error: 'unknown error' });
    expect(() => validateTrayLinkResponse({ ok: true, url: 'x' })).toThrow('response.requestId');
    expect(() => validateTrayLinkResponse({ requestId: 'r', ok: true })).toThrow('response.url');
    expect(() => validateTrayLinkResponse({ requestId: 'r', ok: 'yes' })).toThrow('response.ok');
  });
});
