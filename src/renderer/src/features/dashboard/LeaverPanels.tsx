import { ArrowRight, DoorOpen, UserCheck } from 'lucide-react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '@shared/ipc/contract';
import { useNavigate } from '@renderer/app/navigation-context';
import { DashboardCard } from './DashboardCard';

type Dashboard = OutputOf<'cases:dashboard'>;

/**
 * Why people leave, from exit interviews. Each row is text first (reason, how many leavers gave
 * it, for how many it was the main reason); the bar beside it is for the eye only. Main reasons
 * are counted apart rather than folded into a weighted score nobody could explain.
 */
export function ExitReasonsPanel({ reasons }: { reasons: Dashboard['exitReasons'] }) {
  const { t } = useTranslation();
  const most = Math.max(1, ...reasons.map((r) => r.mentions));
  return (
    <DashboardCard
      icon={<DoorOpen size={16} aria-hidden="true" />}
      title={t('dashboard.exits.title')}
      caption={t('dashboard.exits.caption')}
      emptyText={t('dashboard.exits.empty')}
      isEmpty={reasons.length === 0}
    >
      <ul className="exit-reasons" aria-label={t('dashboard.exits.listLabel')}>
        {reasons.map((r) => (
          <li
            key={r.reason}
            className="exit-reasons__row"
            aria-label={t('dashboard.exits.rowLabel', {
              reason: r.reason,
              mentions: t('dashboard.exits.mentions', { count: r.mentions }),
              primary: r.primary,
            })}
          >
            <span className="exit-reasons__label">{r.reason}</span>
            <span className="exit-reasons__bar" aria-hidden="true">
              <span
                className="exit-reasons__fill"
                style={{ width: `${(r.mentions / most) * 100}%` }}
              >
                <span
                  className="exit-reasons__primary"
                  style={{ width: `${(r.primary / Math.max(1, r.mentions)) * 100}%` }}
                />
              </span>
            </span>
            <span className="exit-reasons__count">
              {t('dashboard.exits.mentions', { count: r.mentions })}
              {r.primary > 0 && (
                <span className="exit-reasons__main">
                  {' · '}
                  {t('dashboard.exits.primary', { count: r.primary })}
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </DashboardCard>
  );
}

/** Leavers the exit record marks as eligible for rehire; each opens the case it is recorded in. */
export function RehirePanel({ leavers }: { leavers: Dashboard['rehireEligible'] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <DashboardCard
      icon={<UserCheck size={16} aria-hidden="true" />}
      title={t('dashboard.rehire.title')}
      caption={t('dashboard.rehire.caption')}
      emptyText={t('dashboard.rehire.empty')}
      isEmpty={leavers.length === 0}
    >
      <ul className="repeat-list">
        {leavers.map((l) => {
          const name = l.name || t('dashboard.rehire.unnamed');
          return (
            <li key={`${l.caseId}:${l.personId}`} className="repeat-list__row">
              <span className="rehire-list__name">{name}</span>
              <Link
                className="rehire-list__case"
                aria-label={t('dashboard.rehire.openCase', { number: l.number, name })}
                onPress={() => navigate({ screen: 'cases', caseId: l.caseId })}
              >
                {l.number}
                <ArrowRight size={14} aria-hidden="true" />
              </Link>
            </li>
          );
        })}
      </ul>
    </DashboardCard>
  );
}
