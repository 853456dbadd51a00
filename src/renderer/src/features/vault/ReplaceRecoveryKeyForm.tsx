import { RefreshCcw } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';
import { PassphraseField } from './PassphraseField';
import { SubmitButton } from './SubmitButton';
import { VaultErrorMessage } from './VaultErrorMessage';
import { isSilent } from './vault-error-text';
import { useVaultSession } from './vault-session-context';

/**
 * Settings → Vault: a new recovery key after proving the passphrase. Main then holds the key as
 * pending, and the gate shows the same show-once, save-kit, confirm steps as at creation.
 */
export function ReplaceRecoveryKeyForm() {
  const { t } = useTranslation();
  const api = useApi();
  const { created } = useVaultSession();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || passphrase.length === 0) return;
    setBusy(true);
    setError(null);
    const result = await api['vault:rotate-recovery-key']({ passphrase });
    setBusy(false);
    if (result.ok) {
      setPassphrase('');
      created(result.value.status, result.value.recoveryKey);
    } else if (!isSilent(result.error)) setError(result.error);
  };

  return (
    <form className="setting-row vault-form" onSubmit={(event) => void submit(event)}>
      <div className="setting-row__text">
        <h3 className="field-label">{t('vault.settings.replaceKeyTitle')}</h3>
        <p className="field-description">{t('vault.settings.replaceKeyHint')}</p>
      </div>
      <PassphraseField
        label={t('vault.settings.replaceKeyPassphrase')}
        value={passphrase}
        onChange={setPassphrase}
        isDisabled={busy}
        autoComplete="current-password"
      />
      {error && <VaultErrorMessage error={error} />}
      <SubmitButton
        label={t('vault.settings.replaceKey')}
        icon={RefreshCcw}
        busy={busy}
        busyLabel={t('vault.settings.replacingKey')}
        isDisabled={passphrase.length === 0}
      />
    </form>
  );
}
