// build config (node): electron-vite builds main (ESM), preload (CommonJS) and the renderer into out/.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

const root = import.meta.dirname;

// The React plugin's dev preamble and Vite's HMR client need an inline script and a websocket;
// the shipped CSP allows neither, so only the dev server relaxes the meta tag.
function relaxCspForDevServer(): Plugin {
  return {
    name: 'onetime:relax-csp-for-dev-server',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace('connect-src ', 'connect-src ws: ');
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // `electron` and Node built-ins stay external. electron-store is bundled in, so main needs
      // no node_modules at run time and the installers leave out the server's dependencies
      // (see electron-builder.yml).
      externalizeDeps: { exclude: ['electron-store'] },
      rolldownOptions: {
        input: { index: resolve(root, 'electron/main/index.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload can only `require('electron')`: everything else is bundled in, and the
      // output is CommonJS because sandboxed preloads cannot be ES modules.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    // Relative asset URLs: the same build loads from app://bundle/ in Electron and from /app/ on
    // the sync server in a browser.
    base: './',
    plugins: [react(), relaxCspForDevServer()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // The sync server also serves this build over the network at /app/.
      minify: true,
      rolldownOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
        // Libraries change less often than the app: in a browser (/app/) their chunks stay cached
        // across our releases, and no single chunk carries everything.
        output: {
          codeSplitting: {
            groups: [
              { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
              { name: 'mantine', test: /node_modules[\\/]@mantine[\\/]/ },
              // Not RxDB's dev-mode and validation plugins: only tests and development load them.
              { name: 'rxdb', test: /node_modules[\\/]rxdb[\\/](?!.*plugins[\\/](dev-mode|validate-ajv))/ },
            ],
          },
        },
      },
    },
  },
});
