import { Hash } from 'lucide-react';
import { useEffect, useState, type FormEvent } from 'react';
import { Button, FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { casePrefixSchema } from '@shared/domain/case-number';
import type { OutputOf } from '@shared/ipc/contract';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';
import { VaultErrorMessage } from '@renderer/features/vault/VaultErrorMessage';
import { SettingsSection } from './SettingsSection';

type Numbering = OutputOf<'cases:numbering-get'>;

/** Settings → Cases: the case-number prefix of this vault, with the number the next case gets. */
export function CasesSection() {
  const { t } = useTranslation();
  const api = useApi();
  const [numbering, setNumbering] = useState<Numbering | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [prefix, setPrefix] = useState('');
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);

  useEffect(() => {
    let stale = false;
    void api['cases:numbering-get']().then((result) => {
      if (stale) return;
      if (result.ok) {
        setNumbering(result.value);
        setPrefix(result.value.prefix);
      } else setLoadFailed(true);
    });
    return () => {
      stale = true;
    };
  }, [api]);

  const parsed = casePrefixSchema.safeParse(prefix);
  const invalid = prefix.trim().length === 0 || !parsed.success;
  const changed = parsed.success && parsed.data !== numbering?.prefix;
  const rejected = error?.code === 'InvalidInput';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || invalid || !changed) return;
    setBusy(true);
    setError(null);
    setSaved(false);
    const result = await api['cases:numbering-update']({ prefix: parsed.data });
    setBusy(false);
    if (result.ok) {
      setNumbering(result.value);
      setPrefix(result.value.prefix);
      setSaved(true);
    } else setError(result.error);
  };

  const year = numbering?.next.split('-')[1] ?? '';
  const preview = !numbering
    ? ''
    : changed
      ? t('settings.cases.previewAfterSave', { prefix: parsed.data, year })
      : t('settings.cases.preview', { number: numbering.next });

  return (
    <SettingsSection
      icon={Hash}
      title={t('settings.cases.title')}
      description={t('settings.cases.description')}
    >
      {loadFailed ? (
        <p className="field-description">{t('settings.cases.loadFailed')}</p>
      ) : (
        <form className="setting-row vault-settings__form" onSubmit={(e) => void submit(e)}>
          <TextField
            className="vault-field"
            value={prefix}
            onChange={(value) => {
              setPrefix(value.toUpperCase());
              setSaved(false);
              setError(null);
            }}
            isDisabled={busy || !numbering}
            isInvalid={(prefix.length > 0 && invalid) || rejected}
            validationBehavior="aria"
            maxLength={10}
          >
            <Label className="field-label">{t('settings.cases.prefix')}</Label>
            <div className="vault-settings__inline">
              <Input
                className="vault-field__input vault-field__input--plain"
                spellCheck={false}
                autoCapitalize="characters"
              />
              <Button
                type="submit"
                className="button button--secondary"
                isDisabled={invalid || !changed}
                isPending={busy}
              >
                {t('settings.cases.save')}
              </Button>
            </div>
            <Text slot="description" className="field-description">
              {t('settings.cases.prefixHint')}
            </Text>
            <FieldError className="vault-field__error">{t('settings.cases.badPrefix')}</FieldError>
          </TextField>
          <p className="vault-settings__saved" role="status">
            {preview}
            {saved && ` ${t('settings.cases.saved')}`}
          </p>
          {error && !rejected && <VaultErrorMessage error={error} />}
        </form>
      )}
    </SettingsSection>
  );
}
