import { Check, ChevronDown } from 'lucide-react';
import {
  Button,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
  type Key,
} from 'react-aria-components';

export interface Choice<K extends Key> {
  id: K;
  label: string;
}

interface ChoiceFieldProps<K extends Key> {
  label: string;
  options: readonly Choice<K>[];
  value: K | null;
  onChange: (value: K) => void;
  description?: string;
  error?: string | null;
  placeholder?: string;
  size?: 'short' | 'medium' | 'full';
  isDisabled?: boolean;
}

/** A labelled single choice with the label above (forms and filter bars). */
export function ChoiceField<K extends Key>({
  label,
  options,
  value,
  onChange,
  description,
  error,
  placeholder,
  size = 'medium',
  isDisabled,
}: ChoiceFieldProps<K>) {
  return (
    <Select
      className={`cw-field cw-field--${size}`}
      value={value}
      isInvalid={Boolean(error)}
      isDisabled={isDisabled}
      placeholder={placeholder}
      validationBehavior="aria"
      onChange={(key) => {
        const option = options.find((candidate) => candidate.id === key);
        if (option) onChange(option.id);
      }}
    >
      <Label className="cw-field__label">{label}</Label>
      <Button className="cw-input cw-select">
        <SelectValue className="cw-select__value" />
        <ChevronDown size={15} aria-hidden="true" className="cw-select__chevron" />
      </Button>
      {description && (
        <Text slot="description" className="cw-field__description">
          {description}
        </Text>
      )}
      <FieldError className="cw-field__error">{error}</FieldError>
      <Popover className="cw-popover" offset={4}>
        <ListBox className="cw-listbox" items={options}>
          {(option) => (
            <ListBoxItem className="cw-option" id={option.id} textValue={option.label}>
              {({ isSelected }) => (
                <>
                  <span>{option.label}</span>
                  {isSelected && <Check size={14} aria-hidden="true" />}
                </>
              )}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
