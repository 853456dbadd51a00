import { useEffect, useState } from 'react';
import type { OutputOf } from '@shared/ipc/contract';
import type { DocumentRenderInput } from '@shared/ipc/document-contract';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';

type Warnings = OutputOf<'documents:check'>['warnings'];

export interface DocumentCheck {
  /** Null until the inputs pass main's checks; then the warnings the document would carry. */
  warnings: Warnings | null;
  /** The refusal of the last check (field issues in `details.issues`). */
  error: IpcError | null;
  checking: boolean;
}

/** Pause after the last keystroke before asking main, so typing doesn't queue a call per key. */
const CHECK_DELAY_MS = 350;

/**
 * Asks main (documents:check) what the document would carry as the user types: the risk warnings
 * before anything is generated, and which fields main refuses. Nothing is rendered or audited.
 */
export function useDocumentCheck(request: DocumentRenderInput): DocumentCheck {
  const api = useApi();
  const key = JSON.stringify(request);
  // The answer remembers the request it answers: while they differ, a check is under way.
  const [answer, setAnswer] = useState<{
    key: string;
    warnings: Warnings | null;
    error: IpcError | null;
  } | null>(null);

  useEffect(() => {
    let stale = false;
    const timer = setTimeout(() => {
      void api['documents:check'](JSON.parse(key) as DocumentRenderInput).then((result) => {
        if (stale) return;
        setAnswer(
          result.ok
            ? { key, warnings: result.value.warnings, error: null }
            : { key, warnings: null, error: result.error },
        );
      });
    }, CHECK_DELAY_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [api, key]);

  return {
    warnings: answer?.warnings ?? null,
    error: answer?.error ?? null,
    checking: answer?.key !== key,
  };
}
