import { FolderOpen, Plus } from 'lucide-react';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '@shared/domain/vault';
import type { IpcError, Result } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';
import { RecentVaultRow } from './RecentVaultRow';
import { VaultCard } from './VaultCard';
import { VaultErrorMessage } from './VaultErrorMessage';
import { isSilent } from './vault-error-text';
import { useVaultSession } from './vault-session-context';

/** No vault open: the recent vaults, and ways to create or open another. */
export function VaultPicker() {
  const { t } = useTranslation();
  const api = useApi();
  const { status, applyStatus, show } = useVaultSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);

  const run = async (call: () => Promise<Result<VaultStatus>>) => {
    setBusy(true);
    setError(null);
    const result = await call();
    setBusy(false);
    if (result.ok) applyStatus(result.value);
    else if (!isSilent(result.error)) setError(result.error);
  };

  return (
    <VaultCard
      title={t('vault.picker.title')}
      lead={<p>{t('vault.picker.lead')}</p>}
      footer={<p className="vault-screen__note">{t('vault.picker.note')}</p>}
    >
      {status.recent.length > 0 ? (
        <ul className="recent-list" aria-label={t('vault.picker.recent')}>
          {status.recent.map((vault) => (
            <RecentVaultRow
              key={vault.path}
              vault={vault}
              isDisabled={busy}
              onOpen={() => void run(() => api['vault:open']({ path: vault.path }))}
              onForget={() => run(() => api['vault:forget']({ path: vault.path }))}
            />
          ))}
        </ul>
      ) : (
        <p className="recent-list__empty">{t('vault.picker.empty')}</p>
      )}
      {error && <VaultErrorMessage error={error} />}
      <div className="vault-picker__actions">
        <Button className="button button--primary" onPress={() => show('create')} isDisabled={busy}>
          <Plus size={16} aria-hidden="true" />
          {t('vault.picker.create')}
        </Button>
        <Button
          className="button button--secondary"
          onPress={() => void run(() => api['vault:open']({}))}
          isDisabled={busy}
        >
          <FolderOpen size={16} aria-hidden="true" />
          {t('vault.picker.openFolder')}
        </Button>
      </div>
    </VaultCard>
  );
}
