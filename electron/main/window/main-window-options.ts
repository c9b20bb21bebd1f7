// main: the BrowserWindow options, security flags included, as plain data.
import { MIN_WINDOW_SIZE, type Rectangle } from './restore-window-bounds.ts';

export interface MainWindowOptionsInput {
  bounds: Rectangle;
  preloadPath: string;
  title: string;
  /** Window icon on Linux and Windows (macOS takes the bundle's icon). */
  icon?: string;
}

export function mainWindowOptions(input: MainWindowOptionsInput) {
  return {
    ...input.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: input.title,
    ...(input.icon === undefined ? {} : { icon: input.icon }),
    // Shown on 'ready-to-show', so no blank white frame flashes first.
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // The window is usually hidden in the tray; the renderer must still answer tray requests
      // and keep syncing at full speed.
      backgroundThrottling: false,
    },
  } as const;
}
