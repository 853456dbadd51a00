import { Check, ChevronDown } from 'lucide-react';
import {
  Button,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
  type Key,
} from 'react-aria-components';
import './select-field.css';

export interface SelectOption<K extends Key> {
  id: K;
  label: string;
}

interface SelectFieldProps<K extends Key> {
  label: string;
  description?: string;
  options: readonly SelectOption<K>[];
  value: K;
  onChange: (value: K) => void;
}

/** A labelled single-choice select (react-aria: listbox popover, full keyboard support). */
export function SelectField<K extends Key>({
  label,
  description,
  options,
  value,
  onChange,
}: SelectFieldProps<K>) {
  return (
    <Select
      className="select-field"
      value={value}
      onChange={(key) => {
        const option = options.find((candidate) => candidate.id === key);
        if (option) onChange(option.id);
      }}
    >
      <Label className="field-label">{label}</Label>
      {description && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      <Button className="select-field__trigger">
        <SelectValue className="select-field__value" />
        <ChevronDown className="select-field__chevron" size={16} aria-hidden="true" />
      </Button>
      <Popover className="select-field__popover" offset={6}>
        <ListBox className="select-field__list" items={options}>
          {(option) => (
            <ListBoxItem className="select-field__option" id={option.id} textValue={option.label}>
              {({ isSelected }) => (
                <>
                  <span>{option.label}</span>
                  {isSelected && <Check size={15} aria-hidden="true" />}
                </>
              )}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
