import { Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Intake } from '@shared/domain/case-doc';
import {
  caseTypes,
  intakeChannelSchema,
  priorities,
  typesRequiringCharacteristic,
} from '@shared/domain/case-types';
import { asksForCharacteristics } from '../intake-form';
import { CharacteristicsField } from '../CharacteristicsField';
import { ChoiceField } from '../ChoiceField';
import { TextInputField } from '../TextInputField';
import { SectionCard } from './SectionCard';
import { StartMediation } from './StartMediation';
import { MEDIATION_CASE_TYPE } from './use-mediation';
import { nameOf, useWorkspace } from './workspace-context';

/** The matter and its intake, editable; every change autosaves. */
export function OverviewSection() {
  const { t } = useTranslation();
  const { doc, edit, flush, people } = useWorkspace();
  const setIntake = <K extends keyof Intake>(key: K, value: Intake[K]) =>
    edit((c) => ({ ...c, intake: { ...c.intake, [key]: value } }));
  const blur = () => void flush();
  const required = typesRequiringCharacteristic.has(doc.type);

  return (
    <div className="ws-section">
      <SectionCard title={t('caseWorkspace.overview.matter')}>
        <TextInputField
          label={t('cases.fields.title')}
          value={doc.title}
          onChange={(title) => edit((c) => ({ ...c, title }))}
          onBlur={blur}
          error={doc.title.trim() ? null : t('cases.intake.errors.titleRequired')}
        />
        <div className="cw-form__row">
          <ChoiceField
            label={t('cases.fields.type')}
            value={doc.type}
            options={caseTypes.map((id) => ({ id, label: t(`cases.type.${id}`) }))}
            onChange={(type) => edit((c) => ({ ...c, type }))}
          />
          <ChoiceField
            label={t('cases.fields.priority')}
            size="short"
            value={doc.priority}
            options={priorities.map((id) => ({ id, label: t(`cases.priority.${id}`) }))}
            onChange={(priority) => edit((c) => ({ ...c, priority }))}
          />
          <ChoiceField
            label={t('cases.fields.severity')}
            size="short"
            value={doc.severity}
            options={(['green', 'amber', 'red'] as const).map((id) => ({
              id,
              label: t(`cases.severity.${id}`),
            }))}
            onChange={(severity) => edit((c) => ({ ...c, severity }))}
          />
        </div>
        {(asksForCharacteristics(doc.type) || doc.protectedCharacteristics.length > 0) && (
          <CharacteristicsField
            value={doc.protectedCharacteristics}
            onChange={(protectedCharacteristics) =>
              edit((c) => ({ ...c, protectedCharacteristics }))
            }
            required={required}
            error={
              required && doc.protectedCharacteristics.length === 0
                ? t('cases.intake.errors.characteristicRequired')
                : null
            }
          />
        )}
        <TextInputField
          label={t('cases.fields.investigator')}
          size="medium"
          value={doc.investigator}
          onChange={(investigator) => edit((c) => ({ ...c, investigator }))}
          onBlur={blur}
        />
        <div className="cw-form__row">
          <Checkbox
            className="cw-checkbox"
            isSelected={doc.restricted}
            onChange={(restricted) => edit((c) => ({ ...c, restricted }))}
          >
            <span className="cw-checkbox__box" aria-hidden="true" />
            {t('cases.fields.restricted')}
          </Checkbox>
          <Checkbox
            className="cw-checkbox"
            isSelected={doc.legalHold}
            onChange={(legalHold) => edit((c) => ({ ...c, legalHold }))}
          >
            <span className="cw-checkbox__box" aria-hidden="true" />
            {t('cases.fields.legalHold')}
          </Checkbox>
        </div>
        <TextInputField
          label={t('cases.fields.retainUntil')}
          description={t(doc.legalHold ? 'cases.fields.retainHeld' : 'cases.fields.retainHint')}
          type="date"
          size="short"
          value={doc.retainUntil ?? ''}
          onChange={(v) => edit((c) => ({ ...c, retainUntil: v || undefined }))}
          onBlur={blur}
        />
      </SectionCard>
      <SectionCard title={t('caseWorkspace.overview.intake')}>
        <div className="cw-form__row">
          <ChoiceField
            label={t('cases.fields.channel')}
            value={doc.intake.channel}
            options={intakeChannelSchema.options.map((id) => ({
              id,
              label: t(`cases.channel.${id}`),
            }))}
            onChange={(v) => setIntake('channel', v)}
          />
          <TextInputField
            label={t('cases.fields.receivedOn')}
            type="date"
            size="short"
            value={doc.intake.receivedOn}
            onChange={(v) => v && setIntake('receivedOn', v)}
            onBlur={blur}
          />
          <TextInputField
            label={t('cases.fields.acknowledgedOn')}
            type="date"
            size="short"
            value={doc.intake.acknowledgedOn ?? ''}
            onChange={(v) => setIntake('acknowledgedOn', v || null)}
            onBlur={blur}
          />
        </div>
        <p className="ws-fact">
          <span className="cw-field__label">{t('cases.fields.reportedBy')}</span>{' '}
          {doc.intake.reportedBy
            ? nameOf(people, doc.intake.reportedBy)
            : t('caseWorkspace.overview.anonymous')}
        </p>
        <TextInputField
          label={t('cases.fields.account')}
          value={doc.intake.account}
          onChange={(v) => setIntake('account', v)}
          onBlur={blur}
          multiline
          rows={6}
        />
        <TextInputField
          label={t('cases.fields.desiredOutcome')}
          value={doc.intake.desiredOutcome}
          onChange={(v) => setIntake('desiredOutcome', v)}
          onBlur={blur}
          multiline
          rows={2}
        />
        <Checkbox
          className="cw-checkbox"
          isSelected={doc.intake.immediateRisk}
          onChange={(v) => setIntake('immediateRisk', v)}
        >
          <span className="cw-checkbox__box" aria-hidden="true" />
          {t('cases.fields.immediateRisk')}
        </Checkbox>
      </SectionCard>
      {/* Triage may resolve a matter by mediation; a mediation case has its own tab already. */}
      {doc.type !== MEDIATION_CASE_TYPE && <StartMediation />}
    </div>
  );
}
