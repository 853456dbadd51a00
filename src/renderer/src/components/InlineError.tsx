import { CircleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/result';

interface InlineErrorProps {
  /** What failed, in the user's words ("Couldn't change the theme."). */
  title: string;
  error: IpcError;
}

/** A failed call, explained where it happened: what failed, main's message and the error code. */
export function InlineError({ title, error }: InlineErrorProps) {
  const { t } = useTranslation();
  return (
    <div className="inline-error" role="alert">
      <CircleAlert className="inline-error__icon" size={16} aria-hidden="true" />
      <div className="inline-error__text">
        <p className="inline-error__title">{title}</p>
        <p className="inline-error__message">
          {error.message}{' '}
          <span className="inline-error__code">{t('errors.codeLabel', { code: error.code })}</span>
        </p>
      </div>
    </div>
  );
}
