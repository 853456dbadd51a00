import { AlertTriangle, Lock, Scale } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { CaseOverview } from '@shared/domain/case-doc';
import { earliestOverdueOn, nextDueOn } from '@shared/domain/case-overview-rules';
import type { CalendarDate } from '@shared/domain/dates';
import { formatDate } from './case-ids';
import { StatusBadge } from './StatusBadge';

interface CaseRowProps {
  index: number;
  start: number;
  overview: CaseOverview | undefined;
  today: CalendarDate | null;
  isActive: boolean;
  onFocus: () => void;
  onOpen: (caseId: string) => void;
}

/** One row of the case list; a placeholder while its page is still loading. */
export function CaseRow({
  index,
  start,
  overview,
  today,
  isActive,
  onFocus,
  onOpen,
}: CaseRowProps) {
  const { t, i18n } = useTranslation();
  const style = { transform: `translateY(${start}px)` };
  if (!overview) {
    return (
      <div
        role="row"
        aria-rowindex={index + 2}
        data-index={index}
        tabIndex={isActive ? 0 : -1}
        onFocus={onFocus}
        className="case-grid__row case-grid__row--loading"
        style={style}
      >
        <div role="gridcell" className="case-grid__cell case-grid__cell--wide">
          {t('cases.list.loadingRow')}
        </div>
      </div>
    );
  }
  const locale = i18n.language;
  const overdue = today ? earliestOverdueOn(overview, today) : null;
  const next = today ? nextDueOn(overview, today) : null;
  const names = overview.parties.map((p) => p.name).filter(Boolean);
  const uniqueNames = [...new Set(names)];

  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-index={index}
      tabIndex={isActive ? 0 : -1}
      onFocus={onFocus}
      onClick={() => onOpen(overview.id)}
      className="case-grid__row"
      style={style}
    >
      <div role="gridcell" className="case-grid__cell case-grid__cell--number">
        {overview.number}
      </div>
      <div role="gridcell" className="case-grid__cell case-grid__cell--title">
        {overview.restricted ? (
          <span className="case-grid__restricted">
            <Lock size={13} aria-hidden="true" />
            {t('cases.list.restrictedTitle')}
          </span>
        ) : (
          <span className="case-grid__title">{overview.title}</span>
        )}
        {overview.legalHold && (
          <span className="case-grid__marker" title={t('cases.markers.legalHold')}>
            <Scale size={13} aria-hidden="true" />
            <span className="visually-hidden">{t('cases.markers.legalHold')}</span>
          </span>
        )}
      </div>
      <div role="gridcell" className="case-grid__cell case-grid__cell--type">
        {t(`cases.type.${overview.type}`)}
      </div>
      <div role="gridcell" className="case-grid__cell case-grid__cell--status">
        <StatusBadge status={overview.status} />
      </div>
      <div role="gridcell" className="case-grid__cell case-grid__cell--priority">
        <span className={`priority priority--${overview.priority}`}>
          {t(`cases.priority.${overview.priority}`)}
        </span>
      </div>
      <div role="gridcell" className="case-grid__cell case-grid__cell--parties">
        {overview.restricted ? '' : uniqueNames.join(', ')}
      </div>
      <div role="gridcell" className="case-grid__cell case-grid__cell--received">
        {formatDate(overview.receivedOn, locale)}
      </div>
      <div role="gridcell" className="case-grid__cell case-grid__cell--due">
        {overdue ? (
          <span className="due due--overdue">
            <AlertTriangle size={13} aria-hidden="true" />
            {t('cases.list.overdueSince', { date: formatDate(overdue, locale) })}
          </span>
        ) : next ? (
          <span className="due">{formatDate(next, locale)}</span>
        ) : (
          <span className="due due--none">{t('cases.list.nothingDue')}</span>
        )}
      </div>
    </div>
  );
}
