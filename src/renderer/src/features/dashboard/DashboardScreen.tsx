import { ArrowRight, UserRound } from 'lucide-react';
import { useCallback } from 'react';
import { Button, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ageingBuckets } from '@shared/domain/case-overview-rules';
import { caseStatuses, isOpen } from '@shared/domain/case-status';
import { closureOutcomes } from '@shared/domain/outcome';
import type { OutputOf } from '@shared/ipc/contract';
import { useApi } from '@renderer/api/api-context';
import type { CaseListFilters } from '@renderer/app/navigation';
import { useNavigate } from '@renderer/app/navigation-context';
import { InlineError } from '@renderer/components/InlineError';
import { useLoad } from '@renderer/lib/use-load';
import { ChartPanel, type ChartItem } from './ChartPanel';
import { DashboardCard } from './DashboardCard';
import {
  byAgeing,
  byStatus,
  byType,
  closedThisQuarter,
  ofPerson,
  openStatuses,
  withOverdueTasks,
} from './dashboard-filters';
import { DueSoonPanel } from './DueSoonPanel';
import { ExitReasonsPanel, RehirePanel } from './LeaverPanels';
import './dashboard.css';

type Dashboard = OutputOf<'cases:dashboard'>;

/** Workload at a glance; every figure and chart opens the case list filtered to what it counts. */
export function DashboardScreen() {
  const { t } = useTranslation();
  const api = useApi();
  const fetch = useCallback(() => api['cases:dashboard'](), [api]);
  const { load, reload } = useLoad(fetch);

  if (load.state === 'loading') {
    return (
      <div className="screen screen--dashboard">
        <p className="dashboard__loading" role="status">
          {t('dashboard.loading')}
        </p>
      </div>
    );
  }
  if (load.state === 'failed') {
    return (
      <div className="screen screen--dashboard">
        <InlineError title={t('dashboard.failed')} error={load.error} />
        <div>
          <Button className="button button--secondary" onPress={reload}>
            {t('dashboard.retry')}
          </Button>
        </div>
      </div>
    );
  }
  return <DashboardView dashboard={load.value} />;
}

