import type { EventChannel } from '../../shared/ipc/channels';
import { eventContract, type EventPayload } from '../../shared/ipc/contract';

type Listener = (event: EventChannel, payload: unknown) => void;

/** Main → renderer notifications. Transports (Electron webContents, harness SSE) subscribe here. */
export class EventBus {
  private readonly listeners = new Set<Listener>();

  emit<E extends EventChannel>(event: E, payload: EventPayload<E>): void {
    const checked = eventContract[event].parse(payload);
    for (const listener of this.listeners) listener(event, checked);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
