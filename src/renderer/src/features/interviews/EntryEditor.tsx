import { Flag, Quote, Trash2 } from 'lucide-react';
import { memo, type KeyboardEvent } from 'react';
import { Button, Checkbox, ToggleButton } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Allegation } from '@shared/domain/allegation';
import type { InterviewEntry } from '@shared/domain/interview';
import { formatDate } from '../cases/case-ids';
import { AutoGrowTextArea } from './AutoGrowTextArea';
import { formatClock } from './format-clock';
import { FollowUpEditor } from './FollowUpEditor';
import { answered } from './note-flow';

/** What an entry can ask of the note flow; stable across renders (see NoteFlow). */
export interface EntryActions {
  change: (id: string, update: (e: InterviewEntry) => InterviewEntry) => void;
  keyDown: (entry: InterviewEntry, e: KeyboardEvent) => void;
  remove: (entry: InterviewEntry) => void;
  followUp: (id: string, open: boolean) => void;
}

interface EntryEditorProps {
  entry: InterviewEntry;
  n: number;
  allegations: readonly Allegation[];
  register: (key: string, el: HTMLElement | null) => void;
  actions: EntryActions;
  onBlur: () => void;
  followUpOpen: boolean;
}

/** One question and its answer (or a free note), with verbatim, follow-up and allegation tags. */
export const EntryEditor = memo(function EntryEditor(props: EntryEditorProps) {
  const { entry, n, register, actions } = props;
  const onChange = (update: (e: InterviewEntry) => InterviewEntry) =>
    actions.change(entry.id, update);
  const { t, i18n } = useTranslation();
  const isNote = entry.kind === 'note';
  const questionId = `iv-q-${entry.id}`;
  const label = t(isNote ? 'interviews.notes.noteLabel' : 'interviews.notes.answerLabel', { n });
  const unasked = !isNote && entry.question.trim() === '' && entry.answer.trim() !== '';
  return (
    <li
      className={`iv-entry${isNote ? ' iv-entry--note' : ''}${entry.answer ? ' iv-entry--answered' : ''}`}
      onKeyDown={(e) => actions.keyDown(entry, e)}
    >
      <div className="iv-entry__head">
        <span className="iv-entry__n" aria-hidden="true">
          {isNote ? t('interviews.notes.noteBadge') : `Q${n}`}
        </span>
        {isNote ? (
          <p className="iv-entry__question iv-entry__question--note" id={questionId}>
            {t('interviews.notes.freeNote')}
          </p>
        ) : entry.origin === 'ad-hoc' ? (
          <input
            className="cw-input iv-entry__ask"
            id={questionId}
            aria-label={t('interviews.notes.adHocLabel', { n })}
            aria-invalid={unasked || undefined}
            aria-describedby={unasked ? `iv-unasked-${entry.id}` : undefined}
            placeholder={t('interviews.notes.adHocPlaceholder')}
            value={entry.question}
            ref={(el) => register(`${entry.id}:question`, el)}
            onChange={(e) => onChange((x) => ({ ...x, question: e.target.value }))}
            onBlur={props.onBlur}
            onKeyDown={(e) => {
              // Plain Enter: the question is asked, now type the answer.
              if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey) {
                e.preventDefault();
                document.getElementById(`iv-a-${entry.id}`)?.focus();
              }
            }}
          />
        ) : (
          <p className="iv-entry__question" id={questionId}>
            {entry.question}
          </p>
        )}
        {entry.at && (
          <span className="iv-stamp">
            <span className="visually-hidden">{t('interviews.notes.askedAt')} </span>
            {formatClock(entry.at, i18n.language)}
          </span>
        )}
      </div>
      {unasked && (
        <p className="cw-field__description iv-entry__unasked" id={`iv-unasked-${entry.id}`}>
          {t('interviews.notes.unasked')}
        </p>
      )}
      <AutoGrowTextArea
        id={`iv-a-${entry.id}`}
        className={`cw-input cw-input--area iv-answer${entry.verbatim ? ' iv-answer--verbatim' : ''}`}
        aria-label={label}
        aria-describedby={questionId}
        value={entry.answer}
        inputRef={(el) => register(`${entry.id}:answer`, el)}
        onChange={(answer) => onChange((x) => answered(x, answer))}
        onBlur={props.onBlur}
      />
      <div className="iv-entry__tools">
        <ToggleButton
          className="iv-tool"
          isSelected={entry.verbatim}
          onChange={(verbatim) => onChange((x) => ({ ...x, verbatim }))}
          aria-label={t('interviews.notes.forEntry', {
            action: t('interviews.notes.verbatim'),
            label,
          })}
        >
          <Quote size={13} aria-hidden="true" />
          {t('interviews.notes.verbatim')}
        </ToggleButton>
        <Button
          className={`iv-tool${entry.followUp ? ' iv-tool--on' : ''}`}
          aria-label={t('interviews.notes.forEntry', {
            action: t(
              entry.followUp ? 'interviews.notes.editFollowUp' : 'interviews.notes.followUp',
            ),
            label,
          })}
          onPress={() => actions.followUp(entry.id, !props.followUpOpen)}
        >
          <Flag size={13} aria-hidden="true" />
          {t(entry.followUp ? 'interviews.notes.editFollowUp' : 'interviews.notes.followUp')}
        </Button>
        {!isNote && props.allegations.length > 0 && (
          <div
            className="iv-tags"
            role="group"
            aria-label={t('interviews.notes.allegationsOf', { label })}
          >
            {props.allegations.map((a) => (
              <Checkbox
                key={a.id}
                className="iv-tag"
                isSelected={entry.allegationIds.includes(a.id)}
                onChange={(on) =>
                  onChange((x) => ({
                    ...x,
                    allegationIds: on
                      ? [...x.allegationIds, a.id]
                      : x.allegationIds.filter((id) => id !== a.id),
                  }))
                }
              >
                <span title={a.statement}>{a.label}</span>
              </Checkbox>
            ))}
          </div>
        )}
        <Button
          className="cw-icon-button iv-entry__remove"
          aria-label={t('interviews.notes.remove', { label })}
          onPress={() => actions.remove(entry)}
        >
          <Trash2 size={14} aria-hidden="true" />
        </Button>
      </div>
      {entry.followUp && !props.followUpOpen && (
        <p className="iv-followup">
          <Flag size={13} aria-hidden="true" />
          {t('interviews.notes.followUpShown', { text: entry.followUp.text })}
          {entry.followUp.dueOn &&
            ` · ${t('caseWorkspace.tasks.dueOn', { date: formatDate(entry.followUp.dueOn, i18n.language) })}`}
        </p>
      )}
      {props.followUpOpen && (
        <FollowUpEditor
          value={entry.followUp}
          onSave={(followUp) => {
            onChange((x) => ({ ...x, followUp }));
            actions.followUp(entry.id, false);
          }}
          onCancel={() => actions.followUp(entry.id, false)}
        />
      )}
    </li>
  );
});
