import { Lock } from 'lucide-react';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/result';
import { InlineError } from '@renderer/components/InlineError';
import { useVaultSession } from './vault-session-context';
import './vault-parts.css';

/** The open vault's name and the Lock button, at the top of the sidebar. */
export function SidebarVault() {
  const { t } = useTranslation();
  const { status, lock } = useVaultSession();
  const [locking, setLocking] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);

  const lockNow = async () => {
    setLocking(true);
    setError(null);
    const result = await lock();
    // On success the window reloads; only a failure needs showing.
    if (!result.ok) {
      setLocking(false);
      setError(result.error);
    }
  };

  return (
    <section className="sidebar-vault" aria-label={t('vault.sidebar.label')}>
      <div className="sidebar-vault__row">
        <div className="sidebar-vault__text">
          <span className="sidebar-vault__caption">{t('vault.sidebar.caption')}</span>
          <span className="sidebar-vault__name" title={status.vault?.path}>
            {status.vault?.name}
          </span>
        </div>
        <Button
          className="button button--secondary sidebar-vault__lock"
          onPress={() => void lockNow()}
          isPending={locking}
        >
          <Lock size={14} aria-hidden="true" />
          {t('vault.sidebar.lock')}
        </Button>
      </div>
      {error && <InlineError title={t('vault.sidebar.lockFailed')} error={error} />}
    </section>
  );
}
