import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

/**
 * One Vite project builds both hosts. In local mode Graph is reached through a same-origin proxy
 * (`/graph/v1.0` → the emulator), so the app keeps one code path for the emulator and real Graph.
 */
export default defineConfig(() => {
  const emulator = process.env['KOMPAS_EMULATOR_URL'] ?? 'http://127.0.0.1:4100';
  const proxy = { '/graph': { target: emulator, rewrite: (p: string) => p.replace(/^\/graph/, '') } };
  return {
    root,
    plugins: [react()],
    server: { proxy, strictPort: true },
    preview: { proxy, strictPort: true },
    build: {
      outDir: path.join(root, 'dist/web'),
      emptyOutDir: true,
      sourcemap: true,
      rollupOptions: {
        input: {
          tab: path.join(root, 'tab/index.html'),
          word: path.join(root, 'word-addin/index.html'),
          authRedirect: path.join(root, 'tab/auth-redirect.html'),
          authPopup: path.join(root, 'tab/host/auth/auth-popup.html'),
          authDialog: path.join(root, 'word-addin/auth-dialog.html'),
        },
      },
    },
  };
});
