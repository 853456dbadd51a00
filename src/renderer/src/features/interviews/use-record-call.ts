import { useState } from 'react';
import type { IpcError, Result } from '@shared/ipc/result';
import type { InterviewSaved } from './use-interview-autosave';

/**
 * One call that adds to a finalised record (an addendum, a review): pending while it runs, its
 * failure kept for the form to show, and on success the form cleared before the parent reloads.
 */
export function useRecordCall(onSaved: (saved: InterviewSaved) => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<IpcError | null>(null);

  const run = async (call: () => Promise<Result<InterviewSaved>>, clearForm: () => void) => {
    setBusy(true);
    setFailure(null);
    const result = await call();
    setBusy(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    clearForm();
    await onSaved(result.value);
  };

  return { busy, failure, run };
}
