import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// architecture.md: the files that import electron cannot be unit-tested without mocks, so they stay
// thin wiring ("a few hundred lines in all"); decisions belong in src/main/shell-policy/.
const root = join(import.meta.dirname, '../../..');
const shellFiles = [
  'src/main/index.ts',
  ...readdirSync(join(root, 'src/main/electron'))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `src/main/electron/${name}`),
];

describe('Electron shell size budget', () => {
  it('keeps src/main/index.ts + src/main/electron/ under 600 lines', () => {
    const total = shellFiles.reduce(
      (sum, file) => sum + readFileSync(join(root, file), 'utf8').split('\n').length,
      0,
    );
    expect(total).toBeLessThanOrEqual(600);
  });

  it('never starts the crash reporter (minidumps hold decrypted memory)', () => {
    for (const file of shellFiles) {
      expect(readFileSync(join(root, file), 'utf8'), file).not.toMatch(
        /crashReporter\s*\.\s*start/,
      );
    }
  });

  it('imports electron nowhere in shell-policy', () => {
    for (const name of readdirSync(join(root, 'src/main/shell-policy'))) {
      const text = readFileSync(join(root, 'src/main/shell-policy', name), 'utf8');
      expect(text, name).not.toMatch(/from ['"]electron['"]|require\(['"]electron['"]\)/);
    }
  });
});
