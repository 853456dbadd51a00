import { AlertTriangle, CircleAlert, Info } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '@shared/ipc/contract';

type Warning = OutputOf<'documents:check'>['warnings'][number];

const ICONS = { error: CircleAlert, warning: AlertTriangle, info: Info } as const;

/** Most serious first, so the rule the document would break is read before the reminders. */
const ORDER = { error: 0, warning: 1, info: 2 } as const;

interface RiskWarningsProps {
  /** Null while the inputs are incomplete: main checks the rules only on a valid request. */
  warnings: Warning[] | null;
  /** The kind has rules at all; a kind without any says nothing. */
  hasRules: boolean;
}

/**
 * The legal risks of the document as planned (termination-rules.ts via documents:check), shown
 * before Generate: what is wrong, in words, the rule it comes from, and the review reminder.
 */
export function RiskWarnings({ warnings, hasRules }: RiskWarningsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  if (!hasRules) return null;
  if (warnings === null) {
    return <p className="cw-field__description">{t('documents.risks.pending')}</p>;
  }
  if (warnings.length === 0) {
    return (
      <p className="doc-risks__none" role="status">
        {t('documents.risks.none')}
      </p>
    );
  }
  const sorted = [...warnings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const worst = sorted[0]!.severity;
  return (
    <section className={`doc-risks doc-risks--${worst}`} aria-labelledby={headingId}>
      <h4 id={headingId} className="doc-risks__title">
        {t('documents.risks.title', { count: warnings.length })}
      </h4>
      <ul className="doc-risks__list">
        {sorted.map((w) => {
          const Icon = ICONS[w.severity];
          return (
            <li key={w.code} className={`doc-risk doc-risk--${w.severity}`}>
              <Icon className="doc-risk__icon" size={16} aria-hidden="true" />
              <div>
                <p className="doc-risk__message">
                  <strong>{t(`documents.risks.severity.${w.severity}`)}</strong> {w.message}
                </p>
                <p className="doc-risk__rule">
                  {t('documents.risks.rule', { citation: w.citation })}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
      <p className="doc-risks__review">{sorted[0]!.reviewNote}</p>
    </section>
  );
}
