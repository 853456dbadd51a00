import { ListChecks } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { suggestedGuide, type GuideListing } from '@shared/domain/interview-guides';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';
import { ChoiceField } from '../cases/ChoiceField';
import { SectionCard } from '../cases/workspace/SectionCard';
import { useWorkspace } from '../cases/workspace/workspace-context';
import type { InterviewAutosave, InterviewSaved } from './use-interview-autosave';
import { InterviewError } from './InterviewError';

/** Picks a question guide (the one that fits the case type and role first) and copies it in. */
export function GuidePicker({
  autosave,
  onApplied,
}: {
  autosave: InterviewAutosave;
  onApplied: (saved: InterviewSaved) => Promise<void>;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const { caseId, doc } = useWorkspace();
  const iv = autosave.state.base;
  const [library, setLibrary] = useState<GuideListing[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<IpcError | null>(null);

  useEffect(() => {
    let stale = false;
    void api['guides:list']().then((result) => {
      if (!stale && result.ok) setLibrary(result.value.guides);
      else if (!stale && !result.ok) setFailure(result.error);
    });
    return () => {
      stale = true;
    };
  }, [api]);

  const suggested = useMemo(
    () => (library ? suggestedGuide(library, doc.type, iv.role, iv.kind) : undefined),
    [library, doc.type, iv.role, iv.kind],
  );
  const options = useMemo(() => {
    const rest = (library ?? []).filter((g) => g.id !== suggested?.id);
    return [...(suggested ? [suggested] : []), ...rest].map((g) => ({
      id: g.id,
      label: g.id === suggested?.id ? t('interviews.guide.suggested', { name: g.name }) : g.name,
    }));
  }, [library, suggested, t]);
  const selected = chosen ?? suggested?.id ?? null;

  const apply = async () => {
    if (!selected) return;
    setBusy(true);
    setFailure(null);
    // Pending notes first, so the copy is appended to what main has, at the rev it has.
    await autosave.flush();
    const result = await api['interviews:apply-guide']({
      caseId,
      interviewId: iv.id,
      expectedRev: autosave.current().rev,
      guideId: selected,
    });
    setBusy(false);
    if (result.ok) await onApplied(result.value);
    else setFailure(result.error);
  };

  return (
    <SectionCard
      title={t('interviews.guide.title')}
      description={
        iv.guide
          ? t('interviews.guide.applied', { name: iv.guide.name })
          : t('interviews.guide.hint')
      }
    >
      <div className="cw-form__row cw-form__row--end">
        <div className="cw-grow">
          <ChoiceField
            label={t('interviews.guide.label')}
            value={selected}
            options={options}
            placeholder={library ? t('interviews.guide.none') : t('interviews.guide.loading')}
            onChange={setChosen}
            size="full"
          />
        </div>
        <Button
          className="button button--secondary"
          isDisabled={!selected}
          isPending={busy}
          onPress={() => void apply()}
        >
          <ListChecks size={15} aria-hidden="true" />
          {t('interviews.guide.apply')}
        </Button>
      </div>
      {failure && <InterviewError title={t('interviews.guide.failed')} error={failure} />}
    </SectionCard>
  );
}
