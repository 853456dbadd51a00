import { ArrowLeft, Check } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';
import { normaliseRecoveryKey } from './recovery-key-format';
import { RecoveryKeyField } from './RecoveryKeyField';
import { SubmitButton } from './SubmitButton';
import { VaultErrorMessage } from './VaultErrorMessage';
import { isSilent } from './vault-error-text';
import { useVaultSession } from './vault-session-context';

/** Proof the key was kept: the user types it back from where they stored it. */
export function ConfirmRecoveryKey({ onBack }: { onBack: (() => void) | null }) {
  const { t } = useTranslation();
  const api = useApi();
  const { applyStatus } = useVaultSession();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [lengthError, setLengthError] = useState<number | null>(null);
  const [error, setError] = useState<IpcError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const parsed = normaliseRecoveryKey(typed);
    setError(null);
    if ('length' in parsed) {
      setLengthError(parsed.length);
      return;
    }
    setBusy(true);
    const result = await api['vault:confirm-recovery-key']({ recoveryKey: parsed.key });
    if (result.ok) {
      applyStatus(result.value);
      return;
    }
    setBusy(false);
    if (!isSilent(result.error)) setError(result.error);
  };

  return (
    <form className="vault-form" onSubmit={(event) => void submit(event)}>
      <p className="vault-form__intro">{t('vault.recoveryKey.confirmLead')}</p>
      <RecoveryKeyField
        value={typed}
        onChange={(value) => {
          setTyped(value);
          setLengthError(null);
        }}
        lengthError={lengthError}
        isDisabled={busy}
        autoFocus
      />
      {error && <VaultErrorMessage error={error} />}
      <div className="vault-form__row">
        {onBack && (
          <Button className="button button--quiet" onPress={onBack} isDisabled={busy}>
            <ArrowLeft size={15} aria-hidden="true" />
            {t('vault.recoveryKey.showAgain')}
          </Button>
        )}
        <SubmitButton
          label={t('vault.recoveryKey.confirm')}
          icon={Check}
          busy={busy}
          busyLabel={t('vault.recoveryKey.confirming')}
          isDisabled={typed.trim().length === 0}
        />
      </div>
    </form>
  );
}
