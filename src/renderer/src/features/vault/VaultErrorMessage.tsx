import { CircleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/result';
import { vaultErrorText } from './vault-error-text';

/** A failed vault step: what happened, main's detail when useful, the next step, and the code. */
export function VaultErrorMessage({ error }: { error: IpcError }) {
  const { t } = useTranslation();
  const { title, detail, nextStep } = vaultErrorText(t, error);
  return (
    <div className="inline-error vault-error" role="alert">
      <CircleAlert className="inline-error__icon" size={16} aria-hidden="true" />
      <div className="inline-error__text">
        <p className="inline-error__title">{title}</p>
        {detail && <p className="inline-error__message">{detail}</p>}
        <p className="vault-error__next">
          {nextStep}{' '}
          <span className="inline-error__code">{t('errors.codeLabel', { code: error.code })}</span>
        </p>
      </div>
    </div>
  );
}
