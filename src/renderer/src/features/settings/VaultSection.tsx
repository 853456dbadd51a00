import { Archive, Repeat } from 'lucide-react';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/result';
import { ChangePassphraseForm } from '@renderer/features/vault/ChangePassphraseForm';
import { CheckpointPanel } from '@renderer/features/vault/CheckpointPanel';
import { RenameVaultForm } from '@renderer/features/vault/RenameVaultForm';
import { ReplaceRecoveryKeyForm } from '@renderer/features/vault/ReplaceRecoveryKeyForm';
import { VaultErrorMessage } from '@renderer/features/vault/VaultErrorMessage';
import { useVaultSession } from '@renderer/features/vault/vault-session-context';
import { SettingsSection } from './SettingsSection';

export function VaultSection() {
  const { t } = useTranslation();
  const { status, switchVault } = useVaultSession();
  const [error, setError] = useState<IpcError | null>(null);

  const leave = async () => {
    setError(null);
    const result = await switchVault();
    if (!result.ok && result.error.code !== 'Cancelled') setError(result.error);
  };

  return (
    <SettingsSection
      icon={Archive}
      title={t('vault.settings.title')}
      description={t('vault.settings.description')}
    >
      <RenameVaultForm />
      <ChangePassphraseForm />
      <ReplaceRecoveryKeyForm />
      <CheckpointPanel />
      <div className="setting-row vault-settings__switch">
        <div className="setting-row__text">
          <h3 className="field-label">{t('vault.settings.switchTitle')}</h3>
          <p className="field-description">
            {t('vault.settings.switchHint', { path: status.vault?.path ?? '' })}
          </p>
        </div>
        <Button className="button button--secondary" onPress={() => void leave()}>
          <Repeat size={15} aria-hidden="true" />
          {t('vault.switch')}
        </Button>
      </div>
      {error && <VaultErrorMessage error={error} />}
    </SettingsSection>
  );
}
