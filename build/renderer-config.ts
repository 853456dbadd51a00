import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import type { Plugin, UserConfig } from 'vite';
import { contentSecurityPolicy, type CspMode } from '../src/shared/security/csp';

// The config is bundled to CommonJS by electron-vite and loaded as ESM by vite: take the repo root from
// the working directory, which every npm script sets to the package folder.
const root = process.cwd();

/** Writes the CSP into index.html: the same policy string the Electron shell sends as a header. */
function cspPlugin(mode: CspMode): Plugin {
  return {
    name: 'confidant-csp',
    transformIndexHtml: (html) => html.replace('%CONFIDANT_CSP%', contentSecurityPolicy(mode)),
  };
}

/** The renderer build, shared by electron-vite (app) and the harness build (HTTP transport). */
export function rendererConfig(mode: CspMode): UserConfig {
  const transport = mode === 'harness' ? 'http-transport.ts' : 'preload-transport.ts';
  return {
    root: resolve(root, 'src/renderer'),
    plugins: [react(), cspPlugin(mode)],
    resolve: {
      alias: {
        '@renderer': resolve(root, 'src/renderer/src'),
        '@shared': resolve(root, 'src/shared'),
        '@transport': resolve(root, 'src/renderer/src/api', transport),
      },
    },
    build: {
      minify: true,
      sourcemap: false,
      // Inline assets become data: URLs, which the CSP refuses; always emit files.
      assetsInlineLimit: 0,
      // Loaded from disk by a desktop app, not over a network: one larger bundle is fine.
      chunkSizeWarningLimit: 4096,
      outDir: resolve(root, mode === 'harness' ? 'out/harness-renderer' : 'out/renderer'),
      emptyOutDir: true,
      rollupOptions: { input: resolve(root, 'src/renderer/index.html') },
    },
  };
}
