import { useTranslation } from 'react-i18next';
import { RECOVERY_KEY_GROUPS, recoveryKeyGroups } from './recovery-key-format';

/** The key in numbered groups of four; the last one is the check group and is marked as such. */
export function RecoveryKeyGrid({ recoveryKey }: { recoveryKey: string }) {
  const { t } = useTranslation();
  const groups = recoveryKeyGroups(recoveryKey);
  return (
    <figure className="key-grid">
      <ol className="key-grid__groups" aria-label={t('vault.recoveryKey.gridLabel')}>
        {groups.map((group, index) => {
          const isCheck = index === RECOVERY_KEY_GROUPS - 1;
          return (
            <li key={index} className={`key-group${isCheck ? ' key-group--check' : ''}`}>
              <span className="key-group__index" aria-hidden="true">
                {isCheck ? t('vault.recoveryKey.checkGroup') : index + 1}
              </span>
              <code className="key-group__chars">{group}</code>
            </li>
          );
        })}
      </ol>
      <figcaption className="key-grid__caption">{t('vault.recoveryKey.checkExplained')}</figcaption>
    </figure>
  );
}
