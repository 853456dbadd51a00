import { FieldError, Input, Label, Text, TextArea, TextField } from 'react-aria-components';

interface TextInputFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Called when focus leaves the field: autosave flushes here. */
  onBlur?: () => void;
  description?: string;
  /** A specific message under the field; marks it invalid. */
  error?: string | null;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'date' | 'time' | 'email' | 'tel' | 'search' | 'password';
  isRequired?: boolean;
  isDisabled?: boolean;
  maxLength?: number;
  autoFocus?: boolean;
  /** Width hint: short fields (dates, ids) do not stretch across the form. */
  size?: 'short' | 'medium' | 'full';
  placeholder?: string;
}

/** A labelled text input or text area (react-aria: label, description and error wired up). */
export function TextInputField({
  label,
  value,
  onChange,
  onBlur,
  description,
  error,
  multiline,
  rows = 4,
  type = 'text',
  isRequired,
  isDisabled,
  maxLength,
  autoFocus,
  size = 'full',
  placeholder,
}: TextInputFieldProps) {
  return (
    <TextField
      className={`cw-field cw-field--${size}`}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      isInvalid={Boolean(error)}
      isRequired={isRequired}
      isDisabled={isDisabled}
      maxLength={maxLength}
      autoFocus={autoFocus}
      type={multiline ? undefined : type}
      validationBehavior="aria"
    >
      <Label className="cw-field__label">{label}</Label>
      {multiline ? (
        <TextArea className="cw-input cw-input--area" rows={rows} placeholder={placeholder} />
      ) : (
        <Input className="cw-input" placeholder={placeholder} />
      )}
      {description && (
        <Text slot="description" className="cw-field__description">
          {description}
        </Text>
      )}
      <FieldError className="cw-field__error">{error}</FieldError>
    </TextField>
  );
}
