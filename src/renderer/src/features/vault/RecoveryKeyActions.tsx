import { Copy, FileDown } from 'lucide-react';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';
import { copySecret } from './secret-clipboard';
import { VaultErrorMessage } from './VaultErrorMessage';
import { isSilent } from './vault-error-text';

type Notice = 'saved' | 'copied' | 'copyFailed' | null;

/** Ways to keep the key: the printable emergency kit (written by main) and a self-clearing copy. */
export function RecoveryKeyActions({ recoveryKey }: { recoveryKey: string | null }) {
  const { t } = useTranslation();
  const api = useApi();
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [error, setError] = useState<IpcError | null>(null);

  const saveKit = async () => {
    setSaving(true);
    setError(null);
    const result = await api['vault:save-emergency-kit']();
    setSaving(false);
    if (result.ok) setNotice(result.value.saved ? 'saved' : null);
    else if (!isSilent(result.error)) setError(result.error);
  };

  const copy = async () => {
    if (!recoveryKey) return;
    setNotice((await copySecret(recoveryKey)) ? 'copied' : 'copyFailed');
  };

  return (
    <div className="key-actions">
      <div className="key-actions__buttons">
        <Button
          className="button button--secondary"
          onPress={() => void saveKit()}
          isPending={saving}
        >
          <FileDown size={16} aria-hidden="true" />
          {t('vault.recoveryKey.saveKit')}
        </Button>
        {recoveryKey && (
          <Button className="button button--secondary" onPress={() => void copy()}>
            <Copy size={16} aria-hidden="true" />
            {t('vault.recoveryKey.copy')}
          </Button>
        )}
      </div>
      <p className="key-actions__notice" role="status">
        {notice && t(`vault.recoveryKey.notice.${notice}`)}
      </p>
      {error && <VaultErrorMessage error={error} />}
    </div>
  );
}
