import { ApiProvider, type ApiClient } from '@renderer/api/api-context';
import { ErrorBoundary } from '@renderer/components/ErrorBoundary';
import { ErrorFallback } from '@renderer/components/ErrorFallback';
import { markPressableStyleProvided } from '@renderer/lib/react-aria-csp';
import { Startup } from './Startup';

markPressableStyleProvided();

/** The renderer's root. The outer boundary guarantees a readable window even if the frame fails. */
export function App({ client }: { client: ApiClient }) {
  return (
    <ErrorBoundary fallback={({ error }) => <ErrorFallback scope="app" error={error} />}>
      <ApiProvider client={client}>
        <Startup />
      </ApiProvider>
    </ErrorBoundary>
  );
}
