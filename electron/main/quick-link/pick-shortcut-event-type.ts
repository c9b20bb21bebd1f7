// main: which event type the global shortcut makes a link for.
import type { TrayData, TrayEventType } from '../../contract/desktop-api.ts';

/** The configured default when it is still active, else the first active event type, else none. */
export function pickShortcutEventType(defaultEventTypeId: string | null, data: TrayData | null): TrayEventType | null {
  const eventTypes = data?.eventTypes ?? [];
  return eventTypes.find((eventType) => eventType.id === defaultEventTypeId) ?? eventTypes[0] ?? null;
}
