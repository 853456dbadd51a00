import { useTranslation } from 'react-i18next';
import { interviewModes, interviewStatuses } from '@shared/domain/interview';
import type { IpcError } from '@shared/ipc/result';
import { ChoiceField } from '../cases/ChoiceField';
import { TextInputField } from '../cases/TextInputField';
import { SectionCard } from '../cases/workspace/SectionCard';
import type { DraftProps } from './DraftInterview';

/** Date, times, mode, place and status of the meeting (a reason when it did not happen). */
export function MeetingDetails({
  draft,
  edit,
  onBlur,
  reasonError,
}: DraftProps & { reasonError: IpcError | null }) {
  const { t } = useTranslation();
  const needsReason = draft.status === 'declined' || draft.status === 'unavailable';
  const endsEarly = Boolean(draft.startTime && draft.endTime && draft.endTime < draft.startTime);
  return (
    <SectionCard title={t('interviews.details.title')}>
      <div className="cw-form__row cw-form__row--end">
        <TextInputField
          label={t('interviews.fields.date')}
          type="date"
          size="short"
          value={draft.scheduledOn ?? ''}
          onChange={(v) => edit((d) => ({ ...d, scheduledOn: v || null }))}
          onBlur={onBlur}
        />
        <TextInputField
          label={t('interviews.fields.startTime')}
          type="time"
          size="short"
          value={draft.startTime ?? ''}
          onChange={(v) => edit((d) => ({ ...d, startTime: v || null }))}
          onBlur={onBlur}
        />
        <TextInputField
          label={t('interviews.fields.endTime')}
          type="time"
          size="short"
          value={draft.endTime ?? ''}
          error={endsEarly ? t('interviews.details.endsEarly') : null}
          onChange={(v) => edit((d) => ({ ...d, endTime: v || null }))}
          onBlur={onBlur}
        />
        <ChoiceField
          label={t('interviews.fields.mode')}
          value={draft.mode}
          options={interviewModes.map((id) => ({ id, label: t(`interviews.mode.${id}`) }))}
          onChange={(mode) => edit((d) => ({ ...d, mode }))}
          size="short"
        />
        <div className="cw-grow">
          <TextInputField
            label={t('interviews.fields.place')}
            value={draft.place}
            onChange={(place) => edit((d) => ({ ...d, place }))}
            onBlur={onBlur}
          />
        </div>
      </div>
      <div className="cw-form__row cw-form__row--end">
        <ChoiceField
          label={t('interviews.fields.status')}
          value={draft.status}
          options={interviewStatuses.map((id) => ({ id, label: t(`interviews.status.${id}`) }))}
          onChange={(status) => edit((d) => ({ ...d, status }))}
          size="short"
        />
        {needsReason && (
          <div className="cw-grow">
            <TextInputField
              label={t('interviews.fields.statusReason')}
              value={draft.statusReason}
              isRequired
              error={
                reasonError || draft.statusReason === ''
                  ? t('interviews.details.reasonNeeded')
                  : null
              }
              onChange={(statusReason) => edit((d) => ({ ...d, statusReason }))}
              onBlur={onBlur}
            />
          </div>
        )}
      </div>
      <TextInputField
        label={t('interviews.fields.purpose')}
        value={draft.purpose}
        onChange={(purpose) => edit((d) => ({ ...d, purpose }))}
        onBlur={onBlur}
        multiline
        rows={2}
      />
    </SectionCard>
  );
}
