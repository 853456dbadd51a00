import { KeyRound, LockOpen, Repeat } from 'lucide-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';
import { PassphraseField } from './PassphraseField';
import { SubmitButton } from './SubmitButton';
import { VaultCard } from './VaultCard';
import { VaultErrorMessage } from './VaultErrorMessage';
import { isSilent } from './vault-error-text';
import { useVaultSession } from './vault-session-context';

/** The everyday screen: the vault's name and folder, one passphrase field, and ways out. */
export function UnlockScreen() {
  const { t } = useTranslation();
  const api = useApi();
  const { status, applyStatus, show, switchVault } = useVaultSession();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  // After a failed attempt the field is enabled again: put the cursor back in it.
  useEffect(() => {
    if (error && !busy) inputRef.current?.focus();
  }, [error, busy]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || passphrase.length === 0) return;
    setBusy(true);
    setError(null);
    const result = await api['vault:unlock']({ passphrase });
    if (result.ok) {
      applyStatus(result.value);
      return;
    }
    setPassphrase('');
    setBusy(false);
    if (!isSilent(result.error)) setError(result.error);
  };

  const leave = async () => {
    const result = await switchVault();
    if (!result.ok && !isSilent(result.error)) setError(result.error);
  };

  return (
    <VaultCard
      title={t('vault.unlock.title', { name: status.vault?.name ?? '' })}
      lead={
        status.vault && (
          <p className="vault-card__path">
            <code className="path">{status.vault.path}</code>
          </p>
        )
      }
      footer={
        <>
          <Button
            className="button button--quiet"
            onPress={() => show('recover')}
            isDisabled={busy}
          >
            <KeyRound size={15} aria-hidden="true" />
            {t('vault.unlock.useRecoveryKey')}
          </Button>
          <Button className="button button--quiet" onPress={() => void leave()} isDisabled={busy}>
            <Repeat size={15} aria-hidden="true" />
            {t('vault.switch')}
          </Button>
        </>
      }
    >
      <form className="vault-form" onSubmit={(event) => void submit(event)}>
        <PassphraseField
          label={t('vault.unlock.passphrase')}
          value={passphrase}
          onChange={setPassphrase}
          isDisabled={busy}
          autoFocus
          autoComplete="current-password"
          inputRef={inputRef}
        />
        {error && <VaultErrorMessage error={error} />}
        <SubmitButton
          label={t('vault.unlock.submit')}
          icon={LockOpen}
          busy={busy}
          busyLabel={t('vault.unlock.busy')}
          isDisabled={passphrase.length === 0}
        />
        {busy && <p className="vault-form__busy-detail">{t('vault.unlock.busyDetail')}</p>}
      </form>
    </VaultCard>
  );
}
