import { AlertTriangle, Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CalendarDate } from '@shared/domain/dates';
import {
  interimMeasureKindSchema,
  type InterimMeasure,
  type InterimMeasureKind,
} from '@shared/domain/interim-measure';
import { formatDate, newId } from '../case-ids';
import { ChoiceField } from '../ChoiceField';
import { TextInputField } from '../TextInputField';
import { SectionCard } from './SectionCard';
import { nameOf, useWorkspace } from './workspace-context';

/** No particular party: the measure applies to the team or the workplace as a whole. */
const NOBODY = '';

/** Ended when it has an end date on or before today; until then it is live. */
export function isMeasureActive(m: InterimMeasure, today: CalendarDate): boolean {
  return m.endsOn === null || m.endsOn > today;
}

/** A live measure whose review date has passed: the domain asks for regular review. */
export function isReviewOverdue(m: InterimMeasure, today: CalendarDate): boolean {
  return isMeasureActive(m, today) && m.reviewOn !== null && m.reviewOn < today;
}

interface Draft {
  kind: InterimMeasureKind;
  personId: string;
  startsOn: string;
  reviewOn: string;
  endsOn: string;
  description: string;
  approvedBy: string;
}

const draftOf = (m: InterimMeasure): Draft => ({
  kind: m.kind,
  personId: m.affectedPersonIds[0] ?? NOBODY,
  startsOn: m.startsOn,
  reviewOn: m.reviewOn ?? '',
  endsOn: m.endsOn ?? '',
  description: m.description,
  approvedBy: m.approvedBy,
});

