// main: turns "launch at login" on or off, the way each OS expects.
import { linuxAutostartEntry } from './linux-autostart-entry.ts';

export interface LaunchAtLoginDeps {
  platform: string;
  /** Electron's app.setLoginItemSettings (macOS, Windows). */
  setLoginItemSettings(settings: { openAtLogin: boolean; args?: string[] }): void;
  /** Linux: ~/.config/autostart/<name>.desktop */
  autostartFile: string;
  /** Linux: what to run (the AppImage path when packaged as one, else the executable). */
  executable: string;
  appName: string;
  writeFile(path: string, content: string): Promise<void>;
  removeFile(path: string): Promise<void>;
}

export async function applyLaunchAtLogin(enabled: boolean, deps: LaunchAtLoginDeps): Promise<void> {
  if (deps.platform === 'linux') {
    if (enabled) await deps.writeFile(deps.autostartFile, linuxAutostartEntry(deps.appName, deps.executable));
    else await deps.removeFile(deps.autostartFile);
    return;
  }
  // `--hidden` starts in the tray, not with a window in the user's face at login.
  deps.setLoginItemSettings(enabled ? { openAtLogin: true, args: ['--hidden'] } : { openAtLogin: false });
}
