import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';
import { InlineError } from '@renderer/components/InlineError';
import { base64Bytes } from '@renderer/features/cases/workspace/evidence-import';

interface LogoPickerProps {
  logoBase64: string | null;
  onChange: (logoBase64: string | null) => void;
  error: string | null;
  isDisabled: boolean;
}

/** The letterhead logo, chosen in main's file dialog (the renderer never reads a path). */
export function LogoPicker({ logoBase64, onChange, error, isDisabled }: LogoPickerProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [failure, setFailure] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async () => {
    setBusy(true);
    setFailure(null);
    const result = await api['documents:choose-logo']();
    setBusy(false);
    if (!result.ok) setFailure(result.error);
    else if (result.value.logoBase64) onChange(result.value.logoBase64);
  };

  return (
    <div className="setting-logo">
      <p className="field-label">{t('settings.documents.logo')}</p>
      {logoBase64 ? (
        <LogoImage base64={logoBase64} alt={t('settings.documents.logoAlt')} />
      ) : (
        <p className="field-description">{t('settings.documents.noLogo')}</p>
      )}
      <div className="cw-form__row">
        <Button
          className="button button--secondary"
          onPress={() => void choose()}
          isDisabled={isDisabled}
          isPending={busy}
        >
          {t('settings.documents.chooseLogo')}
        </Button>
        {logoBase64 && (
          <Button
            className="button button--quiet"
            onPress={() => onChange(null)}
            isDisabled={isDisabled}
          >
            {t('settings.documents.removeLogo')}
          </Button>
        )}
      </div>
      <p className="field-description">{t('settings.documents.logoHint')}</p>
      {error && <p className="cw-field__error">{error}</p>}
      {failure && <InlineError title={t('settings.documents.logoFailed')} error={failure} />}
    </div>
  );
}

/** Shown through a blob: URL (the CSP allows blob: images, not data: ones), revoked on change. */
function LogoImage({ base64, alt }: { base64: string; alt: string }) {
  const ref = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const bytes = base64Bytes(base64);
    const type = bytes[0] === 0x89 ? 'image/png' : 'image/jpeg';
    const url = URL.createObjectURL(new Blob([bytes], { type }));
    if (ref.current) ref.current.src = url;
    return () => URL.revokeObjectURL(url);
  }, [base64]);
  return <img ref={ref} className="setting-logo__image" alt={alt} />;
}
