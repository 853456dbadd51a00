import { House, RotateCw, TriangleAlert } from 'lucide-react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { describeError } from '@renderer/lib/describe-error';
import './error-fallback.css';

interface ErrorFallbackProps {
  error: unknown;
  /** `screen`: one screen failed and the frame still works; `app`: the whole window failed. */
  scope: 'screen' | 'app';
  onHome?: () => void;
}

export function ErrorFallback({ error, scope, onHome }: ErrorFallbackProps) {
  const { t } = useTranslation();
  const { code, message } = describeError(error);
  const title = scope === 'screen' ? t('errors.screen.title') : t('errors.app.title');
  const body = scope === 'screen' ? t('errors.screen.body') : t('errors.app.body');

  return (
    <div className={`error-fallback error-fallback--${scope}`} role="alert" aria-live="assertive">
      <div className="error-fallback__card">
        <span className="error-fallback__icon" aria-hidden="true">
          <TriangleAlert size={22} strokeWidth={1.75} />
        </span>
        <h2 className="error-fallback__title">{title}</h2>
        <p className="error-fallback__body">{body}</p>
        <dl className="error-fallback__details">
          <dt>{t('errors.details.code')}</dt>
          <dd>{code ?? t('errors.details.noCode')}</dd>
          <dt>{t('errors.details.message')}</dt>
          <dd>{message ?? t('errors.details.noMessage')}</dd>
        </dl>
        <div className="error-fallback__actions">
          {onHome && (
            <Button className="button button--primary" onPress={onHome}>
              <House size={16} aria-hidden="true" />
              {t('errors.backHome')}
            </Button>
          )}
          <Button
            className={onHome ? 'button button--secondary' : 'button button--primary'}
            onPress={() => window.location.reload()}
          >
            <RotateCw size={16} aria-hidden="true" />
            {t('errors.reload')}
          </Button>
        </div>
      </div>
    </div>
  );
}
