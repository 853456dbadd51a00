import { X } from 'lucide-react';
import { useState } from 'react';
import { Button, Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CaseFilters } from '@shared/domain/case-list-query';
import { caseStatuses, type CaseStatus } from '@shared/domain/case-status';
import { caseTypes, priorities, type CaseType, type Priority } from '@shared/domain/case-types';
import { closureOutcomes, type ClosureOutcome } from '@shared/domain/outcome';
import { activeFilterCount } from './case-list-state';
import { ChoiceField } from './ChoiceField';
import { PersonPicker } from './PersonPicker';
import { TextInputField } from './TextInputField';

const ANY = 'any';

interface CaseFilterBarProps {
  filters: CaseFilters;
  onChange: (filters: CaseFilters) => void;
}

/** Status, type, priority, outcome, overdue, person and received-date filters above the case list. */
export function CaseFilterBar({ filters, onChange }: CaseFilterBarProps) {
  const { t } = useTranslation();
  const [personName, setPersonName] = useState<string | null>(null);
  const anyOption = { id: ANY, label: t('cases.filters.any') };
  const pick = <K extends string>(value: string): K[] | undefined =>
    value === ANY ? undefined : [value as K];

  return (
    <div className="case-filters" role="search" aria-label={t('cases.filters.label')}>
      <div className="case-filters__row">
        <ChoiceField
          label={t('cases.fields.status')}
          size="short"
          value={filters.status?.[0] ?? ANY}
          options={[
            anyOption,
            ...caseStatuses.map((id) => ({ id, label: t(`cases.status.${id}`) })),
          ]}
          onChange={(v) => onChange({ ...filters, status: pick<CaseStatus>(v) })}
        />
        <ChoiceField
          label={t('cases.fields.type')}
          value={filters.type?.[0] ?? ANY}
          options={[anyOption, ...caseTypes.map((id) => ({ id, label: t(`cases.type.${id}`) }))]}
          onChange={(v) => onChange({ ...filters, type: pick<CaseType>(v) })}
        />
        <ChoiceField
          label={t('cases.fields.priority')}
          size="short"
          value={filters.priority?.[0] ?? ANY}
          options={[
            anyOption,
            ...priorities.map((id) => ({ id, label: t(`cases.priority.${id}`) })),
          ]}
          onChange={(v) => onChange({ ...filters, priority: pick<Priority>(v) })}
        />
        <ChoiceField
          label={t('cases.fields.outcome')}
          value={filters.outcome?.[0] ?? ANY}
          options={[
            anyOption,
            ...closureOutcomes.map((id) => ({ id, label: t(`dashboard.outcome.${id}`) })),
          ]}
          onChange={(v) => onChange({ ...filters, outcome: pick<ClosureOutcome>(v) })}
        />
        <TextInputField
          label={t('cases.filters.receivedFrom')}
          type="date"
          size="short"
          value={filters.received?.from ?? ''}
          onChange={(from) =>
            onChange({ ...filters, received: { ...filters.received, from: from || undefined } })
          }
        />
        <TextInputField
          label={t('cases.filters.receivedTo')}
          type="date"
          size="short"
          value={filters.received?.to ?? ''}
          onChange={(to) =>
            onChange({ ...filters, received: { ...filters.received, to: to || undefined } })
          }
        />
      </div>
      <div className="case-filters__row case-filters__row--second">
        {filters.personId && personName ? (
          <div className="cw-chip">
            <span>{t('cases.filters.person', { name: personName })}</span>
            <Button
              className="cw-chip__remove"
              aria-label={t('cases.filters.clearPerson')}
              onPress={() => {
                setPersonName(null);
                onChange({ ...filters, personId: undefined });
              }}
            >
              <X size={13} aria-hidden="true" />
            </Button>
          </div>
        ) : (
          <div className="case-filters__person">
            <PersonPicker
              label={t('cases.filters.personLabel')}
              onPick={(person) => {
                setPersonName(person.name);
                onChange({ ...filters, personId: person.id });
              }}
            />
          </div>
        )}
        <Checkbox
          className="cw-checkbox"
          isSelected={filters.overdue === true}
          onChange={(overdue) => onChange({ ...filters, overdue: overdue || undefined })}
        >
          <span className="cw-checkbox__box" aria-hidden="true" />
          {t('cases.filters.overdueOnly')}
        </Checkbox>
        {activeFilterCount(filters) > 0 && (
          <Button
            className="button button--quiet"
            onPress={() => {
              setPersonName(null);
              onChange({});
            }}
          >
            {t('cases.filters.clear')}
          </Button>
        )}
      </div>
    </div>
  );
}
