import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ShieldMark } from '@renderer/components/ShieldMark';
import './vault.css';
import './vault-parts.css';

interface VaultCardProps {
  title: string;
  /** One or two calm sentences under the title. */
  lead?: ReactNode;
  children: ReactNode;
  /** Quiet links under the card (switch vault, back). */
  footer?: ReactNode;
  wide?: boolean;
}

/** The full-window frame of every vault step: product mark, a centred card, quiet links beneath. */
export function VaultCard({ title, lead, children, footer, wide }: VaultCardProps) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.documentTitle', { screen: title });
  }, [t, title]);
  return (
    <div className="vault-screen">
      {/* Not named after the title: "Confirm your recovery key" would then match the field's label. */}
      <main className="vault-screen__inner">
        <div className="vault-screen__brand">
          <ShieldMark size={32} />
          <span className="vault-screen__wordmark">{t('app.name')}</span>
        </div>
        <section className={`vault-card${wide ? ' vault-card--wide' : ''}`}>
          <header className="vault-card__header">
            <h1 className="vault-card__title">{title}</h1>
            {lead && <div className="vault-card__lead">{lead}</div>}
          </header>
          {children}
        </section>
        {footer && <div className="vault-screen__footer">{footer}</div>}
      </main>
    </div>
  );
}
