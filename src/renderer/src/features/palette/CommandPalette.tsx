import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppCommand, useDispatchAppCommand } from '@renderer/app/app-commands';
import type { ScreenId } from '@renderer/app/navigation';
import { useNavigate } from '@renderer/app/navigation-context';
import { ComboDialog, type ComboOption } from './ComboDialog';
import { useCaseSearch } from './use-case-search';

const destinations: readonly ScreenId[] = ['dashboard', 'cases', 'people', 'settings'];
const CASE_HITS = 8;

/** Case-insensitive "every word appears" match, accents kept (names in any script). */
export function matchesQuery(text: string, query: string): boolean {
  const haystack = text.toLocaleLowerCase();
  return query
    .toLocaleLowerCase()
    .split(/\s+/u)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/**
 * Ctrl/Cmd+K (or the menu's Command Palette…): go somewhere, start a case, lock, or open a case by
 * number or title. New case and Lock raise the same app commands as the menu, so whatever listens
 * to the menu (the intake, the vault lock) does the work.
 */
export function CommandPalette() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const dispatch = useDispatchAppCommand();
  const [isOpen, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const search = useCaseSearch(isOpen ? query : '', CASE_HITS);

  useAppCommand('command-palette', () => {
    setQuery('');
    setOpen(true);
  });

  const commands: ComboOption[] = [
    ...destinations.map((screen) => ({
      id: `go:${screen}`,
      label: t('palette.goTo', { screen: t(`screens.${screen}.title`) }),
      group: t('palette.groups.navigate'),
      run: () => navigate({ screen }),
    })),
    {
      id: 'new-case',
      label: t('palette.newCase'),
      detail: t('palette.shortcut', { key: 'N' }),
      group: t('palette.groups.actions'),
      run: () => dispatch('new-case'),
    },
    {
      id: 'search',
      label: t('palette.search'),
      detail: t('palette.shortcut', { key: 'F' }),
      group: t('palette.groups.actions'),
      run: () => dispatch('search'),
    },
    {
      id: 'lock',
      label: t('palette.lock'),
      detail: t('palette.shortcut', { key: 'L' }),
      group: t('palette.groups.actions'),
      run: () => dispatch('lock'),
    },
  ].filter((option) => matchesQuery(option.label, query));

  const hits = search.state === 'done' || search.state === 'searching' ? search.hits : [];
  const cases: ComboOption[] = hits.map((hit) => ({
    id: `case:${hit.caseId}`,
    label: hit.title,
    prefix: <span className="case-number">{hit.number}</span>,
    group: t('palette.groups.cases'),
    run: () => navigate({ screen: 'cases', caseId: hit.caseId }),
  }));
  const options = [...commands, ...cases];

  const status =
    search.state === 'searching'
      ? t('palette.searching')
      : search.state === 'failed'
        ? t('palette.searchFailed', { message: search.message })
        : options.length === 0
          ? t('palette.empty')
          : t('palette.count', { count: options.length });

  return (
    <ComboDialog
      isOpen={isOpen}
      onClose={() => setOpen(false)}
      title={t('palette.title')}
      inputLabel={t('palette.inputLabel')}
      placeholder={t('palette.placeholder')}
      query={query}
      onQueryChange={setQuery}
      options={options}
      status={status}
    />
  );
}
