import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppCommand } from '@renderer/app/app-commands';
import { useNavigate } from '@renderer/app/navigation-context';
import { ComboDialog, type ComboOption } from '@renderer/features/palette/ComboDialog';
import { useCaseSearch } from '@renderer/features/palette/use-case-search';

const SEARCH_HITS = 25;

/** Ctrl/Cmd+F (or the menu's Search): full-text search over every case; Enter opens the case. */
export function SearchDialog() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [isOpen, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const search = useCaseSearch(isOpen ? query : '', SEARCH_HITS);

  useAppCommand('search', () => setOpen(true));

  const hits = search.state === 'done' || search.state === 'searching' ? search.hits : [];
  const options: ComboOption[] = hits.map((hit, index) => ({
    id: `${hit.caseId}:${hit.field}:${index}`,
    label: hit.title,
    prefix: <span className="case-number">{hit.number}</span>,
    detail: (
      <>
        <span className="search-field">{t(`search.field.${hit.field}`)}</span>
        <span className="search-snippet">{hit.snippet}</span>
      </>
    ),
    group: t('search.results'),
    run: () => navigate({ screen: 'cases', caseId: hit.caseId }),
  }));

  const status =
    search.state === 'idle'
      ? t('search.hint')
      : search.state === 'searching'
        ? t('search.searching')
        : search.state === 'failed'
          ? t('search.failed', { message: search.message })
          : search.hits.length === 0
            ? t('search.empty')
            : search.truncated
              ? t('search.truncated', { count: search.hits.length })
              : t('search.count', { count: search.hits.length });

  return (
    <ComboDialog
      isOpen={isOpen}
      onClose={() => setOpen(false)}
      title={t('search.title')}
      inputLabel={t('search.inputLabel')}
      placeholder={t('search.placeholder')}
      query={query}
      onQueryChange={setQuery}
      options={options}
      status={status}
    />
  );
}
