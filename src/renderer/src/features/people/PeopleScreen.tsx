import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useCallback, useState } from 'react';
import { Button, Input, Label, Link, SearchField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useApi } from '@renderer/api/api-context';
import { useNavigate } from '@renderer/app/navigation-context';
import { InlineError } from '@renderer/components/InlineError';
import { useLoad } from '@renderer/lib/use-load';
import { PersonPage } from './PersonPage';
import './people.css';

export const PEOPLE_PAGE = 50;

/** The people directory, or one person's page when navigation names a person. */
export function PeopleScreen({ personId }: { personId?: string }) {
  return personId ? <PersonPage key={personId} personId={personId} /> : <PeopleDirectory />;
}

function PeopleDirectory() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [offset, setOffset] = useState(0);
  const trimmed = query.trim();
  const fetch = useCallback(
    () =>
      api['people:list']({
        ...(trimmed ? { query: trimmed } : {}),
        offset,
        limit: PEOPLE_PAGE,
      }),
    [api, trimmed, offset],
  );
  const { load, reload, last } = useLoad(fetch);
  const page = load.state === 'ready' ? load.value : last;

  return (
    <div className="screen screen--people">
      <SearchField
        className="people-search"
        value={query}
        onChange={(value) => {
          setQuery(value);
          setOffset(0);
        }}
      >
        <Label className="field-label">{t('people.searchLabel')}</Label>
        <Input className="people-search__input" placeholder={t('people.searchPlaceholder')} />
      </SearchField>

      {load.state === 'failed' ? (
        <div className="people-error">
          <InlineError title={t('people.listFailed')} error={load.error} />
          <Button className="button button--secondary" onPress={reload}>
            {t('people.retry')}
          </Button>
        </div>
      ) : !page ? (
        <p role="status">{t('people.loading')}</p>
      ) : page.items.length === 0 ? (
        <p className="people-empty">{trimmed ? t('people.noMatch') : t('people.empty')}</p>
      ) : (
        <>
          <table className="people-table">
            <caption className="visually-hidden">{t('people.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('people.columns.name')}</th>
                <th scope="col">{t('people.columns.role')}</th>
                <th scope="col">{t('people.columns.department')}</th>
                <th scope="col" className="num">
                  {t('people.columns.cases')}
                </th>
                <th scope="col" className="num">
                  {t('people.columns.respondent')}
                </th>
              </tr>
            </thead>
            <tbody>
              {page.items.map(({ person, caseCount, respondentCount }) => (
                <tr key={person.id}>
                  <th scope="row">
                    <Link
                      className="people-table__name"
                      onPress={() => navigate({ screen: 'people', personId: person.id })}
                    >
                      {person.name}
                    </Link>
                    {person.employeeId ? (
                      <span className="people-table__id">{person.employeeId}</span>
                    ) : null}
                  </th>
                  <td>{person.title ?? ''}</td>
                  <td>{person.department ?? ''}</td>
                  <td className="num">{caseCount}</td>
                  <td className="num">
                    {respondentCount > 1 ? (
                      <span className="pill pill--warn">{respondentCount}</span>
                    ) : (
                      respondentCount
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <nav className="pager" aria-label={t('people.pager.label')}>
            <span className="pager__range" role="status">
              {t('people.pager.range', {
                from: offset + 1,
                to: offset + page.items.length,
                total: page.total,
              })}
            </span>
            <Button
              className="button button--secondary"
              isDisabled={offset === 0}
              onPress={() => setOffset(Math.max(0, offset - PEOPLE_PAGE))}
            >
              <ChevronLeft size={15} aria-hidden="true" />
              {t('people.pager.previous')}
            </Button>
            <Button
              className="button button--secondary"
              isDisabled={offset + page.items.length >= page.total}
              onPress={() => setOffset(offset + PEOPLE_PAGE)}
            >
              {t('people.pager.next')}
              <ChevronRight size={15} aria-hidden="true" />
            </Button>
          </nav>
        </>
      )}
    </div>
  );
}
