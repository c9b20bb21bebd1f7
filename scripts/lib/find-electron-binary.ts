// Runs in Node (npm start). The Electron binary, if the electron package has one installed.
// Deliberately does not `require('electron')`: since Electron 42 that downloads the binary lazily,
// which fails (slowly) on machines that only reach the npm registry.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function findElectronBinary(root: string): string | null {
  const packageDir = join(root, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
