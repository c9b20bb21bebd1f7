// packaging (node, electron-builder hook): main and preload are fully bundled by electron-vite, so
// the installers need no node_modules. Returning false tells electron-builder that node_modules
// are handled elsewhere: it neither copies the server's dependencies (fastify, pg, better-sqlite3…)
// into the app nor tries to rebuild their native modules for Electron.
export async function beforeBuild() {
  return false;
}
