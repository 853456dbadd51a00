import { useState } from 'react';
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
}

/** The Cases area: the list, the intake dialog, and one workspace per case. */
export function CasesScreen({ caseId, newCaseRequest, onOpenCase }: CasesScreenProps) {
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
        <CaseListScreen onOpen={onOpenCase} onNewCase={() => setIntakeOpen(true)} />
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
