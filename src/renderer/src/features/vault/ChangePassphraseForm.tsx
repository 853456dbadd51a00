import { KeyRound } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';
import { NewPassphraseFields } from './NewPassphraseFields';
import { PassphraseField } from './PassphraseField';
import { SubmitButton } from './SubmitButton';
import { useNewPassphrase } from './use-new-passphrase';
import { VaultErrorMessage } from './VaultErrorMessage';
import { isSilent } from './vault-error-text';
import { useVaultSession } from './vault-session-context';

/** Settings → Vault: replace the passphrase after proving the current one. */
export function ChangePassphraseForm() {
  const { t } = useTranslation();
  const api = useApi();
  const { status, applyStatus } = useVaultSession();
  const [current, setCurrent] = useState('');
  const choice = useNewPassphrase(status.vault?.name ?? '');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const ready = current.length > 0 && choice.problem === null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !ready) return;
    setBusy(true);
    setDone(false);
    setError(null);
    const result = await api['vault:change-passphrase']({ current, next: choice.passphrase });
    setBusy(false);
    if (result.ok) {
      applyStatus(result.value);
      setCurrent('');
      choice.reset();
      setDone(true);
    } else if (!isSilent(result.error)) setError(result.error);
  };

  return (
    <form className="setting-row vault-form" onSubmit={(event) => void submit(event)}>
      <div className="setting-row__text">
        <h3 className="field-label">{t('vault.settings.changeTitle')}</h3>
        <p className="field-description">{t('vault.settings.changeHint')}</p>
      </div>
      <PassphraseField
        label={t('vault.settings.current')}
        value={current}
        onChange={(value) => {
          setCurrent(value);
          setDone(false);
        }}
        isDisabled={busy}
        autoComplete="current-password"
      />
      <NewPassphraseFields
        label={t('vault.recover.newPassphrase')}
        passphrase={choice.passphrase}
        confirm={choice.confirm}
        onPassphrase={(value) => {
          choice.setPassphrase(value);
          setDone(false);
        }}
        onConfirm={choice.setConfirm}
        strength={choice.strength}
        problem={choice.problem}
        isDisabled={busy}
      />
      {error && <VaultErrorMessage error={error} />}
      <p className="vault-settings__saved" role="status">
        {done && t('vault.settings.changed')}
      </p>
      <SubmitButton
        label={t('vault.settings.change')}
        icon={KeyRound}
        busy={busy}
        busyLabel={t('vault.settings.changing')}
        isDisabled={!ready}
      />
    </form>
  );
}
