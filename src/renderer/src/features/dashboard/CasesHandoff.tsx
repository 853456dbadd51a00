import { useTranslation } from 'react-i18next';
import type { CaseListFilters } from '@renderer/app/navigation';

/**
 * Stand-in for the `cases` screen until the case list and workspace (another branch) land: shows
 * what the list was asked to open, so the dashboard's hand-off can be seen and tested.
 */
export function CasesHandoff({ filters, caseId }: { filters?: CaseListFilters; caseId?: string }) {
  const { t } = useTranslation();
  return (
    <div className="screen">
      <p>{caseId ? t('dashboard.handoff.case') : t('dashboard.handoff.list')}</p>
      <pre className="path" data-testid="case-handoff">
        {JSON.stringify(caseId ? { caseId } : { filters: filters ?? {} }, null, 2)}
      </pre>
    </div>
  );
}
