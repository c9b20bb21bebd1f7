// test (stand-in for the `electron` module): the ONLY mock of tests/e2e/electron-main-bundle.test.ts.
// The built main bundle (out/main/index.js) imports this instead of Electron, whose binary cannot
// be installed here. It records what main asks of Electron and lets the test play Electron's part
// (ready, second instance, window close, quit) the way Electron's documentation describes it;
// every other module the bundle holds (electron-store, the settings, the tray, the IPC) is real.
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Listener = (...args: unknown[]) => unknown;

export interface PreventableEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function preventableEvent(): PreventableEvent {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

/** Everything main did through Electron, for the test to read. */
export const recorder = {
  calls: [] as string[],
  readyBeforeSchemes: false,
  privilegedSchemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  ipcHandlers: new Map<string, Listener>(),
  ipcListeners: new Map<string, Listener>(),
  windows: [] as RecordingBrowserWindow[],
  trays: [] as RecordingTray[],
  menus: [] as RecordingMenu[],
  clipboardWrites: [] as string[],
  notifications: [] as Array<{ options: { title: string; body: string; icon?: string }; shown: boolean }>,
  shortcuts: new Map<string, () => void>(),
  permissionRequestHandler: null as Listener | null,
  permissionCheckHandler: null as Listener | null,
  quitCalls: 0,
  quitted: false,
  exitCode: null as number | null,
  paths: new Map<string, string>(),
};

let ready = false;
let resolveReady: () => void = () => undefined;
const readyPromise = new Promise<void>((resolve) => {
  resolveReady = resolve;
});

class RecordingApp extends EventEmitter {
  isPackaged = false;
  private name = 'Electron';
  appPath = process.cwd();

  getAppPath(): string {
    return this.appPath;
  }
  getName(): string {
    return this.name;
  }
  setName(name: string): void {
    this.name = name;
  }
  getVersion(): string {
    return '0.0.0-test';
  }
  getPath(name: string): string {
    let path = recorder.paths.get(name);
    if (path === undefined) {
      path = mkdtempSync(join(tmpdir(), `recording-electron-${name}-`));
      recorder.paths.set(name, path);
    }
    return path;
  }
  setPath(name: string, path: string): void {
    recorder.paths.set(name, path);
  }
  setAppUserModelId(): void {}
  requestSingleInstanceLock(): boolean {
    recorder.calls.push('app.requestSingleInstanceLock');
    return true;
  }
  whenReady(): Promise<void> {
    return readyPromise;
  }
  isReady(): boolean {
    return ready;
  }
  setLoginItemSettings(): void {}
  getLoginItemSettings(): { openAtLogin: boolean; wasOpenedAtLogin: boolean } {
    return { openAtLogin: false, wasOpenedAtLogin: false };
  }
  /** As Electron: before-quit, then every window gets a (preventable) close; all closed = will-quit. */
  quit(): void {
    recorder.quitCalls += 1;
    const beforeQuit = preventableEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    for (const win of recorder.windows.filter((w) => !w.isDestroyed())) {
      if (!win.requestClose()) return;
    }
    const willQuit = preventableEvent();
    this.emit('will-quit', willQuit);
    if (!willQuit.defaultPrevented) recorder.quitted = true;
  }
  exit(code = 0): void {
    recorder.exitCode = code;
  }
}

export const app = new RecordingApp();

/** The test's part: Electron finished starting. */
export function emitReady(): void {
  ready = true;
  resolveReady();
}

class RecordingWebContents extends EventEmitter {
  readonly sent: Array<[string, unknown[]]> = [];
  windowOpenHandler: Listener | null = null;
  loading = true;
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, args]);
  }
  isLoading(): boolean {
    return this.loading;
  }
  setWindowOpenHandler(handler: Listener): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return false;
  }
}

export class RecordingBrowserWindow extends EventEmitter {
  readonly webContents = new RecordingWebContents();
  readonly loadedUrls: string[] = [];
  visible = false;
  destroyed = false;
  minimized = false;
  maximized = false;
  shows = 0;
  hides = 0;