function DashboardView({ dashboard: d }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const openCases = (caseFilters: CaseListFilters) => navigate({ screen: 'cases', caseFilters });
  const select = (item: ChartItem) => openCases(item.filters);

  const statusItems: ChartItem[] = caseStatuses.filter(isOpen).map((status) => ({
    key: status,
    label: t(`dashboard.status.${status}`),
    value: d.openByStatus[status] ?? 0,
    filters: byStatus(status),
  }));
  const typeItems: ChartItem[] = Object.entries(d.openByType).map(([type, value]) => ({
    key: type,
    label: t(`dashboard.caseType.${type}`),
    value: value ?? 0,
    filters: byType(type as keyof Dashboard['openByType']),
  }));
  const ageingItems: ChartItem[] = ageingBuckets.map((bucket) => ({
    key: bucket,
    label: t(`dashboard.ageing.bucket.${bucket}`),
    value: d.ageing[bucket],
    filters: byAgeing(bucket, d.today),
  }));
  const closedFilters = closedThisQuarter(d.today);
  const outcomeItems: ChartItem[] = closureOutcomes
    .filter((outcome) => (d.closedThisQuarter[outcome] ?? 0) > 0)
    .map((outcome) => ({
      key: outcome,
      label: t(`dashboard.outcome.${outcome}`),
      value: d.closedThisQuarter[outcome] ?? 0,
      filters: closedThisQuarter(d.today, outcome),
    }));
  const closedTotal = outcomeItems.reduce((sum, item) => sum + item.value, 0);

  return (
    <div className="screen screen--dashboard">
      <section className="figures" aria-label={t('dashboard.figures.label')}>
        <Figure
          label={t('dashboard.figures.open')}
          value={String(d.openTotal)}
          detail={t('dashboard.figures.openDetail')}
          onPress={() => openCases({ status: openStatuses })}
        />
        <Figure
          label={t('dashboard.figures.overdue')}
          value={String(d.overdueTasks)}
          detail={t('dashboard.figures.overdueDetail', { count: d.casesWithOverdueTasks })}
          tone={d.overdueTasks > 0 ? 'danger' : undefined}
          onPress={() => openCases(withOverdueTasks())}
        />
        <Figure
          label={t('dashboard.figures.closed')}
          value={String(closedTotal)}
          detail={t('dashboard.figures.closedDetail')}
          onPress={() => openCases(closedFilters)}
        />
        <Figure
          label={t('dashboard.figures.median')}
          value={
            d.medianDaysToClose === null
              ? t('dashboard.figures.none')
              : t('dashboard.figures.days', { count: Math.round(d.medianDaysToClose) })
          }
          detail={t('dashboard.figures.medianDetail')}
        />
      </section>

      <div className="dashboard-grid">
        <ChartPanel
          kind="donut"
          title={t('dashboard.charts.status')}
          caption={t('dashboard.charts.statusCaption')}
          items={statusItems}
          emptyText={t('dashboard.charts.noOpen')}
          onSelect={select}
        />
        <ChartPanel
          kind="columns"
          title={t('dashboard.charts.ageing')}
          caption={t('dashboard.charts.ageingCaption')}
          items={ageingItems}
          emptyText={t('dashboard.charts.noOpen')}
          onSelect={select}
        />
        <ChartPanel
          kind="bars"
          title={t('dashboard.charts.type')}
          caption={t('dashboard.charts.typeCaption')}
          items={typeItems}
          emptyText={t('dashboard.charts.noOpen')}
          onSelect={select}
        />
        <ChartPanel
          kind="bars"
          title={t('dashboard.charts.outcome')}
          caption={t('dashboard.charts.outcomeCaption')}
          items={outcomeItems}
          emptyText={t('dashboard.charts.noClosed')}
          onSelect={select}
        />
        <DueSoonPanel />
        <RepeatRespondents
          people={d.repeatRespondents}
          onCases={(personId) => openCases(ofPerson(personId))}
        />
        <ExitReasonsPanel reasons={d.exitReasons} />
        <RehirePanel leavers={d.rehireEligible} />
      </div>
    </div>
  );
}

interface FigureProps {
  label: string;
  value: string;
  detail: string;
  tone?: 'danger';
  onPress?: () => void;
}

/** A headline number; pressable ones open the cases behind it. */
function Figure({ label, value, detail, tone, onPress }: FigureProps) {
  const { t } = useTranslation();
  const body = (
    <>
      <span className="figure__label">{label}</span>
      <span className={`figure__value${tone ? ` figure__value--${tone}` : ''}`}>{value}</span>
      <span className="figure__detail">{detail}</span>
    </>
  );
  // The visible text is the accessible name (WCAG 2.5.3, label in name); the action is appended.
  return onPress ? (
    <Button className="panel figure figure--link" onPress={onPress}>
      {body}
      <span className="visually-hidden">{t('dashboard.figures.show')}</span>
    </Button>
  ) : (
    <div className="panel figure">{body}</div>
  );
}

function RepeatRespondents({
  people,
  onCases,
}: {
  people: Dashboard['repeatRespondents'];
  onCases: (personId: string) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <DashboardCard
      icon={<UserRound size={16} aria-hidden="true" />}
      title={t('dashboard.repeat.title')}
      caption={t('dashboard.repeat.caption')}
      emptyText={t('dashboard.repeat.empty')}
      isEmpty={people.length === 0}
    >
      <ul className="repeat-list">
        {people.map((person) => (
          <li key={person.personId} className="repeat-list__row">
            <Link
              className="repeat-list__name"
              onPress={() => navigate({ screen: 'people', personId: person.personId })}
            >
              {person.name || t('dashboard.repeat.unnamed')}
            </Link>
            <Button
              className="button button--quiet"
              onPress={() => onCases(person.personId)}
              aria-label={t('dashboard.repeat.casesLabel', {
                name: person.name,
                count: person.caseIds.length,
              })}
            >
              {t('dashboard.repeat.cases', { count: person.caseIds.length })}
              <ArrowRight size={14} aria-hidden="true" />
            </Button>
          </li>
        ))}
      </ul>
    </DashboardCard>
  );
}
