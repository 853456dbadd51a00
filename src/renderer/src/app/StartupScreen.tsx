import { RotateCw } from 'lucide-react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/result';
import { InlineError } from '@renderer/components/InlineError';
import { ShieldMark } from '@renderer/components/ShieldMark';
import './startup.css';

interface StartupScreenProps {
  /** Absent while loading. */
  error?: IpcError;
  onRetry: () => void;
}

/** What the window shows before the frame: a quiet loading state, or why start-up failed. */
export function StartupScreen({ error, onRetry }: StartupScreenProps) {
  const { t } = useTranslation();
  return (
    <div className="startup" aria-busy={!error}>
      <div className="startup__card">
        <ShieldMark size={40} />
        {error ? (
          <>
            <h1 className="startup__title">{t('startup.failedTitle')}</h1>
            <p className="startup__body">{t('startup.failedBody')}</p>
            <InlineError title={t('startup.failedReason')} error={error} />
            <Button className="button button--primary" onPress={onRetry}>
              <RotateCw size={16} aria-hidden="true" />
              {t('startup.retry')}
            </Button>
          </>
        ) : (
          <p className="startup__loading" role="status">
            {t('startup.loading')}
          </p>
        )}
      </div>
    </div>
  );
}
