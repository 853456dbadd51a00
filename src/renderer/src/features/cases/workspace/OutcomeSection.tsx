import { Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { addDays } from '@shared/domain/dates';
import {
  actionKinds,
  aftercareDates,
  aftercareTasks,
  type ActionKind,
  type Outcome,
} from '@shared/domain/outcome';
import { formatDate, newId } from '../case-ids';
import { ChoiceField } from '../ChoiceField';
import { TextInputField } from '../TextInputField';
import { SectionCard } from './SectionCard';
import { nameOf, useWorkspace } from './workspace-context';

const ORG = '';

/** Findings summary, recommendations, actions taken and aftercare check-ins (which become tasks). */
export function OutcomeSection() {
  const { t, i18n } = useTranslation();
  const { doc, edit, flush, people, today } = useWorkspace();
  const [recommendation, setRecommendation] = useState('');
  const [kind, setKind] = useState<ActionKind>('written-warning');
  const [personId, setPersonId] = useState<string>(ORG);
  const [effectiveOn, setEffectiveOn] = useState('');
  const setOutcome = (update: (o: Outcome) => Outcome) =>
    edit((c) => ({ ...c, outcome: update(c.outcome) }));
  const partyIds = [...new Set(doc.parties.map((p) => p.personId))];
  const closedOn = doc.workflow.closure?.closedOn ?? null;

  const scheduleAftercare = () =>
    edit((c) => {
      const from = closedOn ?? today;
      const complainant = c.parties.find((p) => p.role === 'complainant')?.personId ?? null;
      const checkIns = aftercareDates(from).map((dueOn) => ({
        id: newId(),
        dueOn,
        personId: complainant,
        note: '',
      }));
      const aftercare = [...c.outcome.aftercare, ...checkIns];
      return {
        ...c,
        outcome: { ...c.outcome, aftercare },
        tasks: [...c.tasks, ...aftercareTasks(aftercare, c.tasks, newId, c.investigator)],
      };
    });

  return (
    <div className="ws-section">
      <SectionCard title={t('caseWorkspace.outcome.summary')}>
        <TextInputField
          label={t('caseWorkspace.outcome.findingsSummary')}
          value={doc.outcome.findingsSummary}
          onChange={(findingsSummary) => setOutcome((o) => ({ ...o, findingsSummary }))}
          onBlur={() => void flush()}
          multiline
          rows={4}
        />
      </SectionCard>
      <SectionCard title={t('caseWorkspace.outcome.recommendations')}>
        <ul className="ws-list">
          {doc.outcome.recommendations.map((r, i) => (
            <li key={i} className="ws-list__item ws-list__item--row">
              <span className="cw-grow">{r}</span>
              <Button
                className="cw-icon-button"
                aria-label={t('caseWorkspace.outcome.removeRecommendation', { n: i + 1 })}
                onPress={() =>
                  setOutcome((o) => ({
                    ...o,
                    recommendations: o.recommendations.filter((_, j) => j !== i),
                  }))
                }
              >
                <Trash2 size={15} aria-hidden="true" />
              </Button>
            </li>
          ))}
        </ul>
        <div className="cw-form__row cw-form__row--end">
          <div className="cw-grow">
            <TextInputField
              label={t('caseWorkspace.outcome.newRecommendation')}
              value={recommendation}
              onChange={setRecommendation}
            />
          </div>
          <Button
            className="button button--secondary"
            isDisabled={!recommendation.trim()}
            onPress={() => {
              setOutcome((o) => ({
                ...o,
                recommendations: [...o.recommendations, recommendation.trim()],
              }));
              setRecommendation('');
            }}
          >
            <Plus size={15} aria-hidden="true" />
            {t('caseWorkspace.outcome.add')}
          </Button>
        </div>
      </SectionCard>
      <SectionCard title={t('caseWorkspace.outcome.actions')}>
        <ul className="ws-list">
          {doc.outcome.actions.map((a) => (
            <li key={a.id} className="ws-list__item ws-list__item--row">
              <span className="cw-grow">
                <strong>{t(`caseWorkspace.outcome.kind.${a.kind}`)}</strong>
                {a.personId && ` · ${nameOf(people, a.personId)}`}
                {a.effectiveOn &&
                  ` · ${t('caseWorkspace.outcome.effective', { date: formatDate(a.effectiveOn, i18n.language) })}`}
              </span>
              <Button
                className="cw-icon-button"
                aria-label={t('caseWorkspace.outcome.removeAction')}
                onPress={() =>
                  setOutcome((o) => ({ ...o, actions: o.actions.filter((x) => x.id !== a.id) }))
                }
              >
                <Trash2 size={15} aria-hidden="true" />
              </Button>
            </li>
          ))}
        </ul>
        <div className="cw-form__row cw-form__row--end">
          <ChoiceField
            label={t('caseWorkspace.outcome.actionKind')}
            value={kind}
            options={actionKinds.map((id) => ({
              id,
              label: t(`caseWorkspace.outcome.kind.${id}`),
            }))}
            onChange={setKind}
          />
          <ChoiceField
            label={t('caseWorkspace.outcome.actionPerson')}
            value={personId}
            options={[
              { id: ORG, label: t('caseWorkspace.outcome.organisation') },
              ...partyIds.map((id) => ({ id, label: nameOf(people, id) })),
            ]}
            onChange={setPersonId}
          />
          <TextInputField
            label={t('caseWorkspace.outcome.effectiveOn')}
            type="date"
            size="short"
            value={effectiveOn}
            onChange={setEffectiveOn}
          />
          <Button
            className="button button--secondary"
            onPress={() =>
              setOutcome((o) => ({
                ...o,
                actions: [
                  ...o.actions,
                  {
                    id: newId(),
                    kind,
                    personId: personId || null,
                    effectiveOn: effectiveOn || null,
                    endsOn: null,
                    decidedBy: '',
                    note: '',
                  },
                ],
              }))
            }
          >
            <Plus size={15} aria-hidden="true" />
            {t('caseWorkspace.outcome.add')}
          </Button>
        </div>
      </SectionCard>
      <SectionCard
        title={t('caseWorkspace.outcome.aftercare')}
        description={
          closedOn
            ? t('caseWorkspace.outcome.closedOn', { date: formatDate(closedOn, i18n.language) })
            : t('caseWorkspace.outcome.notClosed')
        }
        actions={
          <Button className="button button--secondary" onPress={scheduleAftercare}>
            {t('caseWorkspace.outcome.schedule', {
              first: formatDate(addDays(closedOn ?? today, 30), i18n.language),
            })}
          </Button>
        }
      >
        {doc.outcome.aftercare.length === 0 ? (
          <p className="ws-empty">{t('caseWorkspace.outcome.noAftercare')}</p>
        ) : (
          <ul className="ws-list">
            {doc.outcome.aftercare.map((c) => (
              <li key={c.id} className="ws-list__item">
                {formatDate(c.dueOn, i18n.language)}
                {c.personId && ` · ${nameOf(people, c.personId)}`}
              </li>
            ))}
          </ul>
        )}
      </SectionCard>
    </div>
  );
}
