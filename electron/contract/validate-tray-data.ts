// Runs anywhere (shared by main, preload and renderer). Checks the tray snapshot the renderer pushes (main runs it
// before the data reaches the menu); errors name the field.
import type { TrayData, TrayEventType, TrayRecentLink } from './desktop-api.ts';
import { parseAllowedExternalUrl } from './is-allowed-external-url.ts';

const MAX_EVENT_TYPES = 50;
const MAX_RECENT = 20;
const MAX_TEXT = 200;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_TEXT) {
    throw new Error(`${field} must be a string of 1..${MAX_TEXT} characters`);
  }
  return value;
}

function list(value: unknown, field: string, max: number): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${field} must be an array`);
  if (value.length > max) throw new Error(`${field} must have at most ${max} entries`);
  return value;
}

export function validateTrayData(input: unknown): TrayData {
  if (!isRecord(input)) throw new Error('trayData must be an object');
  const eventTypes = list(input.eventTypes, 'eventTypes', MAX_EVENT_TYPES).map((item, index): TrayEventType => {
    if (!isRecord(item)) throw new Error(`eventTypes[${index}] must be an object`);
    return { id: text(item.id, `eventTypes[${index}].id`), name: text(item.name, `eventTypes[${index}].name`) };
  });
  const recentLinks = list(input.recentLinks, 'recentLinks', MAX_RECENT).map((item, index): TrayRecentLink => {
    if (!isRecord(item)) throw new Error(`recentLinks[${index}] must be an object`);
    const url = parseAllowedExternalUrl(item.url);
    if (url === null || url.startsWith('mailto:')) throw new Error(`recentLinks[${index}].url must be an http(s) URL`);
    return { id: text(item.id, `recentLinks[${index}].id`), label: text(item.label, `recentLinks[${index}].label`), url };
  });
  const syncState = text(input.syncState, 'syncState');
  return { eventTypes, recentLinks, syncState };
}
