import { Eye, EyeOff, TriangleAlert } from 'lucide-react';
import { useState, type KeyboardEvent, type Ref } from 'react';
import { Input, Label, Text, TextField, ToggleButton } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { PASSPHRASE_MAX_LENGTH } from '@shared/domain/vault';

interface PassphraseFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  description?: string;
  isDisabled?: boolean;
  autoFocus?: boolean;
  /** `current-password` to unlock, `new-password` when choosing one. */
  autoComplete: 'current-password' | 'new-password';
  inputRef?: Ref<HTMLInputElement>;
}

/** A passphrase input with a show/hide toggle and a Caps Lock warning. */
export function PassphraseField({
  label,
  value,
  onChange,
  description,
  isDisabled,
  autoFocus,
  autoComplete,
  inputRef,
}: PassphraseFieldProps) {
  const { t } = useTranslation();
  const [revealed, setRevealed] = useState(false);
  const [capsLock, setCapsLock] = useState(false);
  const readCapsLock = (event: KeyboardEvent<HTMLInputElement>) =>
    setCapsLock(event.getModifierState?.('CapsLock') ?? false);

  return (
    <TextField
      className="vault-field"
      type={revealed ? 'text' : 'password'}
      value={value}
      onChange={onChange}
      isDisabled={isDisabled}
      autoFocus={autoFocus}
      autoComplete={autoComplete}
      maxLength={PASSPHRASE_MAX_LENGTH}
    >
      <Label className="field-label">{label}</Label>
      <div className="vault-field__control">
        <Input
          ref={inputRef}
          className="vault-field__input"
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          onKeyDown={readCapsLock}
          onKeyUp={readCapsLock}
          onBlur={() => setCapsLock(false)}
        />
        <ToggleButton
          className="vault-field__reveal"
          isSelected={revealed}
          onChange={setRevealed}
          isDisabled={isDisabled}
          aria-label={t('vault.field.reveal')}
        >
          {revealed ? (
            <EyeOff size={16} aria-hidden="true" />
          ) : (
            <Eye size={16} aria-hidden="true" />
          )}
        </ToggleButton>
      </div>
      {description && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      {capsLock && (
        <p className="vault-field__caps" role="status">
          <TriangleAlert size={14} aria-hidden="true" />
          {t('vault.field.capsLock')}
        </p>
      )}
    </TextField>
  );
}
