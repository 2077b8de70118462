import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;

export default defineConfig({
  // Node-side entries. Only `index` needs Electron; the others run under plain Node
  // (the browser host, the relay and, later, the phone CLI) from the same build.
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      rolldownOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          // The host's utility process (engine, database, services): Electron-only entry.
          host: resolve(root, 'electron/main/host-utility.ts'),
          'browser-host': resolve(root, 'electron/host/browser-host-main.ts'),
          relay: resolve(root, 'server/main.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload cannot require packages: bundle everything but electron.
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
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: {
        input: {
          index: resolve(root, 'renderer/index.html'),
          // Served only by the browser host, which injects it before the app's script.
          'parley-bridge': resolve(root, 'electron/browser-bridge/index.ts'),
        },
        output: {
          entryFileNames: (chunk) => (chunk.name === 'parley-bridge' ? '[name].js' : 'assets/[name]-[hash].js'),
        },
      },
    },
  },
});