  readonly options: Record<string, unknown>;

  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
    recorder.windows.push(this);
    // Electron announces every new webContents on the app, synchronously.
    app.emit('web-contents-created', preventableEvent(), this.webContents);
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    this.webContents.loading = false;
    this.emit('ready-to-show');
  }
  show(): void {
    this.visible = true;
    this.shows += 1;
  }
  hide(): void {
    this.visible = false;
    this.hides += 1;
  }
  focus(): void {}
  isVisible(): boolean {
    return this.visible;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds() {
    return { x: 10, y: 20, width: 1100, height: 760 };
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** A close as the user's click or app.quit() makes it; returns whether the window really closed. */
  requestClose(): boolean {
    const event = preventableEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return false;
    this.destroyed = true;
    this.visible = false;
    this.emit('closed');
    return true;
  }
  close(): void {
    this.requestClose();
  }
}

export class RecordingTray extends EventEmitter {
  contextMenu: RecordingMenu | null = null;
  toolTip = '';
  readonly image: RecordingImage;

  constructor(image: RecordingImage) {
    super();
    this.image = image;
    recorder.trays.push(this);
  }
  setContextMenu(menu: RecordingMenu | null): void {
    this.contextMenu = menu;
  }
  setToolTip(text: string): void {
    this.toolTip = text;
  }
  destroy(): void {}
}

export interface RecordingMenuItem {
  id?: string;
  label?: string;
  submenu?: RecordingMenuItem[];
  click?: () => void;
}

export class RecordingMenu {
  readonly items: RecordingMenuItem[];
  constructor(items: RecordingMenuItem[]) {
    this.items = items;
  }
  static buildFromTemplate(template: RecordingMenuItem[]): RecordingMenu {
    const menu = new RecordingMenu(template);
    recorder.menus.push(menu);
    return menu;
  }
}

export class RecordingImage {
  readonly path: string;
  constructor(path: string) {
    this.path = path;
  }
  isEmpty(): boolean {
    return false;
  }
  setTemplateImage(): void {}
}

export const nativeImage = {
  createFromPath: (path: string) => new RecordingImage(path),
};

export class RecordingNotification {
  private readonly record: (typeof recorder.notifications)[number];
  constructor(options: { title: string; body: string; icon?: string }) {
    this.record = { options, shown: false };
    recorder.notifications.push(this.record);
  }
  static isSupported(): boolean {
    return true;
  }
  show(): void {
    this.record.shown = true;
  }
}

export const ipcMain = {
  handle(channel: string, listener: Listener): void {
    if (recorder.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    recorder.ipcHandlers.set(channel, listener);
  },
  on(channel: string, listener: Listener): void {
    recorder.ipcListeners.set(channel, listener);
  },
  removeHandler(channel: string): void {
    recorder.ipcHandlers.delete(channel);
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    // Electron throws when this comes after `ready`; record it instead, for the test to check.
    if (ready) recorder.readyBeforeSchemes = true;
    recorder.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void {
    recorder.protocolHandlers.set(scheme, handler);
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler: Listener): void {
      recorder.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: Listener): void {
      recorder.permissionCheckHandler = handler;
    },
  },
};

export const clipboard = {
  writeText(text: string): Promise<void> {
    recorder.clipboardWrites.push(text);
    return Promise.resolve();
  },
};

// Linux without a keyring: the settings keep the token plain (token-vault.ts covers encryption).
export const safeStorage = {
  getSelectedStorageBackend: () => 'basic_text',
  isEncryptionAvailable: () => false,
  isAsyncEncryptionAvailable: () => Promise.resolve(false),
  encryptStringAsync: () => Promise.reject(new Error('no keyring')),
  decryptStringAsync: () => Promise.reject(new Error('no keyring')),
};

const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 }, bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
export const screen = {
  getAllDisplays: () => [display],
  getPrimaryDisplay: () => display,
};

export const shell = {
  opened: [] as string[],
  async openExternal(url: string): Promise<void> {
    this.opened.push(url);
  },
  async openPath(): Promise<string> {
    return '';
  },
};

export const globalShortcut = {
  register(accelerator: string, callback: () => void): boolean {
    recorder.shortcuts.set(accelerator, callback);
    return true;
  },
  unregister(accelerator: string): void {
    recorder.shortcuts.delete(accelerator);
  },
  isRegistered: (accelerator: string) => recorder.shortcuts.has(accelerator),
  unregisterAll(): void {
    recorder.calls.push('globalShortcut.unregisterAll');
    recorder.shortcuts.clear();
  },
};

export {
  RecordingBrowserWindow as BrowserWindow,
  RecordingMenu as Menu,
  RecordingNotification as Notification,
  RecordingTray as Tray,
};

const electron = {
  app,
  BrowserWindow: RecordingBrowserWindow,
  clipboard,
  globalShortcut,
  ipcMain,
  Menu: RecordingMenu,
  nativeImage,
  Notification: RecordingNotification,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  Tray: RecordingTray,
};
export default electron;
