// main: opens the settings file, setting a damaged one aside instead of refusing to start.

export interface OpenStoreDeps<Store> {
  open(): Store;
  /** Where the settings file lives (to move it aside). */
  filePath: string;
  rename(from: string, to: string): void;
  now(): number;
  log(message: string): void;
}

export function openSettingsStore<Store>(deps: OpenStoreDeps<Store>): Store {
  try {
    return deps.open();
  } catch (error) {
    // Kept, not deleted: it may hold the only copy of a token the user wants back.
    const aside = `${deps.filePath}.invalid-${deps.now()}`;
    deps.log(`Settings file unreadable (${error instanceof Error ? error.message : String(error)}); moved to ${aside}`);
    deps.rename(deps.filePath, aside);
    return deps.open();
  }
}
