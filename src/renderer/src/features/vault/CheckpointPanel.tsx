import { Copy, RotateCw } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AuditCheckpointView } from '@shared/domain/vault';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';
import { usePreferences } from '@renderer/app/app-data-context';
import { VaultErrorMessage } from './VaultErrorMessage';

/** "3f9a12…c07e": enough to compare by eye; the Copy button copies the whole checkpoint. */
export function shortenHead(head: string): string {
  return head.length <= 16 ? head : `${head.slice(0, 8)}…${head.slice(-8)}`;
}

export function checkpointText(checkpoint: AuditCheckpointView): string {
  return `${checkpoint.size} ${checkpoint.head} ${checkpoint.time}`;
}

/** Settings → Vault: the audit log's checkpoint, to copy somewhere outside this computer. */
export function CheckpointPanel() {
  const { t } = useTranslation();
  const api = useApi();
  const { preferences } = usePreferences();
  const [checkpoint, setCheckpoint] = useState<AuditCheckpointView | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);

  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    void api['vault:checkpoint']().then((result) => {
      if (!current) return;
      if (result.ok) {
        setCheckpoint(result.value);
        setError(null);
      } else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [api, attempt]);

  const copy = async () => {
    if (!checkpoint) return;
    try {
      await navigator.clipboard.writeText(checkpointText(checkpoint));
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  const time = checkpoint ? new Date(checkpoint.time) : null;
  return (
    <div className="setting-row checkpoint">
      <div className="setting-row__text">
        <h3 className="field-label">{t('vault.settings.checkpointTitle')}</h3>
        <p className="field-description">{t('vault.settings.checkpointWhy')}</p>
      </div>
      {checkpoint && (
        <dl className="checkpoint__facts">
          <div>
            <dt>{t('vault.settings.checkpointSize')}</dt>
            <dd>{t('vault.settings.checkpointEntries', { count: checkpoint.size })}</dd>
          </div>
          <div>
            <dt>{t('vault.settings.checkpointHead')}</dt>
            <dd>
              <code className="path" title={checkpoint.head}>
                {shortenHead(checkpoint.head)}
              </code>
            </dd>
          </div>
          <div>
            <dt>{t('vault.settings.checkpointTime')}</dt>
            <dd>
              {time && !Number.isNaN(time.getTime())
                ? new Intl.DateTimeFormat(preferences.locale, {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  }).format(time)
                : checkpoint.time}
            </dd>
          </div>
        </dl>
      )}
      {error && <VaultErrorMessage error={error} />}
      <div className="vault-settings__inline">
        <Button
          className="button button--secondary"
          onPress={() => void copy()}
          isDisabled={!checkpoint}
        >
          <Copy size={15} aria-hidden="true" />
          {t('vault.recoveryKey.copy')}
        </Button>
        <Button className="button button--quiet" onPress={() => setAttempt((n) => n + 1)}>
          <RotateCw size={15} aria-hidden="true" />
          {t('vault.settings.checkpointRefresh')}
        </Button>
        <p className="vault-settings__saved" role="status">
          {copied === true && t('vault.settings.checkpointCopied')}
          {copied === false && t('vault.recoveryKey.notice.copyFailed')}
        </p>
      </div>
    </div>
  );
}
