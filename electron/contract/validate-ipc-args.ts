// Runs anywhere (shared by main, preload and renderer). Checks the arguments of each IPC call (main runs them on
// whatever the renderer sends); errors name the argument.
import type { NotificationRequest } from './desktop-api.ts';
import { parseAllowedExternalUrl } from './is-allowed-external-url.ts';
import type { TrayLinkResponseMessage } from './ipc-channels.ts';

const MAX_CLIPBOARD_TEXT = 100_000;
const MAX_TITLE = 200;
const MAX_BODY = 1000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function validateCopyText(value: unknown): string {
  if (typeof value !== 'string') throw new Error('text must be a string');
  if (value.length > MAX_CLIPBOARD_TEXT) throw new Error(`text must be at most ${MAX_CLIPBOARD_TEXT} characters`);
  return value;
}

export function validateNotification(value: unknown): NotificationRequest {
  if (!isRecord(value)) throw new Error('notification must be an object with title and body');
  const { title, body } = value;
  if (typeof title !== 'string' || title.trim() === '' || title.length > MAX_TITLE) {
    throw new Error(`notification.title must be a string of 1..${MAX_TITLE} characters`);
  }
  if (typeof body !== 'string' || body.length > MAX_BODY) {
    throw new Error(`notification.body must be a string of at most ${MAX_BODY} characters`);
  }
  return { title, body };
}

export function validateExternalUrl(value: unknown): string {
  const url = parseAllowedExternalUrl(value);
  if (url === null) throw new Error('url must be an http(s) or mailto URL');
  return url;
}

export function validateTrayLinkResponse(value: unknown): TrayLinkResponseMessage {
  if (!isRecord(value) || typeof value.requestId !== 'string' || value.requestId === '') {
    throw new Error('response.requestId must be a non-empty string');
  }
  if (value.ok === true) {
    if (typeof value.url !== 'string' || value.url === '') throw new Error('response.url must be a non-empty string');
    return { requestId: value.requestId, ok: true, url: value.url };
  }
  if (value.ok === false) {
    const error = typeof value.error === 'string' && value.error !== '' ? value.error.slice(0, MAX_BODY) : 'unknown error';
    return { requestId: value.requestId, ok: false, error };
  }
  throw new Error('response.ok must be true or false');
}
