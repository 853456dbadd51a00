import { randomBytes } from 'node:crypto';
import { AppError } from '../../../../src/main/ipc/app-error';
import { fixedClock } from '../../../../src/main/ports/clock';
import type { FsPort } from '../../../../src/main/storage/fs-port';
import { VaultStore, type VaultStoreOptions } from '../../../../src/main/vault/vault-store';

export const ROOT = '/v';

export interface TestVault {
  vaultKey: Buffer;
  vaultId: Buffer;
  options: VaultStoreOptions;
}

/** Fresh keys and a fixed clock; the caller picks the fs. */
export function testVault(fs: FsPort, extra: VaultStoreOptions = {}): TestVault {
  return {
    vaultKey: randomBytes(32),
    vaultId: randomBytes(16),
    options: { fs, clock: fixedClock(new Date('2026-01-01T00:00:00Z')), actor: 'tester', ...extra },
  };
}

export function createStore(t: TestVault, root = ROOT): Promise<VaultStore> {
  return VaultStore.create(root, t.vaultKey, t.vaultId, t.options);
}

export function openStore(t: TestVault, root = ROOT, fs?: FsPort): Promise<VaultStore> {
  return VaultStore.open(root, t.vaultKey, t.vaultId, { ...t.options, ...(fs ? { fs } : {}) });
}

/** The AppError code a promise rejects with (fails the test on a non-AppError). */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'ok';
}
