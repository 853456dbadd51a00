import { useState, type FormEvent } from 'react';
import { Button, Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { datePrecision, type DatePrecision } from '@shared/domain/dates';
import { sortTimeline, type TimelineFact } from '@shared/domain/timeline';
import { formatDate, newId } from '../case-ids';
import { ChoiceField } from '../ChoiceField';
import { TextInputField } from '../TextInputField';
import { SectionCard } from './SectionCard';
import { useWorkspace } from './workspace-context';

/** The incident chronology: facts with exact or approximate dates, each citing its evidence. */
export function TimelineSection() {
  const { t, i18n } = useTranslation();
  const { doc, edit } = useWorkspace();
  const [date, setDate] = useState('');
  const [precision, setPrecision] = useState<DatePrecision>('day');
  const [description, setDescription] = useState('');
  const [source, setSource] = useState<string>('');
  const [disputed, setDisputed] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!date || !description.trim()) {
      setError(t('caseWorkspace.timeline.required'));
      return;
    }
    const fact: TimelineFact = {
      id: newId(),
      when: { date, precision },
      description: description.trim(),
      sources: source ? [{ kind: 'evidence', evidenceId: source }] : [],
      allegationIds: [],
      disputed,
    };
    edit((c) => ({ ...c, timeline: [...c.timeline, fact] }));
    setDescription('');
    setDisputed(false);
    setError(null);
  };

  const exhibit = (id: string) => doc.evidence.find((e) => e.id === id)?.exhibit ?? '?';

  return (
    <div className="ws-section">
      <SectionCard title={t('caseWorkspace.timeline.add')}>
        <form className="cw-form" onSubmit={add} noValidate>
          <div className="cw-form__row">
            <TextInputField
              label={t('caseWorkspace.timeline.date')}
              type="date"
              size="short"
              value={date}
              onChange={setDate}
            />
            <ChoiceField
              label={t('caseWorkspace.timeline.precision')}
              size="short"
              value={precision}
              options={datePrecision.options.map((id) => ({
                id,
                label: t(`caseWorkspace.timeline.precisions.${id}`),
              }))}
              onChange={setPrecision}
            />
            <ChoiceField
              label={t('caseWorkspace.timeline.source')}
              value={source}
              options={[
                { id: '', label: t('caseWorkspace.timeline.noSource') },
                ...doc.evidence.map((e) => ({
                  id: e.id,
                  label: `${e.exhibit} ${e.originalFileName}`,
                })),
              ]}
              onChange={setSource}
            />
          </div>
          <TextInputField
            label={t('caseWorkspace.timeline.what')}
            value={description}
            onChange={setDescription}
            multiline
            rows={2}
            error={error}
          />
          <Checkbox className="cw-checkbox" isSelected={disputed} onChange={setDisputed}>
            <span className="cw-checkbox__box" aria-hidden="true" />
            {t('caseWorkspace.timeline.disputed')}
          </Checkbox>
          <div className="cw-form__actions cw-form__actions--start">
            <Button type="submit" className="button button--secondary">
              {t('caseWorkspace.timeline.addButton')}
            </Button>
          </div>
        </form>
      </SectionCard>
      <SectionCard title={t('caseWorkspace.timeline.title', { count: doc.timeline.length })}>
        {doc.timeline.length === 0 ? (
          <p className="ws-empty">{t('caseWorkspace.timeline.empty')}</p>
        ) : (
          <ol className="ws-list">
            {sortTimeline(doc.timeline).map((fact) => (
              <li key={fact.id} className="ws-list__item fact">
                <p className="fact__when">
                  {fact.when.precision === 'day'
                    ? formatDate(fact.when.date, i18n.language)
                    : t(`caseWorkspace.timeline.approx.${fact.when.precision}`, {
                        date: formatDate(fact.when.date, i18n.language),
                      })}
                  {fact.time && ` ${fact.time}`}
                </p>
                <p className="fact__what">{fact.description}</p>
                <p className="fact__meta">
                  {fact.disputed && (
                    <span className="pill pill--warn">
                      {t('caseWorkspace.timeline.disputedBadge')}
                    </span>
                  )}
                  {fact.sources
                    .map((s) => (s.kind === 'evidence' ? exhibit(s.evidenceId) : ''))
                    .join(', ')}
                </p>
              </li>
            ))}
          </ol>
        )}
      </SectionCard>
    </div>
  );
}
