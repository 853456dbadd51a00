import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { InterviewDraft } from '@shared/domain/interview';
import { TextInputField } from '../cases/TextInputField';
import { SectionCard } from '../cases/workspace/SectionCard';
import { Attendees } from './Attendees';
import { ExitForm } from './ExitForm';
import { FinaliseControl } from './FinaliseControl';
import { GuidePicker } from './GuidePicker';
import { MeetingDetails } from './MeetingDetails';
import { NoteFlow } from './NoteFlow';
import { OpeningChecklist } from './OpeningChecklist';
import type { InterviewAutosave, InterviewSaved } from './use-interview-autosave';

export interface DraftProps {
  draft: InterviewDraft;
  edit: (update: (draft: InterviewDraft) => InterviewDraft) => void;
  /** Focus left a field: save now rather than after the debounce. */
  onBlur: () => void;
}

/** The interview while it is a draft: the meeting, who was there, the opening, the notes. */
export function DraftInterview({
  autosave,
  onReplaced,
}: {
  autosave: InterviewAutosave;
  onReplaced: (saved: InterviewSaved) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { state, edit, flush } = autosave;
  const onBlur = useCallback(() => void flush(), [flush]);
  const props: DraftProps = { draft: state.draft, edit, onBlur };
  const issuePath = (state.error?.details as { issues?: { path: string }[] } | undefined)
    ?.issues?.[0]?.path;
  return (
    <>
      <MeetingDetails {...props} reasonError={issuePath === 'statusReason' ? state.error : null} />
      <Attendees {...props} />
      <OpeningChecklist {...props} />
      <GuidePicker autosave={autosave} onApplied={onReplaced} />
      {state.base.kind === 'exit' && <ExitForm {...props} />}
      <NoteFlow {...props} />
      <SectionCard title={t('interviews.closing.title')} description={t('interviews.closing.hint')}>
        <TextInputField
          label={t('interviews.closing.label')}
          value={state.draft.closingNote}
          onChange={(closingNote) => edit((d) => ({ ...d, closingNote }))}
          onBlur={props.onBlur}
          multiline
          rows={3}
        />
      </SectionCard>
      <FinaliseControl autosave={autosave} onFinalised={onReplaced} />
    </>
  );
}
