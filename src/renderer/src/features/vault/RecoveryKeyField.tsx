import type { KeyboardEvent } from 'react';
import { Label, Text, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { RECOVERY_KEY_CHARS, RECOVERY_KEY_GROUPS } from './recovery-key-format';

interface RecoveryKeyFieldProps {
  value: string;
  onChange: (value: string) => void;
  /** How many characters a rejected key had, when it had the wrong number. */
  lengthError: number | null;
  isDisabled?: boolean;
  autoFocus?: boolean;
}

/** Enter submits the form, as in a one-line field; the key never needs a line break. */
function submitOnEnter(event: KeyboardEvent<HTMLTextAreaElement>) {
  if (event.key !== 'Enter' || event.shiftKey) return;
  event.preventDefault();
  event.currentTarget.form?.requestSubmit();
}

/**
 * The recovery key, typed or pasted: spaces, dashes, line breaks and letter case don't matter.
 * Two lines tall so the whole key stays visible while it is checked against the emergency kit.
 */
export function RecoveryKeyField({
  value,
  onChange,
  lengthError,
  isDisabled,
  autoFocus,
}: RecoveryKeyFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      className="vault-field"
      value={value}
      onChange={onChange}
      isDisabled={isDisabled}
      isInvalid={lengthError !== null}
      autoFocus={autoFocus}
      autoComplete="off"
      maxLength={200}
    >
      <Label className="field-label">{t('vault.recoveryKeyField.label')}</Label>
      <TextArea
        className="vault-field__input vault-field__input--plain vault-field__input--key"
        rows={2}
        spellCheck={false}
        autoCapitalize="characters"
        autoCorrect="off"
        placeholder={t('vault.recoveryKeyField.placeholder')}
        onKeyDown={submitOnEnter}
      />
      <Text slot="description" className="field-description">
        {t('vault.recoveryKeyField.hint')}
      </Text>
      {lengthError !== null && (
        <p className="vault-field__error" role="alert">
          {t('vault.recoveryKeyField.length', {
            expected: RECOVERY_KEY_CHARS,
            groups: RECOVERY_KEY_GROUPS,
            count: lengthError,
          })}
        </p>
      )}
    </TextField>
  );
}
