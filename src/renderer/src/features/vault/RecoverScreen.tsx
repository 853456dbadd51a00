import { ArrowLeft, KeyRound } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';
import { NewPassphraseFields } from './NewPassphraseFields';
import { RecoveryKeyField } from './RecoveryKeyField';
import { normaliseRecoveryKey } from './recovery-key-format';
import { SubmitButton } from './SubmitButton';
import { useNewPassphrase } from './use-new-passphrase';
import { VaultCard } from './VaultCard';
import { VaultErrorMessage } from './VaultErrorMessage';
import { isSilent } from './vault-error-text';
import { useVaultSession } from './vault-session-context';

/** Forgotten passphrase: the recovery key opens the vault and a new passphrase replaces the old. */
export function RecoverScreen() {
  const { t } = useTranslation();
  const api = useApi();
  const { status, applyStatus, show } = useVaultSession();
  const [recoveryKey, setRecoveryKey] = useState('');
  const choice = useNewPassphrase(status.vault?.name ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const [lengthError, setLengthError] = useState<number | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || choice.problem !== null) return;
    const parsed = normaliseRecoveryKey(recoveryKey);
    setError(null);
    if ('length' in parsed) {
      setLengthError(parsed.length);
      return;
    }
    setLengthError(null);
    setBusy(true);
    const result = await api['vault:recover']({
      recoveryKey: parsed.key,
      newPassphrase: choice.passphrase,
    });
    if (result.ok) {
      applyStatus(result.value);
      return;
    }
    setBusy(false);
    if (!isSilent(result.error)) setError(result.error);
  };

  return (
    <VaultCard
      title={t('vault.recover.title')}
      lead={<p>{t('vault.recover.lead', { name: status.vault?.name ?? '' })}</p>}
      footer={
        <Button className="button button--quiet" onPress={() => show('unlock')} isDisabled={busy}>
          <ArrowLeft size={15} aria-hidden="true" />
          {t('vault.recover.back')}
        </Button>
      }
    >
      <form className="vault-form" onSubmit={(event) => void submit(event)}>
        <RecoveryKeyField
          value={recoveryKey}
          onChange={(value) => {
            setRecoveryKey(value);
            setLengthError(null);
          }}
          lengthError={lengthError}
          isDisabled={busy}
          autoFocus
        />
        <NewPassphraseFields
          label={t('vault.recover.newPassphrase')}
          passphrase={choice.passphrase}
          confirm={choice.confirm}
          onPassphrase={choice.setPassphrase}
          onConfirm={choice.setConfirm}
          strength={choice.strength}
          problem={choice.problem}
          isDisabled={busy}
        />
        {error && <VaultErrorMessage error={error} />}
        <SubmitButton
          label={t('vault.recover.submit')}
          icon={KeyRound}
          busy={busy}
          busyLabel={t('vault.recover.busy')}
          isDisabled={choice.problem !== null || recoveryKey.trim().length === 0}
        />
      </form>
    </VaultCard>
  );
}
