import { Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Mediation } from '@shared/domain/mediation';
import { ChoiceField } from '../ChoiceField';
import { TextInputField } from '../TextInputField';
import { SectionCard } from './SectionCard';
import { useMediation } from './use-mediation';
import { nameOf, useWorkspace } from './workspace-context';

/** The parties in the mediation and the day each consented: mediation is voluntary. */
export function MediationParticipants({ mediation: m }: { mediation: Mediation }) {
  const { t } = useTranslation();
  const { doc, people } = useWorkspace();
  const { update } = useMediation();
  const inIt = new Set(m.participants.map((p) => p.personId));
  const choosable = [...new Set(doc.parties.map((p) => p.personId))].filter((id) => !inIt.has(id));
  const [adding, setAdding] = useState<string | null>(null);
  const chosen = adding && choosable.includes(adding) ? adding : (choosable[0] ?? null);
  const withCaucus = new Set(m.sessions.flatMap((s) => (s.kind === 'caucus' ? [s.personId] : [])));

  return (
    <SectionCard
      title={t('caseWorkspace.mediation.participants')}
      description={t('caseWorkspace.mediation.participantsHint')}
    >
      {m.participants.length === 0 ? (
        <p className="ws-empty">{t('caseWorkspace.mediation.noParticipants')}</p>
      ) : (
        <ul className="ws-list" aria-label={t('caseWorkspace.mediation.participants')}>
          {m.participants.map((p) => {
            const name = nameOf(people, p.personId);
            return (
              <li key={p.personId} className="ws-list__item">
                {/* Named by the party, so the consent field's short label is unambiguous. */}
                <div className="med-session__row" role="group" aria-label={name}>
                  <span className="cw-grow party__name">{name}</span>
                  <TextInputField
                    label={t('caseWorkspace.mediation.consentedOn')}
                    type="date"
                    size="short"
                    value={p.consentedOn ?? ''}
                    onChange={(on) =>
                      update((x) => ({
                        ...x,
                        participants: x.participants.map((q) =>
                          q.personId === p.personId ? { ...q, consentedOn: on || null } : q,
                        ),
                      }))
                    }
                  />
                  <Button
                    className="cw-icon-button"
                    // Their private notes would be orphaned: remove those first, deliberately.
                    isDisabled={withCaucus.has(p.personId)}
                    aria-label={t('caseWorkspace.mediation.removeParticipant', { name })}
                    onPress={() =>
                      update((x) => ({
                        ...x,
                        participants: x.participants.filter((q) => q.personId !== p.personId),
                      }))
                    }
                  >
                    <Trash2 size={15} aria-hidden="true" />
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {choosable.length > 0 && chosen && (
        <div className="cw-form__row cw-form__row--end">
          <ChoiceField
            label={t('caseWorkspace.mediation.addParticipant')}
            value={chosen}
            options={choosable.map((id) => ({ id, label: nameOf(people, id) }))}
            onChange={setAdding}
          />
          <Button
            className="button button--secondary"
            onPress={() =>
              update((x) => ({
                ...x,
                participants: [...x.participants, { personId: chosen, consentedOn: null }],
              }))
            }
          >
            <Plus size={15} aria-hidden="true" />
            {t('caseWorkspace.mediation.addParticipantButton')}
          </Button>
        </div>
      )}
    </SectionCard>
  );
}
