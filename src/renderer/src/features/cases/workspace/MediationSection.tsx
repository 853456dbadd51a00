import { useTranslation } from 'react-i18next';
import type { Mediation } from '@shared/domain/mediation';
import { ChoiceField } from '../ChoiceField';
import { TextInputField } from '../TextInputField';
import { MediationAgreementCard } from './MediationAgreementCard';
import { MediationParticipants } from './MediationParticipants';
import { MediationSessions } from './MediationSessions';
import { SectionCard } from './SectionCard';
import { StartMediation } from './StartMediation';
import { useMediation } from './use-mediation';
import { useWorkspace } from './workspace-context';
import './credibility-mediation.css';

/**
 * Mediation (domain.md §2.1): suitability → consent → private caucus with each party → joint
 * sessions → written agreement → review. Caucus notes are per-party compartments, marked private
 * wherever they show; documents read only the shared record.
 */
export function MediationSection() {
  const { mediation } = useMediation();
  if (!mediation) {
    return (
      <div className="ws-section">
        <StartMediation />
      </div>
    );
  }
  return (
    <div className="ws-section">
      <Suitability mediation={mediation} />
      <MediationParticipants mediation={mediation} />
      <MediationSessions mediation={mediation} />
      <MediationAgreementCard mediation={mediation} />
    </div>
  );
}

function Suitability({ mediation: m }: { mediation: Mediation }) {
  const { t } = useTranslation();
  const { flush } = useWorkspace();
  const { update } = useMediation();
  return (
    <SectionCard
      title={t('caseWorkspace.mediation.suitability')}
      description={t('caseWorkspace.mediation.suitabilityHint')}
    >
      <p className="med-guidance" role="note">
        {t('caseWorkspace.mediation.guidance')}
      </p>
      <div className="cw-form__row">
        <TextInputField
          label={t('caseWorkspace.mediation.mediator')}
          value={m.mediator}
          onChange={(mediator) => update((x) => ({ ...x, mediator }))}
          onBlur={() => void flush()}
          size="medium"
        />
        <ChoiceField
          label={t('caseWorkspace.mediation.suitable')}
          value={m.suitable}
          options={(['undecided', 'yes', 'no'] as const).map((id) => ({
            id,
            label: t(`caseWorkspace.mediation.suitableOption.${id}`),
          }))}
          onChange={(suitable) => update((x) => ({ ...x, suitable }))}
          size="short"
        />
      </div>
      <TextInputField
        label={t('caseWorkspace.mediation.suitabilityNote')}
        description={t('caseWorkspace.mediation.suitabilityNoteHint')}
        value={m.suitabilityNote}
        onChange={(suitabilityNote) => update((x) => ({ ...x, suitabilityNote }))}
        onBlur={() => void flush()}
        multiline
        rows={2}
      />
    </SectionCard>
  );
}
