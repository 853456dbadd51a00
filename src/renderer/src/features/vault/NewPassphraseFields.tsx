import { useTranslation } from 'react-i18next';
import { PASSPHRASE_MIN_LENGTH } from '@shared/domain/vault';
import { PASSPHRASE_LONG_ENOUGH, type PassphraseProblem } from './passphrase-rules';
import type { PassphraseStrength } from './passphrase-strength';
import { PassphraseField } from './PassphraseField';
import { StrengthMeter } from './StrengthMeter';

interface NewPassphraseFieldsProps {
  /** "Passphrase" when creating a vault, "New passphrase" when replacing one. */
  label: string;
  passphrase: string;
  confirm: string;
  onPassphrase: (value: string) => void;
  onConfirm: (value: string) => void;
  strength: PassphraseStrength | null;
  problem: PassphraseProblem | null;
  isDisabled: boolean;
}

/** Choosing a passphrase: the field, its strength, the confirmation and what still blocks it. */
export function NewPassphraseFields({
  label,
  passphrase,
  confirm,
  onPassphrase,
  onConfirm,
  strength,
  problem,
  isDisabled,
}: NewPassphraseFieldsProps) {
  const { t } = useTranslation();
  // Say what's missing only once there is something to judge.
  const shownProblem =
    problem === 'confirm' || (problem === 'mismatch' && confirm.length === 0) ? null : problem;
  return (
    <div className="new-passphrase">
      <PassphraseField
        label={label}
        value={passphrase}
        onChange={onPassphrase}
        description={t('vault.newPassphrase.hint', {
          min: PASSPHRASE_MIN_LENGTH,
          long: PASSPHRASE_LONG_ENOUGH,
        })}
        isDisabled={isDisabled}
        autoComplete="new-password"
      />
      {passphrase.length > 0 && <StrengthMeter strength={strength} />}
      <PassphraseField
        label={t('vault.newPassphrase.confirm')}
        value={confirm}
        onChange={onConfirm}
        isDisabled={isDisabled}
        autoComplete="new-password"
      />
      {passphrase.length > 0 && shownProblem && (
        <p className={`new-passphrase__problem new-passphrase__problem--${shownProblem}`}>
          {t(`vault.newPassphrase.problem.${shownProblem}`, {
            min: PASSPHRASE_MIN_LENGTH,
            long: PASSPHRASE_LONG_ENOUGH,
          })}
        </p>
      )}
    </div>
  );
}
