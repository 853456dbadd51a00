import { ArrowLeft, ShieldPlus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Button, Input, Label, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { vaultNameSchema } from '@shared/domain/vault';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';
import { NewPassphraseFields } from './NewPassphraseFields';
import { SubmitButton } from './SubmitButton';
import { useNewPassphrase } from './use-new-passphrase';
import { VaultCard } from './VaultCard';
import { VaultErrorMessage } from './VaultErrorMessage';
import { isSilent } from './vault-error-text';
import { useVaultSession } from './vault-session-context';

/** Step one of a new vault: its name and passphrase. main then asks where to keep it. */
export function CreateVault() {
  const { t } = useTranslation();
  const api = useApi();
  const { show, created } = useVaultSession();
  const [name, setName] = useState('');
  const choice = useNewPassphrase(name);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const nameValid = vaultNameSchema.safeParse(name).success;
  const ready = nameValid && choice.problem === null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !ready) return;
    setBusy(true);
    setError(null);
    const result = await api['vault:create']({ name: name.trim(), passphrase: choice.passphrase });
    if (result.ok) {
      created(result.value.status, result.value.recoveryKey);
      return;
    }
    setBusy(false);
    if (!isSilent(result.error)) setError(result.error);
  };

  return (
    <VaultCard
      title={t('vault.create.title')}
      lead={<p>{t('vault.create.lead')}</p>}
      footer={
        <Button className="button button--quiet" onPress={() => show('picker')} isDisabled={busy}>
          <ArrowLeft size={15} aria-hidden="true" />
          {t('vault.create.back')}
        </Button>
      }
    >
      <form className="vault-form" onSubmit={(event) => void submit(event)}>
        <TextField
          className="vault-field"
          value={name}
          onChange={setName}
          isDisabled={busy}
          isInvalid={name.length > 0 && !nameValid}
          autoFocus
          maxLength={80}
        >
          <Label className="field-label">{t('vault.create.name')}</Label>
          <Input className="vault-field__input vault-field__input--plain" spellCheck={false} />
          <Text slot="description" className="field-description">
            {name.length > 0 && !nameValid
              ? t('vault.create.nameInvalid')
              : t('vault.create.nameHint')}
          </Text>
        </TextField>
        <NewPassphraseFields
          label={t('vault.create.passphrase')}
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
          label={t('vault.create.submit')}
          icon={ShieldPlus}
          busy={busy}
          busyLabel={t('vault.create.busy')}
          isDisabled={!ready}
        />
        <p className="vault-form__busy-detail">
          {busy ? t('vault.create.busyDetail') : t('vault.create.folderNote')}
        </p>
      </form>
    </VaultCard>
  );
}
