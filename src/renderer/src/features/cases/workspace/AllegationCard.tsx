import { Trash2 } from 'lucide-react';
import { Button, Checkbox, CheckboxGroup, Label } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { findingProblems, findings, type Allegation } from '@shared/domain/allegation';
import { ChoiceField } from '../ChoiceField';
import { TextInputField } from '../TextInputField';
import { SectionCard } from './SectionCard';
import { nameOf, useWorkspace } from './workspace-context';

/** One allegation: what is alleged, against whom, when, and the finding with its reasons. */
export function AllegationCard({
  allegation: a,
  index,
}: {
  allegation: Allegation;
  index: number;
}) {
  const { t } = useTranslation();
  const { doc, edit, flush, people } = useWorkspace();
  const update = (patch: Partial<Allegation>) =>
    edit((c) => ({
      ...c,
      allegations: c.allegations.map((x, i) => (i === index ? { ...x, ...patch } : x)),
    }));
  const blur = () => void flush();
  const respondents = [
    ...new Set(doc.parties.filter((p) => p.role === 'respondent').map((p) => p.personId)),
  ];
  const linked = doc.evidenceLinks.some((l) => l.allegationId === a.id);
  const problems = a.finding === 'pending' ? [] : findingProblems(a, doc.evidenceLinks);
  const decidedWithoutReason = a.finding !== 'pending' && !a.rationale.trim();

  return (
    <SectionCard
      title={t('caseWorkspace.allegations.cardTitle', { label: a.label })}
      actions={
        <Button
          className="cw-icon-button"
          isDisabled={linked}
          aria-label={t('caseWorkspace.allegations.remove', { label: a.label })}
          onPress={() =>
            edit((c) => ({
              ...c,
              allegations: c.allegations.filter((x) => x.id !== a.id),
              timeline: c.timeline.map((f) => ({
                ...f,
                allegationIds: f.allegationIds.filter((id) => id !== a.id),
              })),
            }))
          }
        >
          <Trash2 size={15} aria-hidden="true" />
        </Button>
      }
    >
      <TextInputField
        label={t('caseWorkspace.allegations.statementOf', { label: a.label })}
        value={a.statement}
        onChange={(statement) => update({ statement })}
        onBlur={blur}
        multiline
        rows={2}
        error={a.statement.trim() ? null : t('caseWorkspace.allegations.statementRequired')}
      />
      <div className="cw-form__row">
        <TextInputField
          label={t('caseWorkspace.allegations.policy')}
          value={a.policy}
          onChange={(policy) => update({ policy })}
          onBlur={blur}
          size="medium"
        />
        <TextInputField
          label={t('caseWorkspace.allegations.date')}
          type="date"
          size="short"
          value={a.dates[0]?.date ?? ''}
          onChange={(date) => update({ dates: date ? [{ date, precision: 'day' }] : [] })}
          onBlur={blur}
        />
      </div>
      {respondents.length === 0 ? (
        <p className="cw-field__description">{t('caseWorkspace.allegations.noRespondents')}</p>
      ) : (
        <CheckboxGroup
          className="cw-checkgroup"
          value={a.respondentIds}
          onChange={(ids) =>
            update({ respondentIds: respondents.filter((id) => ids.includes(id)) })
          }
        >
          <Label className="cw-field__label">{t('caseWorkspace.allegations.respondents')}</Label>
          <div className="cw-checkgroup__options">
            {respondents.map((id) => (
              <Checkbox key={id} value={id} className="cw-checkbox">
                <span className="cw-checkbox__box" aria-hidden="true" />
                {nameOf(people, id)}
              </Checkbox>
            ))}
          </div>
        </CheckboxGroup>
      )}
      <div className="ws-finding">
        <ChoiceField
          label={t('caseWorkspace.allegations.findingOf', { label: a.label })}
          value={a.finding}
          options={findings.map((id) => ({ id, label: t(`cases.finding.${id}`) }))}
          onChange={(finding) => update({ finding })}
        />
        <TextInputField
          label={t('caseWorkspace.allegations.rationaleOf', { label: a.label })}
          description={t('caseWorkspace.allegations.rationaleHint')}
          value={a.rationale}
          onChange={(rationale) => update({ rationale })}
          onBlur={blur}
          multiline
          rows={3}
          error={decidedWithoutReason ? t('caseWorkspace.allegations.rationaleRequired') : null}
        />
        {problems.length > 0 && (
          <ul className="ws-hints">
            {problems.map((p) => (
              <li key={p.code}>{t(`caseWorkspace.allegations.problem.${p.code}`)}</li>
            ))}
          </ul>
        )}
      </div>
    </SectionCard>
  );
}
