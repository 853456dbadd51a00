import { FolderPlus, Plus } from 'lucide-react';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { defaultCaseSort, type CaseFilters, type CaseSort } from '@shared/domain/case-list-query';
import { InlineError } from '@renderer/components/InlineError';
import { CaseFilterBar } from './CaseFilterBar';
import { CaseGrid } from './CaseGrid';
import { activeFilterCount, toggleSort } from './case-list-state';
import { useCasePages } from './use-case-pages';

interface CaseListScreenProps {
  onOpen: (caseId: string) => void;
  onNewCase: () => void;
  /** Filters to open with (a dashboard chart, a person's cases); the user can change them. */
  initialFilters?: CaseFilters | undefined;
}

/** Every case in the vault, filtered and sorted by main, shown a page at a time. */
export function CaseListScreen({ onOpen, onNewCase, initialFilters }: CaseListScreenProps) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<CaseFilters>(initialFilters ?? {});
  const [sort, setSort] = useState<CaseSort>(defaultCaseSort);
  const { state, ensureRange, retry } = useCasePages({ filters, sort });
  const filtered = activeFilterCount(filters) > 0;
  const total = state.total;

  return (
    <div className="case-list">
      <div className="case-list__header">
        <p className="case-list__count" role="status">
          {total === null ? t('cases.list.loading') : t('cases.list.count', { count: total })}
        </p>
        <Button className="button button--primary" onPress={onNewCase}>
          <Plus size={16} aria-hidden="true" />
          {t('cases.list.newCase')}
        </Button>
      </div>
      <CaseFilterBar filters={filters} onChange={setFilters} />
      {state.error && (
        <div className="case-list__error">
          <InlineError title={t('cases.list.loadFailed')} error={state.error} />
          <Button className="button button--secondary" onPress={retry}>
            {t('cases.common.retry')}
          </Button>
        </div>
      )}
      {total === 0 && !filtered ? (
        <div className="case-empty">
          <FolderPlus size={32} aria-hidden="true" className="case-empty__icon" />
          <h2 className="case-empty__title">{t('cases.list.emptyTitle')}</h2>
          <p className="case-empty__body">{t('cases.list.emptyBody')}</p>
          <Button className="button button--primary" onPress={onNewCase}>
            <Plus size={16} aria-hidden="true" />
            {t('cases.list.createFirst')}
          </Button>
        </div>
      ) : total === 0 ? (
        <div className="case-empty">
          <h2 className="case-empty__title">{t('cases.list.noMatchTitle')}</h2>
          <Button className="button button--secondary" onPress={() => setFilters({})}>
            {t('cases.filters.clear')}
          </Button>
        </div>
      ) : (
        <CaseGrid
          state={state}
          sort={sort}
          onSort={(field) => setSort((current) => toggleSort(current, field))}
          onOpen={onOpen}
          ensureRange={ensureRange}
        />
      )}
    </div>
  );
}
