import { Plus } from 'lucide-react';
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
import { GuideQuestionRow } from './GuideQuestionRow';
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
    // The same button of the moved row keeps focus, so repeated presses keep moving it; at
    // either end, the other arrow of that row (moving a node drops the focus inside it).
    requestAnimationFrame(() => {
      const pick = (d: number) =>
        list.current?.querySelector<HTMLElement>(`[data-move="${d}:${key}"]:not([disabled])`);
      (pick(delta) ?? pick(-delta))?.focus();
    });
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
          {draft.questions.map((q, i) => (
            <GuideQuestionRow
              key={q.key}
              question={q}
              n={i + 1}
              count={draft.questions.length}
              onChange={(patch) =>
                setQuestions((qs) => qs.map((x) => (x.key === q.key ? { ...x, ...patch } : x)))
              }
              onMove={(delta) => move(i, delta, q.key)}
              onRemove={() => setQuestions((qs) => qs.filter((x) => x.key !== q.key))}
            />
          ))}
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
