import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '@shared/domain/case-status';

/** The case status as a calm pill; closed and on hold read differently from active stages. */
export function StatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  const tone = status === 'closed' ? 'closed' : status === 'on-hold' ? 'hold' : 'active';
  return (
    <span className={`status-badge status-badge--${tone}`}>{t(`cases.status.${status}`)}</span>
  );
}
