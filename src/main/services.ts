import type { AppInfo } from '../shared/ipc/contract';
import { EventBus } from './ipc/event-bus';
import { PreferencesStore } from './preferences/preferences-store';
import type { Clock } from './ports/clock';
import type { Dialogs } from './ports/dialogs';
import type { FsPort } from './storage/fs-port';
import { nodeFs } from './storage/fs-port';

/** Everything the services need from the outside world; Electron, the harness and the CLI each supply one. */
export interface Ports {
  dataDirectory: string;
  runtime: AppInfo['runtime'];
  version: string;
  platform: string;
  clock: Clock;
  dialogs: Dialogs;
  fs?: FsPort;
}

export interface Services {
  ports: Ports;
  events: EventBus;
  preferences: PreferencesStore;
}

export async function createServices(ports: Ports): Promise<Services> {
  const fs = ports.fs ?? nodeFs;
  return {
    ports,
    events: new EventBus(),
    preferences: await PreferencesStore.open(ports.dataDirectory, fs),
  };
}
