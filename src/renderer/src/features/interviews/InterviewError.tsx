import type { IpcError } from '@shared/ipc/result';
import { InlineError } from '@renderer/components/InlineError';
import { VaultErrorMessage } from '@renderer/features/vault/VaultErrorMessage';

/**
 * A failed interview call. The lock gets the app's own wording (what it means, what to do next);
 * anything else is explained where it happened, with main's message.
 */
export function InterviewError({ title, error }: { title: string; error: IpcError }) {
  if (error.code === 'InterviewLocked') return <VaultErrorMessage error={error} />;
  return <InlineError title={title} error={error} />;
}
