import { renderEmergencyKit } from '../../src/main/documents/emergency-kit';
import { fixedClock, type Clock } from '../../src/main/ports/clock';
import type { Dialogs } from '../../src/main/ports/dialogs';
import type { Ports } from '../../src/main/services';
import { storeDataFactory } from '../../src/main/vault-session/store-data';
import { argon2idRaw } from '../../src/main/vault/kdf';
import { TEST_ARGON2, TEST_KDF_POLICY } from '../../src/main/vault/kdf-policy';

export const TEST_CLOCK_START = new Date('2026-03-02T09:00:00.000Z');

/**
 * Ports for tests, the harness and benchmarks: the real services and storage, with the fast test KDF
 * policy (tiny Argon2id memory that the production policy refuses), so a vault made here can never be
 * mistaken for, or opened as, a real one.
 */
export function testPorts(options: {
  dataDirectory: string;
  dialogs: Dialogs;
  runtime?: Ports['runtime'];
  version?: string;
  clock?: Clock;
}): Ports {
  const clock = options.clock ?? fixedClock(TEST_CLOCK_START);
  return {
    dataDirectory: options.dataDirectory,
    runtime: options.runtime ?? 'harness',
    version: options.version ?? '0.0.0-test',
    platform: process.platform,
    clock,
    dialogs: options.dialogs,
    vaultData: storeDataFactory({ clock, actor: 'test' }),
    renderEmergencyKit,
    vaultCrypto: {
      runner: { derive: argon2idRaw },
      policy: TEST_KDF_POLICY,
      argon2ForNewVault: async () => ({ ...TEST_ARGON2 }),
    },
  };
}
