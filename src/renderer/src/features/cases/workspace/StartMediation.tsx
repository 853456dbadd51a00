import { Handshake } from 'lucide-react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { SectionCard } from './SectionCard';
import { useMediation } from './use-mediation';

/**
 * Offers mediation (a triage disposition, domain.md §2): creates the empty mediation record, which
 * brings up the Mediation tab on any case type.
 */
export function StartMediation() {
  const { t } = useTranslation();
  const { mediation, update } = useMediation();
  if (mediation) return null;
  return (
    <SectionCard
      title={t('caseWorkspace.mediation.startTitle')}
      description={t('caseWorkspace.mediation.startHint')}
    >
      <p className="med-guidance">{t('caseWorkspace.mediation.guidance')}</p>
      <div className="cw-form__actions cw-form__actions--start">
        <Button className="button button--secondary" onPress={() => update((m) => m)}>
          <Handshake size={15} aria-hidden="true" />
          {t('caseWorkspace.mediation.start')}
        </Button>
      </div>
    </SectionCard>
  );
}
