import { Lock, Plus, Trash2 } from 'lucide-react';
import { useId } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Mediation, MediationSession } from '@shared/domain/mediation';
import { newId } from '../case-ids';
import { TextInputField } from '../TextInputField';
import { SectionCard } from './SectionCard';
import { useMediation } from './use-mediation';
import { nameOf, useWorkspace } from './workspace-context';

/**
 * Joint sessions (the shared record) and, per party, the private caucus meetings. Each caucus
 * compartment is marked "Private — never shared" where it is written: no document reads it and it
 * is never shown as the other party's record.
 */
export function MediationSessions({ mediation: m }: { mediation: Mediation }) {
  const { t } = useTranslation();
  const { today, people } = useWorkspace();
  const { update } = useMediation();
  const add = (session: MediationSession) =>
    update((x) => ({ ...x, sessions: [...x.sessions, session] }));
  const joint = m.sessions.filter((s) => s.kind === 'joint');

  return (
    <>
      <SectionCard
        title={t('caseWorkspace.mediation.joint')}
        description={t('caseWorkspace.mediation.jointHint')}
        actions={
          <Button
            className="button button--secondary"
            onPress={() => add({ id: newId(), kind: 'joint', on: today, notes: '' })}
          >
            <Plus size={15} aria-hidden="true" />
            {t('caseWorkspace.mediation.addJoint')}
          </Button>
        }
      >
        {joint.length === 0 ? (
          <p className="ws-empty">{t('caseWorkspace.mediation.noJoint')}</p>
        ) : (
          joint.map((s, i) => (
            <SessionFields
              key={s.id}
              session={s}
              label={t('caseWorkspace.mediation.jointLabel', { n: i + 1 })}
            />
          ))
        )}
      </SectionCard>
      <SectionCard
        title={t('caseWorkspace.mediation.caucus')}
        description={t('caseWorkspace.mediation.caucusHint')}
      >
        {m.participants.length === 0 && (
          <p className="ws-empty">{t('caseWorkspace.mediation.noParticipants')}</p>
        )}
        {m.participants.map((p) => {
          const name = nameOf(people, p.personId);
          const own = m.sessions.filter((s) => s.kind === 'caucus' && s.personId === p.personId);
          return (
            <section
              key={p.personId}
              className="med-private"
              aria-label={t('caseWorkspace.mediation.caucusWith', { name })}
            >
              <div className="med-private__header">
                <h4 className="party__name">{t('caseWorkspace.mediation.caucusWith', { name })}</h4>
                <span className="med-private__badge">
                  <Lock size={13} aria-hidden="true" />
                  {t('caseWorkspace.mediation.private')}
                </span>
              </div>
              {own.map((s, i) => (
                <SessionFields
                  key={s.id}
                  session={s}
                  label={t('caseWorkspace.mediation.caucusLabel', { n: i + 1 })}
                />
              ))}
              <div className="cw-form__actions cw-form__actions--start">
                <Button
                  className="button button--quiet"
                  onPress={() =>
                    add({ id: newId(), kind: 'caucus', personId: p.personId, on: today, notes: '' })
                  }
                >
                  <Plus size={15} aria-hidden="true" />
                  {t('caseWorkspace.mediation.addCaucus', { name })}
                </Button>
              </div>
            </section>
          );
        })}
      </SectionCard>
    </>
  );
}

/** One session: a group named by its label, so its fields can keep short labels. */
function SessionFields({ session: s, label }: { session: MediationSession; label: string }) {
  const { t } = useTranslation();
  const labelId = useId();
  const { flush } = useWorkspace();
  const { update } = useMediation();
  const change = (patch: Partial<Pick<MediationSession, 'on' | 'notes'>>) =>
    update((x) => ({
      ...x,
      sessions: x.sessions.map((y) => (y.id === s.id ? { ...y, ...patch } : y)),
    }));
  return (
    <div className="med-session" role="group" aria-labelledby={labelId}>
      <span className="med-session__label" id={labelId}>
        {label}
      </span>
      <div className="med-session__row">
        <TextInputField
          label={t('caseWorkspace.mediation.sessionDate')}
          type="date"
          size="short"
          value={s.on}
          onChange={(on) => change({ on })}
          error={s.on ? null : t('caseWorkspace.mediation.dateRequired')}
        />
        <span className="cw-grow" />
        <Button
          className="cw-icon-button"
          aria-label={t('caseWorkspace.mediation.removeSession', { session: label })}
          onPress={() =>
            update((x) => ({ ...x, sessions: x.sessions.filter((y) => y.id !== s.id) }))
          }
        >
          <Trash2 size={15} aria-hidden="true" />
        </Button>
      </div>
      <TextInputField
        label={t('caseWorkspace.mediation.sessionNotes', { session: label })}
        value={s.notes}
        onChange={(notes) => change({ notes })}
        onBlur={() => void flush()}
        multiline
        rows={3}
      />
    </div>
  );
}
