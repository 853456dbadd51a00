import { Plus, Trash2 } from 'lucide-react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { attendeeRoles, type Attendee } from '@shared/domain/interview';
import { newId } from '../cases/case-ids';
import { SectionCard } from '../cases/workspace/SectionCard';
import type { DraftProps } from './DraftInterview';

/** Who was in the room besides the interviewee, with times in and out (domain.md §6). */
export function Attendees({ draft, edit, onBlur }: DraftProps) {
  const { t } = useTranslation();
  const change = (id: string, patch: Partial<Attendee>) =>
    edit((d) => ({
      ...d,
      attendees: d.attendees.map((a) => (a.id === id ? { ...a, ...patch } : a)),
    }));
  const add = () =>
    edit((d) => ({
      ...d,
      attendees: [
        ...d.attendees,
        { id: newId(), name: '', role: 'note-taker', timeIn: null, timeOut: null },
      ],
    }));
  return (
    <SectionCard
      title={t('interviews.attendees.title')}
      description={t('interviews.attendees.hint')}
      actions={
        <Button className="button button--secondary" onPress={add}>
          <Plus size={15} aria-hidden="true" />
          {t('interviews.attendees.add')}
        </Button>
      }
    >
      {draft.attendees.length === 0 ? (
        <p className="ws-empty">{t('interviews.attendees.empty')}</p>
      ) : (
        <ul className="ws-list" aria-label={t('interviews.attendees.title')}>
          {draft.attendees.map((a, i) => {
            const n = i + 1;
            return (
              <li key={a.id} className="ws-list__item iv-attendee">
                <label className="cw-field cw-field--full">
                  <FieldLabel text={t('interviews.attendees.name')} n={n} />
                  <input
                    className="cw-input"
                    value={a.name}
                    maxLength={200}
                    onChange={(e) => change(a.id, { name: e.target.value })}
                    onBlur={onBlur}
                  />
                </label>
                <label className="cw-field cw-field--short">
                  <FieldLabel text={t('interviews.attendees.role')} n={n} />
                  <select
                    className="cw-input matrix__select"
                    value={a.role}
                    onChange={(e) => change(a.id, { role: e.target.value as Attendee['role'] })}
                  >
                    {attendeeRoles.map((role) => (
                      <option key={role} value={role}>
                        {t(`interviews.attendees.roles.${role}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <TimeInput
                  label={t('interviews.attendees.timeIn')}
                  n={n}
                  value={a.timeIn}
                  onChange={(timeIn) => change(a.id, { timeIn })}
                  onBlur={onBlur}
                />
                <TimeInput
                  label={t('interviews.attendees.timeOut')}
                  n={n}
                  value={a.timeOut}
                  onChange={(timeOut) => change(a.id, { timeOut })}
                  onBlur={onBlur}
                />
                <Button
                  className="cw-icon-button"
                  aria-label={t('interviews.attendees.remove', { n })}
                  onPress={() =>
                    edit((d) => ({ ...d, attendees: d.attendees.filter((x) => x.id !== a.id) }))
                  }
                >
                  <Trash2 size={15} aria-hidden="true" />
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </SectionCard>
  );
}

/** A short visible label ("Time in"); the row number is for screen readers ("…, attendee 2"). */
function FieldLabel({ text, n }: { text: string; n: number }) {
  const { t } = useTranslation();
  return (
    <span className="cw-field__label">
      {text}
      <span className="visually-hidden">{t('interviews.attendees.ofRow', { n })}</span>
    </span>
  );
}

function TimeInput(props: {
  label: string;
  n: number;
  value: string | null;
  onChange: (v: string | null) => void;
  onBlur: () => void;
}) {
  return (
    <label className="cw-field cw-field--short">
      <FieldLabel text={props.label} n={props.n} />
      <input
        className="cw-input"
        type="time"
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value || null)}
        onBlur={props.onBlur}
      />
    </label>
  );
}
