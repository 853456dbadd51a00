import { ArrowRight, TriangleAlert } from 'lucide-react';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ConfirmRecoveryKey } from './ConfirmRecoveryKey';
import { RecoveryKeyActions } from './RecoveryKeyActions';
import { RecoveryKeyGrid } from './RecoveryKeyGrid';
import { VaultCard } from './VaultCard';

/**
 * The new vault's recovery key, shown once: keep it (emergency kit or copy), then type it back.
 * After a reload the key is no longer in the renderer; the emergency kit can still be saved.
 */
export function RecoveryKeyScreen({ recoveryKey }: { recoveryKey: string | null }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<'keep' | 'confirm'>('keep');

  return (
    <VaultCard
      wide
      title={step === 'keep' ? t('vault.recoveryKey.title') : t('vault.recoveryKey.confirmTitle')}
      lead={
        step === 'keep' && (
          <>
            <p>{t('vault.recoveryKey.lead')}</p>
            <p className="vault-card__warning">
              <TriangleAlert size={15} aria-hidden="true" />
              {t('vault.recoveryKey.noRecovery')}
            </p>
          </>
        )
      }
    >
      {step === 'keep' ? (
        <div className="vault-form">
          {recoveryKey ? (
            <RecoveryKeyGrid recoveryKey={recoveryKey} />
          ) : (
            <p className="vault-form__intro">{t('vault.recoveryKey.hiddenAfterReload')}</p>
          )}
          <RecoveryKeyActions recoveryKey={recoveryKey} />
          <Button
            className="button button--primary vault-form__submit"
            onPress={() => setStep('confirm')}
          >
            {t('vault.recoveryKey.stored')}
            <ArrowRight size={16} aria-hidden="true" />
          </Button>
        </div>
      ) : (
        <ConfirmRecoveryKey onBack={() => setStep('keep')} />
      )}
    </VaultCard>
  );
}
