// main: which file in resources/ is the tray icon on this OS.

export function trayIconFile(platform: string): string {
  // macOS: a template image (black + alpha) that the menu bar tints for light and dark mode;
  // Electron picks trayTemplate@2x.png on Retina screens by itself.
  if (platform === 'darwin') return 'trayTemplate.png';
  if (platform === 'win32') return 'tray.ico';
  return 'tray.png';
}
