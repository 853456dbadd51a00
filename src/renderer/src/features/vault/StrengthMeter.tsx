import { Label, Meter } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { PassphraseStrength } from './passphrase-strength';

/** zxcvbn's score as four segments and a word, with its warning and suggestions underneath. */
export function StrengthMeter({ strength }: { strength: PassphraseStrength | null }) {
  const { t } = useTranslation();
  const score = strength?.score ?? 0;
  const word = strength ? t(`vault.strength.score.${score}`) : t('vault.strength.unrated');
  return (
    <div className="strength">
      <Meter
        className={`strength__meter strength__meter--${strength ? score : 'none'}`}
        minValue={0}
        maxValue={4}
        value={score}
        valueLabel={word}
      >
        <div className="strength__header">
          <Label className="strength__label">{t('vault.strength.label')}</Label>
          <span className="strength__word">{word}</span>
        </div>
        <div className="strength__bar" aria-hidden="true">
          {[1, 2, 3, 4].map((segment) => (
            <span
              key={segment}
              className={`strength__segment${strength && score >= segment ? ' strength__segment--on' : ''}`}
            />
          ))}
        </div>
      </Meter>
      {strength && (strength.warning || strength.suggestions.length > 0) && (
        <ul className="strength__feedback">
          {strength.warning && (
            <li className="strength__warning">
              {t(`vault.strength.warnings.${strength.warning}`)}
            </li>
          )}
          {strength.suggestions.map((suggestion) => (
            <li key={suggestion}>{t(`vault.strength.suggestions.${suggestion}`)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
