import { Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { interviewModes, type InterviewKind } from '@shared/domain/interview';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';
import { InlineError } from '@renderer/components/InlineError';
import { ChoiceField } from '../cases/ChoiceField';
import { TextInputField } from '../cases/TextInputField';
import { SectionCard } from '../cases/workspace/SectionCard';
import { nameOf, useWorkspace } from '../cases/workspace/workspace-context';
import { offersExitInterview } from './plan-order';

type Mode = (typeof interviewModes)[number];

/** Plans an interview with one of the case's parties; main puts it in the usual order. */
export function AddInterviewForm({ onAdded }: { onAdded: (message: string) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { doc, caseId, people, refresh } = useWorkspace();
  const exitOffered = offersExitInterview(doc.type);
  const [party, setParty] = useState<string | null>(null);
  const [kind, setKind] = useState<InterviewKind>(exitOffered ? 'exit' : 'investigation');
  const [scheduledOn, setScheduledOn] = useState('');
  const [startTime, setStartTime] = useState('');
  const [mode, setMode] = useState<Mode>('in-person');
  const [place, setPlace] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<IpcError | null>(null);

  const partyOptions = doc.parties.map((p) => ({
    id: `${p.personId}:${p.role}`,
    label: `${nameOf(people, p.personId)} — ${t(`cases.role.${p.role}`)}`,
  }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = doc.parties.find((p) => `${p.personId}:${p.role}` === party);
    if (!chosen) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setFailure(null);
    const result = await api['interviews:create']({
      caseId,
      kind,
      personId: chosen.personId,
      role: chosen.role,
      scheduledOn: scheduledOn || null,
      startTime: startTime || null,
      mode,
      place: place.trim(),
    });
    setBusy(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    // Main moved later interviews down to make room: read the plan again rather than guess.
    await refresh();
    onAdded(
      t('interviews.add.added', {
        name: nameOf(people, chosen.personId),
        position: result.value.interview.order + 1,
      }),
    );
    setParty(null);
    setScheduledOn('');
    setStartTime('');
    setPlace('');
  };

  if (doc.parties.length === 0) {
    return (
      <SectionCard title={t('interviews.add.title')}>
        <p className="ws-empty">{t('interviews.add.noParties')}</p>
      </SectionCard>
    );
  }

  return (
    <SectionCard title={t('interviews.add.title')} description={t('interviews.add.hint')}>
      <form className="cw-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="cw-form__row cw-form__row--end">
          <div className="cw-grow">
            <ChoiceField
              label={t('interviews.add.person')}
              value={party}
              options={partyOptions}
              placeholder={t('interviews.add.choosePerson')}
              error={missing && !party ? t('interviews.add.personRequired') : null}
              onChange={(value) => {
                setParty(value);
                setMissing(false);
              }}
              size="full"
            />
          </div>
          {exitOffered && (
            <ChoiceField
              label={t('interviews.add.kind')}
              value={kind}
              options={[
                { id: 'exit' as const, label: t('interviews.kind.exit') },
                { id: 'investigation' as const, label: t('interviews.kind.investigation') },
              ]}
              onChange={setKind}
              size="short"
            />
          )}
        </div>
        <div className="cw-form__row cw-form__row--end">
          <TextInputField
            label={t('interviews.fields.date')}
            type="date"
            size="short"
            value={scheduledOn}
            onChange={setScheduledOn}
          />
          <TextInputField
            label={t('interviews.fields.startTime')}
            type="time"
            size="short"
            value={startTime}
            onChange={setStartTime}
          />
          <ChoiceField
            label={t('interviews.fields.mode')}
            value={mode}
            options={interviewModes.map((id) => ({ id, label: t(`interviews.mode.${id}`) }))}
            onChange={setMode}
            size="short"
          />
          <div className="cw-grow">
            <TextInputField
              label={t('interviews.fields.place')}
              value={place}
              onChange={setPlace}
            />
          </div>
          <Button type="submit" className="button button--primary" isPending={busy}>
            <Plus size={15} aria-hidden="true" />
            {t('interviews.add.submit')}
          </Button>
        </div>
        {failure && <InlineError title={t('interviews.add.failed')} error={failure} />}
      </form>
    </SectionCard>
  );
}
