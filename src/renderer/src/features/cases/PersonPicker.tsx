import { Search, UserPlus } from 'lucide-react';
import { useEffect, useState } from 'react';
import {
  ComboBox,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
  type Key,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { sameName, type Person } from '@shared/domain/person';
import { useApi } from '@renderer/api/api-context';

const CREATE = '__create__';

interface Option {
  id: string;
  label: string;
  detail: string;
  create?: boolean;
}

interface PersonPickerProps {
  label: string;
  onPick: (person: Person) => void;
  /** Offer "Create …" with the typed name when nobody matches. */
  onCreate?: (name: string) => void;
  description?: string;
  /** People already chosen here are not offered again. */
  excludeIds?: readonly string[];
  autoFocus?: boolean;
}

/** Search the vault's people (people:list) by name; pick one or start a new record. */
export function PersonPicker({
  label,
  onPick,
  onCreate,
  description,
  excludeIds = [],
  autoFocus,
}: PersonPickerProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [text, setText] = useState('');
  const [found, setFound] = useState<Person[]>([]);
  // Each pick starts a fresh combobox (closed, empty) that keeps the focus for the next search.
  const [round, setRound] = useState(0);

  useEffect(() => {
    let stale = false;
    const handle = setTimeout(() => {
      const query = text.trim();
      void api['people:list'](query ? { query, limit: 20 } : { limit: 20 }).then((result) => {
        if (!stale && result.ok) setFound(result.value.items.map((item) => item.person));
      });
    }, 150);
    return () => {
      stale = true;
      clearTimeout(handle);
    };
  }, [api, text]);

  const typed = text.trim();
  const people = found.filter((person) => !excludeIds.includes(person.id));
  const options: Option[] = people.map((person) => ({
    id: person.id,
    label: person.name,
    detail: [person.employeeId, person.title, person.department].filter(Boolean).join(' · '),
  }));
  if (onCreate && typed && !found.some((person) => sameName(person.name, typed))) {
    options.push({
      id: CREATE,
      label: t('cases.people.createNamed', { name: typed }),
      detail: '',
      create: true,
    });
  }

  const select = (key: Key | null) => {
    if (key === null) return;
    if (key === CREATE) onCreate?.(typed);
    else {
      const person = found.find((candidate) => candidate.id === key);
      if (person) onPick(person);
    }
    setText('');
    setRound((n) => n + 1);
  };

  return (
    <ComboBox
      key={round}
      className="cw-field cw-field--full person-picker"
      inputValue={text}
      onInputChange={setText}
      items={options}
      selectedKey={null}
      onSelectionChange={select}
      menuTrigger="input"
      allowsEmptyCollection
      allowsCustomValue
      autoFocus={autoFocus || round > 0}
    >
      <Label className="cw-field__label">{label}</Label>
      <div className="person-picker__input">
        <Search size={15} aria-hidden="true" className="person-picker__icon" />
        <Input
          className="cw-input person-picker__field"
          placeholder={t('cases.people.searchPlaceholder')}
        />
      </div>
      {description && (
        <Text slot="description" className="cw-field__description">
          {description}
        </Text>
      )}
      <Popover className="cw-popover" offset={4}>
        <ListBox
          className="cw-listbox"
          renderEmptyState={() => <p className="cw-listbox__empty">{t('cases.people.noMatch')}</p>}
        >
          {options.map((option) => (
            <ListBoxItem
              key={option.id}
              id={option.id}
              className={`cw-option${option.create ? ' cw-option--create' : ''}`}
              textValue={option.label}
            >
              <span className="cw-option__main">
                {option.create && <UserPlus size={14} aria-hidden="true" />}
                {option.label}
              </span>
              {option.detail && <span className="cw-option__detail">{option.detail}</span>}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
