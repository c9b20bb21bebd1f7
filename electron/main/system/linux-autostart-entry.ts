// main: the XDG autostart file that makes "launch at login" work on Linux desktops.

/** Quotes a path for a .desktop Exec= line (spec: double quotes, escape " ` $ \). */
function quoteExec(path: string): string {
  return `"${path.replace(/(["`$\\])/g, '\\$1')}"`;
}

export function linuxAutostartEntry(appName: string, executable: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    `Name=${appName.replace(/[\r\n]/g, ' ')}`,
    `Exec=${quoteExec(executable)} --hidden`,
    'X-GNOME-Autostart-enabled=true',
    'Terminal=false',
    '',
  ].join('\n');
}
