import { ArrowDown, ArrowUp, FileLock2, FolderOpen, Trash2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { planOf, type Interview } from '@shared/domain/interview';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';
import { InlineError } from '@renderer/components/InlineError';
import { formatDate } from '../cases/case-ids';
import { SectionCard } from '../cases/workspace/SectionCard';
import { nameOf, useWorkspace } from '../cases/workspace/workspace-context';
import { AddInterviewForm } from './AddInterviewForm';
import { latestReview, movedOrder } from './plan-order';

/** The case's interview plan: who is interviewed, in which order, and where each one stands. */
export function InterviewPlan({ onOpen }: { onOpen: (interviewId: string) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { doc, caseId, interviewsSaved, refresh } = useWorkspace();
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ title: string; error: IpcError } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const pendingFocus = useRef<{ id: string; direction: 'up' | 'down' } | null>(null);
  const [focusTick, setFocusTick] = useState(0);

  // After the reordered list is committed (moving a row's node drops the focus inside it): the
  // same arrow of the moved row, the other one at either end, else its Open button.
  useEffect(() => {
    const wanted = pendingFocus.current;
    const list = listRef.current;
    if (!wanted || !list) return;
    pendingFocus.current = null;
    const other = wanted.direction === 'up' ? 'down' : 'up';
    const pick = (selector: string) => list.querySelector<HTMLElement>(selector);
    (
      pick(`[data-move="${wanted.direction}:${wanted.id}"]:not([disabled])`) ??
      pick(`[data-move="${other}:${wanted.id}"]:not([disabled])`) ??
      pick(`[data-open="${wanted.id}"]`)
    )?.focus();
  }, [focusTick, doc.interviews]);
  const plan = planOf(doc.interviews);

  const move = async (iv: Interview, delta: -1 | 1, who: string) => {
    const order = movedOrder(doc.interviews, iv.id, delta);
    if (!order) return;
    setFailure(null);
    const result = await api['interviews:reorder']({ caseId, order });
    if (!result.ok) {
      setFailure({ title: t('interviews.plan.reorderFailed'), error: result.error });
      return;
    }
    interviewsSaved({ seq: result.value.seq, interviews: result.value.interviews });
    const position = order.indexOf(iv.id) + 1;
    setNotice(t('interviews.plan.moved', { name: who, position, count: order.length }));
    // Keep the keyboard on the moved row, so a second press moves it again (see the effect).
    pendingFocus.current = { id: iv.id, direction: delta < 0 ? 'up' : 'down' };
    setFocusTick((n) => n + 1);
  };

  const remove = async (iv: Interview, who: string) => {
    setFailure(null);
    const result = await api['interviews:delete']({ caseId, interviewId: iv.id });
    if (!result.ok) {
      setFailure({ title: t('interviews.plan.deleteFailed', { name: who }), error: result.error });
      return;
    }
    await refresh();
    setNotice(t('interviews.plan.deleted', { name: who }));
  };

  return (
    <div className="ws-section">
      <AddInterviewForm onAdded={setNotice} />
      <SectionCard
        title={t('interviews.plan.title', { count: plan.length })}
        description={t('interviews.plan.description')}
      >
        <p className="ws-live" role="status">
          {notice}
        </p>
        {failure && <InlineError title={failure.title} error={failure.error} />}
        {plan.length === 0 ? (
          <p className="ws-empty">{t('interviews.plan.empty')}</p>
        ) : (
          <ol className="iv-plan" aria-label={t('interviews.plan.listLabel')} ref={listRef}>
            {plan.map((iv, index) => (
              <PlanRow
                key={iv.id}
                iv={iv}
                index={index}
                count={plan.length}
                onOpen={() => onOpen(iv.id)}
                onMove={(delta, name) => void move(iv, delta, name)}
                onDelete={(name) => void remove(iv, name)}
              />
            ))}
          </ol>
        )}
      </SectionCard>
    </div>
  );
}

function PlanRow({
  iv,
  index,
  count,
  onOpen,
  onMove,
  onDelete,
}: {
  iv: Interview;
  index: number;
  count: number;
  onOpen: () => void;
  onMove: (delta: -1 | 1, name: string) => void;
  onDelete: (name: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const { people } = useWorkspace();
  const name = nameOf(people, iv.personId);
  const review = latestReview(iv);
  const when = [formatDate(iv.scheduledOn, i18n.language), iv.startTime].filter(Boolean).join(', ');
  const where = [t(`interviews.mode.${iv.mode}`), iv.place].filter(Boolean).join(' · ');
  return (
    <li className="iv-plan__row">
      <span className="iv-plan__index" aria-hidden="true">
        {index + 1}
      </span>
      <div className="iv-plan__main">
        <p className="iv-plan__name">
          {name}
          <span className="iv-plan__role">
            {t(`cases.role.${iv.role}`)}
            {iv.kind === 'exit' && ` · ${t('interviews.kind.exit')}`}
          </span>
        </p>
        <p className="iv-plan__meta">
          {when || t('interviews.plan.notScheduled')} · {where}
        </p>
        <p className="iv-plan__badges">
          <span className={`pill iv-status iv-status--${iv.status}`}>
            {t(`interviews.status.${iv.status}`)}
          </span>
          {iv.finalised && (
            <span className="pill pill--good">
              <FileLock2 size={12} aria-hidden="true" />
              {t('interviews.plan.finalised')}
            </span>
          )}
          {review && (
            <span className="pill pill--neutral">
              {t(`interviews.review.outcome.${review.outcome}`)}
            </span>
          )}
        </p>
        {(iv.status === 'declined' || iv.status === 'unavailable') && iv.statusReason && (
          <p className="iv-plan__reason">{iv.statusReason}</p>
        )}
      </div>
      <div className="iv-plan__actions">
        <Button
          className="cw-icon-button"
          aria-label={t('interviews.plan.moveUp', { name })}
          isDisabled={index === 0}
          data-move={`up:${iv.id}`}
          onPress={() => onMove(-1, name)}
        >
          <ArrowUp size={15} aria-hidden="true" />
        </Button>
        <Button
          className="cw-icon-button"
          aria-label={t('interviews.plan.moveDown', { name })}
          isDisabled={index === count - 1}
          data-move={`down:${iv.id}`}
          onPress={() => onMove(1, name)}
        >
          <ArrowDown size={15} aria-hidden="true" />
        </Button>
        {!iv.finalised && (
          <Button
            className="cw-icon-button"
            aria-label={t('interviews.plan.delete', { name })}
            onPress={() => onDelete(name)}
          >
            <Trash2 size={15} aria-hidden="true" />
          </Button>
        )}
        <Button className="button button--secondary" data-open={iv.id} onPress={onOpen}>
          <FolderOpen size={15} aria-hidden="true" />
          {t('interviews.plan.open')}
          <span className="visually-hidden"> {t('interviews.plan.openWho', { name })}</span>
        </Button>
      </div>
    </li>
  );
}