function MeasureForm({
  initial,
  withEnd,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: Draft;
  withEnd: boolean;
  submitLabel: string;
  onSubmit: (draft: Draft) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const { doc, people } = useWorkspace();
  const [draft, setDraft] = useState(initial);
  const [startError, setStartError] = useState<string | null>(null);
  const [endError, setEndError] = useState<string | null>(null);
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  // Other people an existing measure names stay choosable even if their party row was removed.
  const personIds = [
    ...new Set([
      ...doc.parties.map((p) => p.personId),
      ...(initial.personId ? [initial.personId] : []),
    ]),
  ];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const start = draft.startsOn ? null : t('caseWorkspace.interim.startRequired');
    const end =
      draft.endsOn && draft.startsOn && draft.endsOn < draft.startsOn
        ? t('caseWorkspace.interim.endBeforeStart')
        : null;
    setStartError(start);
    setEndError(end);
    if (start || end) return;
    onSubmit(draft);
  };

  return (
    <form className="cw-form" onSubmit={submit} noValidate>
      <div className="cw-form__row">
        <ChoiceField
          label={t('caseWorkspace.interim.kind')}
          value={draft.kind}
          options={interimMeasureKindSchema.options.map((id) => ({
            id,
            label: t(`caseWorkspace.interim.kinds.${id}`),
          }))}
          onChange={set('kind')}
        />
        <ChoiceField
          label={t('caseWorkspace.interim.appliesTo')}
          value={draft.personId}
          options={[
            { id: NOBODY, label: t('caseWorkspace.interim.nobody') },
            ...personIds.map((id) => ({ id, label: nameOf(people, id) })),
          ]}
          onChange={set('personId')}
        />
      </div>
      <div className="cw-form__row">
        <TextInputField
          label={t('caseWorkspace.interim.startsOn')}
          type="date"
          size="short"
          value={draft.startsOn}
          onChange={set('startsOn')}
          error={startError}
        />
        <TextInputField
          label={t('caseWorkspace.interim.reviewOn')}
          type="date"
          size="short"
          value={draft.reviewOn}
          onChange={set('reviewOn')}
        />
        {withEnd && (
          <TextInputField
            label={t('caseWorkspace.interim.endsOn')}
            type="date"
            size="short"
            value={draft.endsOn}
            onChange={set('endsOn')}
            error={endError}
          />
        )}
        <TextInputField
          label={t('caseWorkspace.interim.approvedBy')}
          size="medium"
          value={draft.approvedBy}
          onChange={set('approvedBy')}
        />
      </div>
      <TextInputField
        label={t('caseWorkspace.interim.description')}
        value={draft.description}
        onChange={set('description')}
        multiline
        rows={2}
      />
      <div className="cw-form__actions cw-form__actions--start">
        <Button type="submit" className="button button--secondary">
          {!onCancel && <Plus size={15} aria-hidden="true" />}
          {submitLabel}
        </Button>
        {onCancel && (
          <Button className="button button--quiet" onPress={onCancel}>
            {t('caseWorkspace.interim.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}

const measureOf = (id: string, d: Draft): InterimMeasure => ({
  id,
  kind: d.kind,
  description: d.description.trim(),
  affectedPersonIds: d.personId ? [d.personId] : [],
  startsOn: d.startsOn,
  endsOn: d.endsOn || null,
  reviewOn: d.reviewOn || null,
  approvedBy: d.approvedBy.trim(),
});

/** Protective steps while the case is open; a live one past its review date stands out. */
export function InterimSection() {
  const { t, i18n } = useTranslation();
  const { doc, edit, today, people } = useWorkspace();
  const [editing, setEditing] = useState<string | null>(null);
  // Remounting the add form after each add clears it.
  const [addKey, setAddKey] = useState(0);
  const date = (d: string) => formatDate(d, i18n.language);

  const replace = (measure: InterimMeasure) =>
    edit((c) => ({
      ...c,
      interimMeasures: c.interimMeasures.map((m) => (m.id === measure.id ? measure : m)),
    }));

  const sorted = [...doc.interimMeasures].sort(
    (a, b) =>
      Number(!isMeasureActive(a, today)) - Number(!isMeasureActive(b, today)) ||
      a.startsOn.localeCompare(b.startsOn),
  );
  const empty: Draft = {
    kind: 'separation-of-parties',
    personId: NOBODY,
    startsOn: today,
    reviewOn: '',
    endsOn: '',
    description: '',
    approvedBy: '',
  };

  return (
    <div className="ws-section">
      <SectionCard
        title={t('caseWorkspace.interim.add')}
        description={t('caseWorkspace.interim.addHint')}
      >
        <MeasureForm
          key={addKey}
          initial={empty}
          withEnd={false}
          submitLabel={t('caseWorkspace.interim.addButton')}
          onSubmit={(draft) => {
            edit((c) => ({
              ...c,
              interimMeasures: [...c.interimMeasures, measureOf(newId(), draft)],
            }));
            setAddKey((k) => k + 1);
          }}
        />
      </SectionCard>
      <SectionCard title={t('caseWorkspace.interim.title', { count: doc.interimMeasures.length })}>
        {sorted.length === 0 ? (
          <p className="ws-empty">{t('caseWorkspace.interim.empty')}</p>
        ) : (
          <ul className="ws-list" aria-label={t('caseWorkspace.interim.listLabel')}>
            {sorted.map((m) => {
              const active = isMeasureActive(m, today);
              const overdue = isReviewOverdue(m, today);
              const kind = t(`caseWorkspace.interim.kinds.${m.kind}`);
              if (editing === m.id) {
                return (
                  <li key={m.id} className="ws-list__item measure">
                    <MeasureForm
                      initial={draftOf(m)}
                      withEnd
                      submitLabel={t('caseWorkspace.interim.saveButton')}
                      onSubmit={(draft) => {
                        replace(measureOf(m.id, draft));
                        setEditing(null);
                      }}
                      onCancel={() => setEditing(null)}
                    />
                  </li>
                );
              }
              return (
                <li
                  key={m.id}
                  className={`ws-list__item measure${overdue ? ' measure--overdue' : ''}${active ? '' : ' measure--ended'}`}
                >
                  <div className="ws-list__item--row">
                    <span className="cw-grow">
                      <strong>{kind}</strong>
                      {' · '}
                      {m.affectedPersonIds.length > 0
                        ? m.affectedPersonIds.map((id) => nameOf(people, id)).join(', ')
                        : t('caseWorkspace.interim.nobody')}
                    </span>
                    <Button
                      className="button button--quiet"
                      aria-label={t('caseWorkspace.interim.editLabel', { kind })}
                      onPress={() => setEditing(m.id)}
                    >
                      {t('caseWorkspace.interim.edit')}
                    </Button>
                    {active && (
                      <Button
                        className="button button--quiet"
                        aria-label={t('caseWorkspace.interim.endLabel', { kind })}
                        onPress={() =>
                          replace({ ...m, endsOn: today < m.startsOn ? m.startsOn : today })
                        }
                      >
                        {t('caseWorkspace.interim.end')}
                      </Button>
                    )}
                  </div>
                  <p className="measure__meta">
                    {overdue && (
                      <span className="due due--overdue">
                        <AlertTriangle size={13} aria-hidden="true" />
                        {t('caseWorkspace.interim.reviewOverdue')}
                      </span>
                    )}
                    {t('caseWorkspace.interim.started', { date: date(m.startsOn) })}
                    {m.reviewOn &&
                      active &&
                      ` · ${t('caseWorkspace.interim.reviewBy', { date: date(m.reviewOn) })}`}
                    {m.endsOn &&
                      ` · ${t(active ? 'caseWorkspace.interim.ends' : 'caseWorkspace.interim.ended', { date: date(m.endsOn) })}`}
                    {m.approvedBy &&
                      ` · ${t('caseWorkspace.interim.approvedByName', { name: m.approvedBy })}`}
                  </p>
                  {m.description && <p className="measure__description">{m.description}</p>}
                </li>
              );
            })}
          </ul>
        )}
      </SectionCard>
    </div>
  );
}
