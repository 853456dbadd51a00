import { createContext, useContext, type ReactNode } from 'react';
import type { Api, Subscribe } from '@shared/ipc/contract';

export interface ApiClient {
  api: Api;
  subscribe: Subscribe;
}

const ApiContext = createContext<ApiClient | null>(null);

export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}

/** The typed Api for components; tests provide a fake client through ApiProvider. */
export function useApi(): Api {
  return useApiClient().api;
}

export function useApiClient(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi() needs an <ApiProvider> above it.');
  return client;
}
