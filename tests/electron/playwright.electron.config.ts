import { defineConfig } from '@playwright/test';
import { join } from 'node:path';

// The _electron suite: the real built app (out/main/index.js) in a real Electron. Where no Electron
// binary exists (CI machines without network) every test is skipped with the reason printed.
const root = join(__dirname, '../..');

export default defineConfig({
  testDir: __dirname,
  testMatch: '*.electron.spec.ts',
  globalSetup: join(__dirname, 'global-setup.ts'),
  outputDir: join(root, 'test-results/electron-artifacts'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: join(root, 'test-results/electron.json') }]]
    : 'list',
});
