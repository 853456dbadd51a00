import type { AuditAction } from '../audit/audit-record';
import { openVaultStore } from '../vault/vault';
import { VaultStore, type VaultStoreOptions } from '../vault/vault-store';
import type { UnlockedKeyslots } from '../vault/keyslots';
import type { OpenedVaultData, VaultDataFactory } from './vault-data';

function wrap(store: VaultStore, vaultId: Buffer, actor: string): OpenedVaultData {
  return {
    cases: { store, vaultId: Buffer.from(vaultId), actor },
    audit: async (action: AuditAction, details?: Record<string, unknown>) => {
      await store.recordEvent(action, details ? { details } : {});
    },
    checkpoint: async () => {
      const { size, head, time } = await store.checkpoint();
      return { size, head, time };
    },
    // The session records `lock` with its reason before closing.
    close: () => store.close({ audit: false }),
  };
}

/** The real data side: the encrypted document store of vault.md §5–§8 and its audit log. */
export function storeDataFactory(options: VaultStoreOptions): VaultDataFactory {
  return {
    initialise: async (dir: string, keys: UnlockedKeyslots) =>
      wrap(
        await VaultStore.create(dir, keys.vaultKey, keys.vaultId, options),
        keys.vaultId,
        options.actor ?? 'local',
      ),
    open: async (dir: string, keys: UnlockedKeyslots) =>
      wrap(await openVaultStore(dir, keys, options), keys.vaultId, options.actor ?? 'local'),
  };
}
