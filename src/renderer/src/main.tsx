import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { invokeChannels } from '@shared/ipc/channels';
import { createTransport } from '@transport';
import { createApi } from './api/transport';
import { App } from './app/App';
import './i18n/i18n';
import './styles/global.css';

const transport = createTransport();
const client = { api: createApi(transport, invokeChannels), subscribe: transport.subscribe };

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
createRoot(container).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
