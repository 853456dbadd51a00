import { useState, type FormEvent } from 'react';
import { Button, Input, Label, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { vaultNameSchema } from '@shared/domain/vault';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';
import { VaultErrorMessage } from './VaultErrorMessage';
import { isSilent } from './vault-error-text';
import { useVaultSession } from './vault-session-context';

/** Settings → Vault: the name shown in the vault list (the folder keeps its name). */
export function RenameVaultForm() {
  const { t } = useTranslation();
  const api = useApi();
  const { status, applyStatus } = useVaultSession();
  const current = status.vault?.name ?? '';
  const [name, setName] = useState(current);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const valid = vaultNameSchema.safeParse(name).success;
  const changed = name.trim() !== current;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !valid || !changed) return;
    setBusy(true);
    setError(null);
    setSaved(false);
    const result = await api['vault:rename']({ name: name.trim() });
    setBusy(false);
    if (result.ok) {
      applyStatus(result.value);
      setSaved(true);
    } else if (!isSilent(result.error)) setError(result.error);
  };

  return (
    <form className="setting-row vault-settings__form" onSubmit={(event) => void submit(event)}>
      <TextField
        className="vault-field"
        value={name}
        onChange={(value) => {
          setName(value);
          setSaved(false);
        }}
        isDisabled={busy}
        isInvalid={name.length > 0 && !valid}
        maxLength={80}
      >
        <Label className="field-label">{t('vault.create.name')}</Label>
        <div className="vault-settings__inline">
          <Input className="vault-field__input vault-field__input--plain" spellCheck={false} />
          <Button
            type="submit"
            className="button button--secondary"
            isDisabled={!valid || !changed}
            isPending={busy}
          >
            {t('vault.settings.rename')}
          </Button>
        </div>
        <Text slot="description" className="field-description">
          {t('vault.settings.renameHint')}
        </Text>
      </TextField>
      <p className="vault-settings__saved" role="status">
        {saved && t('vault.settings.renamed')}
      </p>
      {error && <VaultErrorMessage error={error} />}
    </form>
  );
}
