import { render, screen } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { ApiProvider } from '@renderer/api/api-context';
import { CaseWorkspace } from '@renderer/features/cases/workspace/CaseWorkspace';
import type { FakeClient } from './fake-api';

/** The case workspace for one case on a fake client, as the app mounts it. */
export function renderWorkspace(fake: FakeClient, caseId: string): void {
  render(
    <ApiProvider client={fake.client}>
      <CaseWorkspace caseId={caseId} onBack={() => {}} onOpenCase={() => {}} />
    </ApiProvider>,
  );
}

/** Once the case has loaded, go to its Interviews tab and open one interview, as a user would. */
export async function openInterview(
  user: ReturnType<typeof userEvent.setup>,
  caseTitle: string,
  person: RegExp,
): Promise<void> {
  await screen.findByRole('heading', { name: caseTitle });
  await user.click(screen.getByRole('tab', { name: 'Interviews' }));
  await user.click(await screen.findByRole('button', { name: person }));
}
