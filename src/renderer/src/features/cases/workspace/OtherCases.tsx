import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { PersonInfo } from './workspace-context';
import { useWorkspace } from './workspace-context';

/** "Also in 2 other cases: respondent in ER-2026-0012, witness in ER-2025-0099". */
export function OtherCases({
  appearances,
  currentCaseId,
}: {
  appearances: PersonInfo['appearances'];
  currentCaseId: string;
}) {
  const { t } = useTranslation();
  const { openCase, flush } = useWorkspace();
  const others = appearances.filter((a) => a.caseId !== currentCaseId);
  if (others.length === 0) return null;
  return (
    <p className="other-cases">
      {t('caseWorkspace.parties.alsoIn', { count: others.length })}{' '}
      {others.map((a, i) => (
        <span key={a.caseId}>
          {i > 0 && ', '}
          {t('caseWorkspace.parties.roleIn', {
            roles: a.roles.map((r) => t(`cases.role.${r}`).toLowerCase()).join(' / '),
          })}{' '}
          <Link
            className="other-cases__link"
            onPress={() => {
              void flush();
              openCase(a.caseId);
            }}
          >
            {a.number}
          </Link>
        </span>
      ))}
    </p>
  );
}
