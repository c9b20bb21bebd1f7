// main: the optional global shortcut that makes a link for the default event type.

export interface GlobalShortcutApi {
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
}

export interface ShortcutManager {
  /** Replaces the current shortcut (null removes it). */
  set(accelerator: string | null, callback: () => void): void;
  /** Why the last shortcut could not be registered, or null. */
  warning(): string | null;
}

export function createShortcutManager(api: GlobalShortcutApi): ShortcutManager {
  let active: string | null = null;
  let lastWarning: string | null = null;
  return {
    set(accelerator, callback) {
      if (active !== null) api.unregister(active);
      active = null;
      lastWarning = null;
      if (accelerator === null) return;
      let registered: boolean;
      try {
        registered = api.register(accelerator, callback);
      } catch {
        lastWarning = `"${accelerator}" is not a valid shortcut (example: CommandOrControl+Shift+L)`;
        return;
      }
      if (registered) active = accelerator;
      else lastWarning = `The shortcut "${accelerator}" is already used by another application`;
    },
    warning: () => lastWarning,
  };
}
