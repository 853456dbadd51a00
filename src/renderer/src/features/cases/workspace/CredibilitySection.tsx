import { Plus, Trash2 } from 'lucide-react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import {
  credibilityFactors,
  DEMEANOUR_CAUTION,
  emptyCredibility,
  factorBearingSchema,
  overallCredibilitySchema,
  type CredibilityAssessment,
  type CredibilityFactor,
} from '@shared/domain/credibility';
import { ChoiceField } from '../ChoiceField';
import { TextInputField } from '../TextInputField';
import { SectionCard } from './SectionCard';
import { nameOf, useWorkspace } from './workspace-context';
import './credibility-mediation.css';

/** People whose account may need weighing: the parties heard and everyone interviewed. */
const HEARD_ROLES = new Set(['complainant', 'respondent', 'witness']);

/**
 * The credibility worksheet (domain.md §5.2): one assessment per interviewee, five factors each
 * with a bearing and a note, then the investigator's overall view and conclusion in words. It is
 * never a score; the report prints the factors and the conclusion.
 */
export function CredibilitySection() {
  const { t } = useTranslation();
  const { doc, edit, people } = useWorkspace();
  const assessed = new Set(doc.credibility.map((c) => c.personId));
  const candidates = [
    ...new Set([
      ...doc.parties.filter((p) => HEARD_ROLES.has(p.role)).map((p) => p.personId),
      ...doc.interviews.filter((iv) => iv.kind === 'investigation').map((iv) => iv.personId),
    ]),
  ].filter((id) => !assessed.has(id));

  return (
    <div className="ws-section">
      <SectionCard
        title={t('caseWorkspace.credibility.title')}
        description={t('caseWorkspace.credibility.hint')}
      >
        {candidates.length === 0 ? (
          <p className="ws-empty">
            {doc.credibility.length
              ? t('caseWorkspace.credibility.allAssessed')
              : t('caseWorkspace.credibility.nobody')}
          </p>
        ) : (
          <ul className="ws-list" aria-label={t('caseWorkspace.credibility.toAssess')}>
            {candidates.map((id) => (
              <li key={id} className="ws-list__item ws-list__item--row">
                <span className="cw-grow">{nameOf(people, id)}</span>
                <Button
                  className="button button--secondary"
                  aria-label={t('caseWorkspace.credibility.startFor', { name: nameOf(people, id) })}
                  onPress={() =>
                    edit((c) => ({ ...c, credibility: [...c.credibility, emptyCredibility(id)] }))
                  }
                >
                  <Plus size={15} aria-hidden="true" />
                  {t('caseWorkspace.credibility.start')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </SectionCard>
      {doc.credibility.map((c) => (
        <AssessmentCard key={c.personId} assessment={c} />
      ))}
    </div>
  );
}

function AssessmentCard({ assessment: a }: { assessment: CredibilityAssessment }) {
  const { t } = useTranslation();
  const { edit, flush, people } = useWorkspace();
  const name = nameOf(people, a.personId);
  const update = (change: (x: CredibilityAssessment) => CredibilityAssessment) =>
    edit((c) => ({
      ...c,
      credibility: c.credibility.map((x) => (x.personId === a.personId ? change(x) : x)),
    }));
  const setFactor = (
    f: CredibilityFactor,
    patch: Partial<CredibilityAssessment['factors'][CredibilityFactor]>,
  ) => update((x) => ({ ...x, factors: { ...x.factors, [f]: { ...x.factors[f], ...patch } } }));
  const blur = () => void flush();
  const bearings = factorBearingSchema.options.map((id) => ({
    id,
    label: t(`caseWorkspace.credibility.bearing.${id}`),
  }));

  return (
    <SectionCard
      title={t('caseWorkspace.credibility.cardTitle', { name })}
      actions={
        <Button
          className="cw-icon-button"
          aria-label={t('caseWorkspace.credibility.remove', { name })}
          onPress={() =>
            edit((c) => ({
              ...c,
              credibility: c.credibility.filter((x) => x.personId !== a.personId),
            }))
          }
        >
          <Trash2 size={15} aria-hidden="true" />
        </Button>
      }
    >
      {credibilityFactors.map((f) => (
        // The legend names the factor for the fields inside, so their labels stay short.
        <fieldset key={f} className="cred-factor">
          <legend className="cred-factor__name">
            {t(`caseWorkspace.credibility.factor.${f}`)}
          </legend>
          <p className="cred-factor__question">{t(`caseWorkspace.credibility.question.${f}`)}</p>
          <div className="cred-factor__fields">
            <ChoiceField
              label={t('caseWorkspace.credibility.bearingLabel')}
              value={a.factors[f].bearing}
              options={bearings}
              onChange={(bearing) => setFactor(f, { bearing })}
              size="short"
            />
            <TextInputField
              label={t('caseWorkspace.credibility.noteLabel')}
              value={a.factors[f].note}
              onChange={(note) => setFactor(f, { note })}
              onBlur={blur}
              multiline
              rows={2}
            />
          </div>
          {f === 'demeanour' && (
            <p className="cred-caution" role="note">
              <strong>{t('caseWorkspace.credibility.caution')}</strong> {DEMEANOUR_CAUTION}
            </p>
          )}
          {f === 'pastRecord' && (
            <p className="cred-factor__question">
              {t('caseWorkspace.credibility.pastRecordCaution')}
            </p>
          )}
        </fieldset>
      ))}
      <div className="cw-form__row">
        <ChoiceField
          label={t('caseWorkspace.credibility.overall')}
          value={a.overall}
          options={overallCredibilitySchema.options.map((id) => ({
            id,
            label: t(`caseWorkspace.credibility.overallOption.${id}`),
          }))}
          onChange={(overall) => update((x) => ({ ...x, overall }))}
        />
      </div>
      <TextInputField
        label={t('caseWorkspace.credibility.conclusion')}
        description={t('caseWorkspace.credibility.conclusionHint')}
        value={a.conclusion}
        onChange={(conclusion) => update((x) => ({ ...x, conclusion }))}
        onBlur={blur}
        multiline
        rows={3}
      />
    </SectionCard>
  );
}
