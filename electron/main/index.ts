// main: the Electron entry point and the only module that imports `electron`; it wires the small,
// separately tested modules together.
import { app, BrowserWindow, clipboard, globalShortcut, ipcMain, Menu, nativeImage, Notification, protocol, safeStorage, screen, session, shell, Tray } from 'electron';
import Store from 'electron-store';
import { randomUUID } from 'node:crypto';
import { renameSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { NotificationRequest, TrayEventType } from '../contract/desktop-api.ts';
import { TRAY_LINK_REQUEST_CHANNEL } from '../contract/ipc-channels.ts';
import { createAppProtocolHandler } from './app-protocol/create-app-protocol-handler.ts';
import { createIpcHandlers } from './ipc/create-ipc-handlers.ts';
import { registerIpcHandlers } from './ipc/register-ipc-handlers.ts';
import { copyRecentLink } from './quick-link/copy-recent-link.ts';
import { createLinkRequester } from './quick-link/create-link-requester.ts';
import { pickShortcutEventType } from './quick-link/pick-shortcut-event-type.ts';
import { runQuickLink } from './quick-link/run-quick-link.ts';
import { hardenWebContents } from './security/harden-web-contents.ts';
import { isPermissionAllowed } from './security/is-permission-allowed.ts';
import { isTrustedSender } from './security/is-trusted-sender.ts';
import { originOf } from './security/origin-of.ts';
import { APP_ORIGIN, APP_SCHEME } from './security/resolve-app-file.ts';
import { createSafeStorageCipher } from './settings/create-safe-storage-cipher.ts';
import { createSettingsService } from './settings/create-settings-service.ts';
import { openSettingsStore } from './settings/open-settings-store.ts';
import { readLaunchOverrides } from './settings/read-launch-overrides.ts';
import { SETTINGS_STORE_OPTIONS, type StoredSettings } from './settings/settings-schema.ts';
import { applyLaunchAtLogin } from './system/apply-launch-at-login.ts';
import { createNotifier } from './system/create-notifier.ts';
import { createShortcutManager } from './system/create-shortcut-manager.ts';
import { createTrayController } from './tray/create-tray-controller.ts';
import { trayIconFile } from './tray/tray-icon-file.ts';
import { attachCloseToTray } from './window/attach-close-to-tray.ts';
import { mainWindowOptions } from './window/main-window-options.ts';
import { restoreWindowBounds } from './window/restore-window-bounds.ts';
import { showWindow } from './window/show-window.ts';
import { trackWindowState } from './window/track-window-state.ts';

const APP_NAME = 'Onetime Scheduler';
const APP_ID = 'onetime-scheduler';
const log = (message: string): void => console.log(`[main] ${message}`);

// electron-vite dev serves the renderer over HTTP with hot reload; a build uses app://bundle/.
const devRendererUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const appOrigins = [APP_ORIGIN, ...(devRendererUrl ? [originOf(devRendererUrl) ?? devRendererUrl] : [])];
const resourcesDir = join(app.getAppPath(), 'resources');

// One profile for dev runs and installed builds, whatever productName the packager sets;
// SCHEDULER_USER_DATA_DIR gives tests (and a second profile) their own.
app.setName(APP_NAME);
app.setPath('userData', process.env.SCHEDULER_USER_DATA_DIR || join(app.getPath('appData'), APP_ID));
if (process.platform === 'win32') app.setAppUserModelId(`app.${APP_ID}`); // notifications need it

// Must happen before `ready`: a standard, secure scheme gets a real origin, so IndexedDB, fetch
// and the sender checks work as they do on https.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  // Held here so the tray icon is never garbage-collected (it would vanish from the menu bar).
  let trayIcon: Tray | null = null;
  let quitting = false;
  let flushWindowState = (): void => undefined;

  app.on('second-instance', () => showWindow(mainWindow));
  app.on('activate', () => showWindow(mainWindow));
  app.on('before-quit', () => {
    quitting = true;
    flushWindowState();
  });
  app.on('will-quit', () => globalShortcut.unregisterAll());
  // The window only really closes when quitting; until then the app lives in the tray.
  app.on('window-all-closed', () => {
    if (quitting) app.quit();
  });
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { appOrigins, openExternal: (url) => shell.openExternal(url), log });
  });

  void app.whenReady().then(async () => {
    protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: join(import.meta.dirname, '../renderer'), readFile }));
    session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) => {
      callback(isPermissionAllowed(permission, details.requestingUrl, appOrigins));
    });
    session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
      isPermissionAllowed(permission, requestingOrigin, appOrigins),
    );

    const store = openSettingsStore({
      open: () => new Store<StoredSettings>({ ...SETTINGS_STORE_OPTIONS }),
      filePath: join(app.getPath('userData'), `${SETTINGS_STORE_OPTIONS.name}.json`),
      rename: renameSync,
      now: Date.now,
      log,
    });
    const notify = createNotifier(
      { isSupported: () => Notification.isSupported(), create: (options) => new Notification(options) },
      process.platform === 'linux' ? join(resourcesDir, 'icon.png') : undefined,
    );
    const writeClipboard = (text: string): Promise<void> => Promise.resolve(clipboard.writeText(text));

    const linkRequester = createLinkRequester({
      newId: randomUUID,
      send: (message) => {
        const contents = mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null;
        if (!contents || contents.isLoading()) return false;
        contents.send(TRAY_LINK_REQUEST_CHANNEL, message);
        return true;
      },
    });
    const quickLink = (eventType: TrayEventType) =>
      runQuickLink(eventType, { requestLink: (id) => linkRequester.request(id), writeClipboard, notify });

    trayIcon = new Tray(nativeImage.createFromPath(join(resourcesDir, trayIconFile(process.platform))));
    const tray = createTrayController({
      tray: trayIcon,
      buildMenu: (template) => Menu.buildFromTemplate(template),
      appName: APP_NAME,
      platform: process.platform,
      actions: {
        createLink: (eventType) => void quickLink(eventType),
        copyRecentLink: (link) => void copyRecentLink(link, { writeClipboard, notify }),
        openWindow: () => showWindow(mainWindow),
        quit: () => app.quit(),
      },
    });

    const shortcuts = createShortcutManager(globalShortcut);
    const onShortcut = (): void => {
      const eventType = pickShortcutEventType(store.get('defaultEventTypeId'), tray.current());
      if (eventType) void quickLink(eventType);
      else notify({ title: 'No event type yet', body: 'Create an event type in the app first.' });
    };
    const autostartDir = join(process.env.XDG_CONFIG_HOME || join(app.getPath('home'), '.config'), 'autostart');
    const launchAtLogin = (enabled: boolean): void => {
      applyLaunchAtLogin(enabled, {
        platform: process.platform,
        setLoginItemSettings: (settings) => app.setLoginItemSettings(settings),
        autostartFile: join(autostartDir, `${APP_ID}.desktop`),
        executable: process.env.APPIMAGE || process.execPath,
        appName: APP_NAME,
        writeFile: async (path, content) => {
          await mkdir(dirname(path), { recursive: true });
          await writeFile(path, content, 'utf8');
        },
        removeFile: (path) => rm(path, { force: true }),
      }).catch((error: unknown) => log(`launch at login: ${String(error)}`));
    };

    const settings = createSettingsService({
      store,
      cipher: createSafeStorageCipher(safeStorage, process.platform),
      runtimeWarning: () => shortcuts.warning(),
      onChange: (current, changed) => {
        if (changed.includes('launchAtLogin')) launchAtLogin(current.launchAtLogin);
        if (changed.includes('globalShortcut')) shortcuts.set(current.globalShortcut, onShortcut);
      },
    });
    const overrides = readLaunchOverrides(process.env);
    if (overrides) await settings.set(overrides).catch((error: unknown) => log(`launch settings ignored: ${String(error)}`));
    shortcuts.set(store.get('globalShortcut'), onShortcut);

    registerIpcHandlers({
      ipcMain,
      isTrusted: (frame) => isTrustedSender(frame, appOrigins),
      log,
      handlers: createIpcHandlers({
        writeClipboard,
        notify: (notification: NotificationRequest) => notify(notification),
        openExternal: (url) => shell.openExternal(url),
        settings,
        tray,
        linkRequester,
      }),
    });

    const bounds = restoreWindowBounds(
      store.get('windowState'),
      screen.getAllDisplays().map((display) => display.workArea),
      screen.getPrimaryDisplay().workArea,
    );
    const win = new BrowserWindow(
      mainWindowOptions({
        bounds,
        preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
        title: APP_NAME,
        ...(process.platform === 'darwin' ? {} : { icon: join(resourcesDir, 'icon.png') }),
      }),
    );
    mainWindow = win;
    win.on('closed', () => {
      mainWindow = null;
    });
    if (bounds.maximized) win.maximize();
    attachCloseToTray(win, () => quitting);
    flushWindowState = trackWindowState(win, {
      save: (state) => {
        try {
          store.set('windowState', state);
        } catch (error) {
          log(`Window state not saved: ${String(error)}`); // e.g. a size outside the schema's range
        }
      },
    });
    const startHidden =
      process.argv.includes('--hidden') || (process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin);
    win.once('ready-to-show', () => {
      if (!startHidden) win.show();
    });
    await win.loadURL(devRendererUrl ?? `${APP_ORIGIN}/index.html`).catch((error: unknown) => log(`The window failed to load: ${String(error)}`));
  }).catch((error: unknown) => {
    // Half-started (no window or no tray) is worse than not started: say why and stop.
    console.error('[main] Startup failed:', error);
    app.exit(1);
  });
}
