import type { Allegation } from '@shared/domain/allegation';
import {
  stages,
  type CaseStatus,
  type Stage,
  type TransitionRefusal,
  type Workflow,
} from '@shared/domain/case-status';

// Which workflow steps to offer from the current status. `transition` in the shared domain stays
// the judge: main applies it and the UI shows its refusal; this only decides what the menu lists.

export type TransitionChoice =
  | { kind: 'move'; to: Stage }
  | { kind: 'hold' }
  | { kind: 'resume' }
  | { kind: 'close' }
  | { kind: 'reopen'; to: Stage };

export function choicesFor(workflow: Workflow): TransitionChoice[] {
  const status: CaseStatus = workflow.status;
  if (status === 'closed') return stages.map((to) => ({ kind: 'reopen', to }));
  if (status === 'on-hold') return [{ kind: 'resume' }, { kind: 'close' }];
  const moves = stages
    .filter((s) => s !== status)
    .map((to): TransitionChoice => ({ kind: 'move', to }));
  return [...moves, { kind: 'hold' }, { kind: 'close' }];
}

export function isBackward(current: CaseStatus, to: Stage): boolean {
  const from = (stages as readonly string[]).indexOf(current);
  return from >= 0 && stages.indexOf(to) < from;
}

/** The refusal as i18n key and values: "2 allegations have no finding yet: A1, A3". */
export function refusalText(
  refusal: TransitionRefusal,
  allegations: readonly Pick<Allegation, 'id' | 'label'>[],
): { key: string; values: Record<string, string | number> } {
  switch (refusal.code) {
    case 'allegations-pending': {
      const labels = refusal.allegationIds.map(
        (id) => allegations.find((a) => a.id === id)?.label ?? '?',
      );
      return {
        key: 'caseWorkspace.refusal.allegationsPending',
        values: { count: labels.length, labels: labels.join(', ') },
      };
    }
    case 'reason-required':
      return { key: `caseWorkspace.refusal.reasonRequired.${refusal.for}`, values: {} };
    default:
      return { key: `caseWorkspace.refusal.${refusal.code}`, values: {} };
  }
}

export function isRefusal(value: unknown): value is TransitionRefusal {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string'
  );
}
