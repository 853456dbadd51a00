import { AlertTriangle, CalendarClock } from 'lucide-react';
import { useCallback, useId } from 'react';
import { Button, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '@shared/ipc/contract';
import { daysBetween } from '@shared/domain/dates';
import { useApi } from '@renderer/api/api-context';
import { useNavigate } from '@renderer/app/navigation-context';
import { InlineError } from '@renderer/components/InlineError';
import { useLoad } from '@renderer/lib/use-load';
import { formatCalendarDate } from './format-date';

export const DUE_SOON_DAYS = 7;

type DueSoon = OutputOf<'tasks:due-soon'>;

/** Open tasks due in the next week across all cases, overdue ones first and marked. */
export function DueSoonPanel() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const titleId = useId();
  const fetch = useCallback(
    () => api['tasks:due-soon']({ withinDays: DUE_SOON_DAYS, includeOverdue: true }),
    [api],
  );
  const { load, reload } = useLoad(fetch);
  const data: DueSoon | null = load.state === 'ready' ? load.value : null;

  const items = data
    ? [...data.items].sort(
        (a, b) =>
          Number(b.overdue) - Number(a.overdue) ||
          (a.task.dueOn ?? '').localeCompare(b.task.dueOn ?? '') ||
          a.number.localeCompare(b.number),
      )
    : [];
  const overdueCount = items.filter((item) => item.overdue).length;

  return (
    <section className="panel dashboard-card due-soon" aria-labelledby={titleId}>
      <header className="dashboard-card__header">
        <h3 className="dashboard-card__title" id={titleId}>
          <CalendarClock size={16} aria-hidden="true" />
          {t('dashboard.dueSoon.title')}
        </h3>
        <p className="dashboard-card__caption">
          {t('dashboard.dueSoon.caption', { count: DUE_SOON_DAYS })}
          {overdueCount > 0
            ? ` · ${t('dashboard.dueSoon.overdueCount', { count: overdueCount })}`
            : ''}
        </p>
      </header>
      {load.state === 'failed' ? (
        <div className="dashboard-card__body">
          <InlineError title={t('dashboard.dueSoon.failed')} error={load.error} />
          <Button className="button button--secondary" onPress={reload}>
            {t('dashboard.retry')}
          </Button>
        </div>
      ) : !data ? (
        <p className="dashboard-card__empty" role="status">
          {t('dashboard.loading')}
        </p>
      ) : items.length === 0 ? (
        <p className="dashboard-card__empty">{t('dashboard.dueSoon.empty')}</p>
      ) : (
        <ul className="due-list">
          {items.map(({ caseId, number, title, task, overdue }) => {
            const days = task.dueOn ? daysBetween(data.today, task.dueOn) : 0;
            return (
              <li
                key={`${caseId}:${task.id}`}
                className={`due-item${overdue ? ' due-item--overdue' : ''}`}
              >
                <div className="due-item__when">
                  {overdue ? (
                    <span className="pill pill--danger">
                      <AlertTriangle size={12} aria-hidden="true" />
                      {t('dashboard.dueSoon.overdueBy', { count: -days })}
                    </span>
                  ) : (
                    <span className="pill pill--neutral">
                      {days === 0
                        ? t('dashboard.dueSoon.today')
                        : t('dashboard.dueSoon.inDays', { count: days })}
                    </span>
                  )}
                  {task.dueOn ? (
                    <time className="due-item__date" dateTime={task.dueOn}>
                      {formatCalendarDate(task.dueOn, i18n.language)}
                    </time>
                  ) : null}
                </div>
                <div className="due-item__what">
                  <span className="due-item__task">{task.title}</span>
                  <Link
                    className="due-item__case"
                    onPress={() => navigate({ screen: 'cases', caseId })}
                  >
                    <span className="case-number">{number}</span> {title}
                  </Link>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
