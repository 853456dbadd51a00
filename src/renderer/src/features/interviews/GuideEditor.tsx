import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { useRef, useState, type FormEvent } from 'react';
import { Button, Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { caseTypes } from '@shared/domain/case-types';
import { guideRoles, type GuideListing } from '@shared/domain/interview-guides';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';
import { InlineError } from '@renderer/components/InlineError';
import { CaseDialog } from '../cases/CaseDialog';
import { ChoiceField } from '../cases/ChoiceField';
import { newId } from '../cases/case-ids';
import { TextInputField } from '../cases/TextInputField';
import { draftOfGuide, guideToSave, moveQuestion, type GuideDraft } from './guide-draft';

interface GuideEditorProps {
  /** Null with isOpen: a new guide. */
  guide: GuideListing | null;
  isOpen: boolean;
  onClose: () => void;
  onSaved: (saved: GuideListing) => void;
}

/** Edits a question guide: name, where it applies, and its questions under section headings. */
export function GuideEditor({ guide, isOpen, onClose, onSaved }: GuideEditorProps) {
  const { t } = useTranslation();
  return (
    <CaseDialog
      title={
        guide ? t('settings.guides.editTitle', { name: guide.name }) : t('settings.guides.newTitle')
      }
      isOpen={isOpen}
      onClose={onClose}
      size="wide"
    >
      {isOpen && (
        <GuideForm key={guide?.id ?? 'new'} guide={guide} onClose={onClose} onSaved={onSaved} />
      )}
    </CaseDialog>
  );
}

function GuideForm({ guide, onClose, onSaved }: Omit<GuideEditorProps, 'isOpen'>) {
  const { t } = useTranslation();
  const api = useApi();
  const [draft, setDraft] = useState<GuideDraft>(() => draftOfGuide(guide));
  const [problem, setProblem] = useState<'name' | 'questions' | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<IpcError | null>(null);
  const list = useRef<HTMLOListElement>(null);

  const setQuestions = (update: (qs: GuideDraft['questions']) => GuideDraft['questions']) =>
    setDraft((d) => ({ ...d, questions: update(d.questions) }));

  const move = (index: number, delta: -1 | 1, key: string) => {
    setQuestions((qs) => moveQuestion(qs, index, delta));
    // The same button of the moved row keeps focus, so repeated presses keep moving it.
    requestAnimationFrame(() =>
      list.current
        ?.querySelector<HTMLElement>(`[data-move="${delta}:${key}"]:not([disabled])`)
        ?.focus(),
    );
  };

  const add = () => {
    const key = newId();
    const section = draft.questions[draft.questions.length - 1]?.section ?? '';
    setQuestions((qs) => [...qs, { key, section, text: '' }]);
    requestAnimationFrame(() =>
      list.current?.querySelector<HTMLElement>(`[data-text="${key}"]`)?.focus(),
    );
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = guideToSave(draft);
    if (!checked.ok) {
      setProblem(checked.field);
      return;
    }
    setBusy(true);
    setFailure(null);
    const result = await api['guides:save']({ guide: checked.guide });
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setFailure(result.error);
  };

  return (
    <form className="cw-form guide-form" onSubmit={(e) => void submit(e)} noValidate>
      {guide?.builtIn && (
        <p className="cw-field__description">{t('settings.guides.builtInNote')}</p>
      )}
      <div className="cw-form__row cw-form__row--end">
        <div className="cw-grow">
          <TextInputField
            label={t('settings.guides.name')}
            value={draft.name}
            error={
              problem === 'name' && !draft.name.trim() ? t('settings.guides.nameRequired') : null
            }
            onChange={(name) => setDraft((d) => ({ ...d, name }))}
          />
        </div>
        <ChoiceField
          label={t('settings.guides.roleLabel')}
          value={draft.role}
          options={guideRoles.map((id) => ({ id, label: t(`settings.guides.role.${id}`) }))}
          onChange={(role) => setDraft((d) => ({ ...d, role }))}
          size="short"
        />
      </div>
      <fieldset className="cw-fieldset">
        <legend className="cw-fieldset__legend">{t('settings.guides.caseTypes')}</legend>
        <p className="cw-field__description">{t('settings.guides.caseTypesHint')}</p>
        <div className="guide-form__types">
          {caseTypes.map((type) => (
            <Checkbox
              key={type}
              className="cw-checkbox"
              isSelected={draft.caseTypes.includes(type)}
              onChange={(on) =>
                setDraft((d) => ({
                  ...d,
                  caseTypes: on ? [...d.caseTypes, type] : d.caseTypes.filter((c) => c !== type),
                }))
              }
            >
              <span className="cw-checkbox__box" aria-hidden="true" />
              {t(`cases.type.${type}`)}
            </Checkbox>
          ))}
        </div>
      </fieldset>
      <fieldset className="cw-fieldset">
        <legend className="cw-fieldset__legend">{t('settings.guides.questionsLegend')}</legend>
        {problem === 'questions' && (
          <p className="cw-field__error" role="alert">
            {t('settings.guides.questionsRequired')}
          </p>
        )}
        <ol className="guide-form__questions" ref={list}>
          {draft.questions.map((q, i) => {
            const n = i + 1;
            return (
              <li key={q.key} className="guide-form__question">
                <label className="cw-field cw-field--short">
                  <span className="cw-field__label">{t('settings.guides.section', { n })}</span>
                  <input
                    className="cw-input"
                    value={q.section}
                    maxLength={100}
                    onChange={(e) =>
                      setQuestions((qs) =>
                        qs.map((x) => (x.key === q.key ? { ...x, section: e.target.value } : x)),
                      )
                    }
                  />
                </label>
                <label className="cw-field cw-field--full guide-form__text">
                  <span className="cw-field__label">{t('settings.guides.question', { n })}</span>
                  <textarea
                    className="cw-input cw-input--area"
                    rows={2}
                    data-text={q.key}
                    value={q.text}
                    onChange={(e) =>
                      setQuestions((qs) =>
                        qs.map((x) => (x.key === q.key ? { ...x, text: e.target.value } : x)),
                      )
                    }
                  />
                </label>
                <div className="guide-form__row-actions">
                  <Button
                    className="cw-icon-button"
                    aria-label={t('settings.guides.moveUp', { n })}
                    isDisabled={i === 0}
                    data-move={`-1:${q.key}`}
                    onPress={() => move(i, -1, q.key)}
                  >
                    <ArrowUp size={14} aria-hidden="true" />
                  </Button>
                  <Button
                    className="cw-icon-button"
                    aria-label={t('settings.guides.moveDown', { n })}
                    isDisabled={i === draft.questions.length - 1}
                    data-move={`1:${q.key}`}
                    onPress={() => move(i, 1, q.key)}
                  >
                    <ArrowDown size={14} aria-hidden="true" />
                  </Button>
                  <Button
                    className="cw-icon-button"
                    aria-label={t('settings.guides.removeQuestion', { n })}
                    isDisabled={draft.questions.length === 1}
                    onPress={() => setQuestions((qs) => qs.filter((x) => x.key !== q.key))}
                  >
                    <Trash2 size={14} aria-hidden="true" />
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
        <div className="cw-form__actions cw-form__actions--start">
          <Button className="button button--secondary" onPress={add}>
            <Plus size={15} aria-hidden="true" />
            {t('settings.guides.addQuestion')}
          </Button>
        </div>
      </fieldset>
      {failure && <InlineError title={t('settings.guides.saveFailed')} error={failure} />}
      <div className="cw-form__actions">
        <Button className="button button--secondary" onPress={onClose}>
          {t('cases.common.cancel')}
        </Button>
        <Button type="submit" className="button button--primary" isPending={busy}>
          {t('settings.guides.save')}
        </Button>
      </div>
    </form>
  );
}
