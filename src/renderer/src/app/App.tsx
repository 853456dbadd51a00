import { ApiProvider, type ApiClient } from '@renderer/api/api-context';
import { ErrorBoundary } from '@renderer/components/ErrorBoundary';
import { ErrorFallback } from '@renderer/components/ErrorFallback';
import { markPressableStyleProvided } from '@renderer/lib/react-aria-csp';
import { CloseGuardProvider } from './close-guard-context';
import { Startup } from './Startup';

markPressableStyleProvided();

/** The renderer's root. The outer boundary guarantees a readable window even if the frame fails. */
export function App({ client }: { client: ApiClient }) {
  return (
    <ErrorBoundary fallback={({ error }) => <ErrorFallback scope="app" error={error} />}>
      <ApiProvider client={client}>
        <CloseGuardProvider>
          <Startup />
        </CloseGuardProvider>
      </ApiProvider>
    </ErrorBoundary>
  );
}
