import { useState } from 'react';
import type { CaseFilters } from '@shared/domain/case-list-query';
import { CaseListScreen } from './CaseListScreen';
import { NewCaseDialog } from './NewCaseDialog';
import { CaseWorkspace } from './workspace/CaseWorkspace';
import './cases.css';
import './workspace/workspace.css';

interface CasesScreenProps {
  /** The open case, or null for the list. */
  caseId: string | null;
  /** Changes each time the "new case" command arrives (menu, Ctrl/Cmd+N). */
  newCaseRequest: number;
  onOpenCase: (caseId: string | null) => void;
  /** Filters the list opens with (from the dashboard or a person's page). */
  filters?: CaseFilters | undefined;
}

/** The Cases area: the list, the intake dialog, and one workspace per case. */
export function CasesScreen({ caseId, newCaseRequest, onOpenCase, filters }: CasesScreenProps) {
  const [intakeOpen, setIntakeOpen] = useState(newCaseRequest > 0);
  const [seenRequest, setSeenRequest] = useState(newCaseRequest);
  // A new request while this screen is already showing (derived state, no effect needed).
  if (newCaseRequest !== seenRequest) {
    setSeenRequest(newCaseRequest);
    if (newCaseRequest > 0) setIntakeOpen(true);
  }

  return (
    <>
      {caseId ? (
        <CaseWorkspace
          key={caseId}
          caseId={caseId}
          onBack={() => onOpenCase(null)}
          onOpenCase={onOpenCase}
        />
      ) : (
        <CaseListScreen
          key={JSON.stringify(filters ?? {})}
          onOpen={onOpenCase}
          onNewCase={() => setIntakeOpen(true)}
          initialFilters={filters}
        />
      )}
      <NewCaseDialog
        isOpen={intakeOpen}
        onClose={() => setIntakeOpen(false)}
        onCreated={(id) => {
          setIntakeOpen(false);
          onOpenCase(id);
        }}
      />
    </>
  );
}
