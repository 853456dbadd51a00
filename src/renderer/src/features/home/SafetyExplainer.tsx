import { FileCheck, History, LockKeyhole, Timer, type LucideIcon } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

type Safeguard = 'encryption' | 'autoLock' | 'tamper' | 'audit';

const safeguards: readonly { id: Safeguard; icon: LucideIcon }[] = [
  { id: 'encryption', icon: LockKeyhole },
  { id: 'autoLock', icon: Timer },
  { id: 'tamper', icon: FileCheck },
  { id: 'audit', icon: History },
];

/** How the vault protects case files, in plain words. */
export function SafetyExplainer() {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="explainer" aria-labelledby={titleId}>
      <h2 className="section-title" id={titleId}>
        {t('home.explainer.title')}
      </h2>
      <ul className="explainer__grid">
        {safeguards.map(({ id, icon: Icon }) => (
          <li className="explainer__item" key={id}>
            <span className="explainer__icon" aria-hidden="true">
              <Icon size={18} strokeWidth={1.8} />
            </span>
            <h3 className="explainer__title">{t(`home.explainer.${id}.title`)}</h3>
            <p className="explainer__body">{t(`home.explainer.${id}.body`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
